// Level of a round: provincial ("se-Bali", "tingkat Provinsi Kalbar", "Paritrana Award 2022 Jawa
// Timur") or national ("tingkat nasional"), and the province that held a provincial round.
import { areasNamed, provinceNamed } from "../gazetteer/index";
import type { Tokens } from "./tokens";
import { kindOf, SCOPE } from "./word-kinds";
import { yearOf } from "./years";

export type ScopeCue = { scope: "provinsi" | "nasional"; province: string | null; at: number };

/** Words before "gubernur" in an office: "Wakil Gubernur", "Pj Gubernur". */
const OFFICE_WORDS = new Set(["wakil", "pj", "plt", "penjabat"]);
/** Verbs of handing an award over (not "memberikan selamat"). */
const HANDS_OVER = new Set(["menyerahkan", "menganugerahkan", "menyerahkannya"]);

function provinceAt(tokens: Tokens, i: number): { province: string; end: number } | null {
  let j = i;
  if (tokens.lower(j) === "provinsi" || tokens.lower(j) === "prov") j++;
  const words: string[] = [];
  let best: { province: string; end: number } | null = null;
  for (let k = j; k < tokens.length && k < j + 4; k++) {
    if (!tokens.word(k) || !tokens.cap(k)) break;
    words.push(tokens.text(k));
    const p = provinceNamed(words.join(" "));
    if (p) best = { province: p, end: k + 1 };
  }
  return best;
}

/** Scope cues in a sentence. `nameAt` are the token indexes of the award's name. */
export function findScopeCues(tokens: Tokens, nameAt: number[]): ScopeCue[] {
  const out: ScopeCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "se-X", "nasional", "tingkat" and "level" carry the SCOPE bit; nothing else starts a cue.
    if (!tokens.word(i) || !(kindOf(tokens, i) & SCOPE)) continue;
    const lower = tokens.lower(i);
    if (lower.startsWith("se-") && lower.length > 3) {
      // "se-Bali", "se-Sulawesi Utara": the province may run on past the hyphenated word.
      let name = tokens.text(i).slice(3);
      let p = provinceNamed(name);
      for (let k = i + 1; k < tokens.length && k <= i + 2 && tokens.word(k) && tokens.cap(k); k++) {
        name += ` ${tokens.text(k)}`;
        p = provinceNamed(name) ?? p;
      }
      if (p) out.push({ scope: "provinsi", province: p, at: i });
      continue;
    }
    const next = tokens.lower(i + 1);
    if (
      lower === "nasional" &&
      (i === 0 || /^(?:tingkat|terbaik|secara|level|skala)$/.test(tokens.lower(i - 1)))
    ) {
      out.push({ scope: "nasional", province: null, at: i });
      continue;
    }
    if (lower === "tingkat" || lower === "level") {
      if (next === "nasional") continue;
      const p = provinceAt(tokens, i + 1);
      if (p) out.push({ scope: "provinsi", province: p.province, at: i });
      else if (next === "provinsi" || next === "wilayah" || next === "daerah")
        out.push({ scope: "provinsi", province: null, at: i });
    }
  }
  // The governor hands the award over: "diserahkan oleh Wakil Gubernur DIY", "dari Pj Gubernur
  // Provinsi Jatim", "Gubernur Bali menyerahkan …" — a provincial round is given by its province.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.lower(i) !== "gubernur") continue;
    const p = provinceAt(tokens, i + 1);
    if (!p) continue;
    let k = i - 1;
    while (k >= 0 && k >= i - 3 && OFFICE_WORDS.has(tokens.lower(k))) k--;
    const by = tokens.lower(k) === "oleh" || tokens.lower(k) === "dari";
    let gives = false;
    for (let j = p.end; j < tokens.length && j < p.end + 8 && !gives; j++)
      gives = HANDS_OVER.has(tokens.lower(j));
    if (by || gives) out.push({ scope: "provinsi", province: p.province, at: i });
  }
  // "Di Provinsi X, penghargaan tahun ini diberikan …": the round's place opening the sentence.
  if (tokens.lower(0) === "di" && tokens.lower(1) === "provinsi") {
    const p = provinceAt(tokens, 1);
    if (p && (tokens.is(p.end, 44) || nameAt.length > 0))
      out.push({ scope: "provinsi", province: p.province, at: 1 });
  }
  // "Paritrana Award 2022 Jawa Timur", "Paritrana Award 2025 di Maluku", "Paritrana Award Jatim".
  for (const n of nameAt) {
    let j = n + 1;
    if (tokens.lower(j) === "award" || tokens.lower(j) === "awards") j++;
    if (tokens.lower(j) === "tahun") j++;
    if (yearOf(tokens, j) !== null) j++;
    if (tokens.lower(j) === "di") j++;
    const p = provinceAt(tokens, j);
    if (p) out.push({ scope: "provinsi", province: p.province, at: j });
  }
  return out;
}

/** Provincial round inferred from winners: several regencies/cities, all of one province. */
export function provinceOfAreas(names: string[]): string | null {
  const provinces = new Set<string>();
  let count = 0;
  // Distinct names: one regency written twice ("Pemkab Kukar" … "Kutai Kartanegara") is one.
  for (const name of new Set(names)) {
    const bare = name.replace(/^(?:Kabupaten|Kota) /, "");
    const areas = areasNamed(bare);
    if (areas.length === 0) continue;
    count++;
    for (const a of new Set(areas.map((x) => x.province))) provinces.add(a);
  }
  return count >= 2 && provinces.size === 1 ? ([...provinces][0] ?? null) : null;
}

export { provinceNamed };
