// A win credited through a person: "Bupati Simalungun … menerima penghargaan", "diserahkan kepada
// Wali Kota Palu", "diterima oleh Gubernur Bali". The regent, mayor or governor receives for the
// government: the record is the government's.
import { nameKey, placeByNameKey, registerName } from "../../gazetteer/index";
import type { AwardeeMention } from "../awardees";
import type { Tokens } from "../tokens";
import { GIVER, kindOf, WIN } from "../word-kinds";

const ROLE_KIND: Record<string, "kabupaten" | "kota" | "provinsi"> = {
  bupati: "kabupaten",
  walikota: "kota",
  gubernur: "provinsi",
};
const GOV_PREFIX = { kabupaten: "Kabupaten", kota: "Kota", provinsi: "Provinsi" } as const;
/** How far a person's name and title may run between the role and the verb. */
const REACH = 12;

/** The role at i ("bupati", "wali kota", "walikota") → its kind and the index after it. */
function roleAt(tokens: Tokens, i: number): { kind: "kabupaten" | "kota" | "provinsi"; end: number } | null {
  const w = tokens.lower(i);
  if (w === "wali" && tokens.lower(i + 1) === "kota") return { kind: "kota", end: i + 2 };
  const kind = ROLE_KIND[w];
  return kind ? { kind, end: i + 1 } : null;
}

/** Whether the role holder at [from, to) receives: "kepada"/"diterima oleh" before, or a win verb
 * after with no giving verb between. */
function receives(tokens: Tokens, from: number, to: number): boolean {
  let k = from - 1;
  while (k >= 0 && k >= from - 3 && /^(?:wakil|pj|plt|penjabat)$/.test(tokens.lower(k))) k--;
  if (tokens.lower(k) === "kepada") return true;
  // "diterima (langsung) (oleh) Bupati X"
  if (tokens.lower(k) === "oleh") k--;
  if (tokens.lower(k) === "langsung") k--;
  if (tokens.lower(k) === "diterima") return true;
  for (let j = to; j < tokens.length && j < to + REACH; j++) {
    const bits = kindOf(tokens, j);
    if (bits & GIVER) return false;
    if (bits & WIN) return true;
  }
  return false;
}

/** Governments named through their head in a result sentence, not already among `named`. */
export function creditedThroughPerson(tokens: Tokens, named: AwardeeMention[]): AwardeeMention[] {
  const out: AwardeeMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const role = tokens.word(i) ? roleAt(tokens, i) : null;
    if (!role) continue;
    // The longest place name after the role: "Bupati Kepulauan Selayar".
    let best: { name: string; end: number } | null = null;
    let key = "";
    for (let j = role.end; j < tokens.length && j < role.end + 4 && tokens.word(j) && tokens.cap(j); j++) {
      key += nameKey(tokens.text(j));
      const place = placeByNameKey(key);
      const name = place ? registerName(place, role.kind) : null;
      if (name) best = { name, end: j + 1 };
    }
    if (!best || !receives(tokens, i, best.end)) continue;
    const awardee = `${GOV_PREFIX[role.kind]} ${best.name}`;
    if (named.some((a) => a.awardee === awardee) || out.some((a) => a.awardee === awardee)) continue;
    out.push({
      awardee,
      awardeeType: role.kind,
      from: i,
      to: best.end,
      prefixed: true,
      smallBusiness: false,
    });
    i = best.end - 1;
  }
  return out;
}
