// Places as written: "peringkat pertama", "juara ke-2", "Terbaik III", "juara terbaik kedua",
// "Juara 1:", bare ordinals inside a ranked list, and unranked wins ("provinsi terbaik").
import { BARE_ORDINALS, NOT_A_PLACE_AFTER, ORDINALS, RANK_HEADS, ROMAN } from "../lexicon/ranks";
import type { Token } from "./tokens";
import { BARE_ORDINAL_WORD, kindOf, RANK } from "./word-kinds";

export type RankMention = {
  /** null: a win without a place ("terbaik", "juara harapan"). */
  rank: number | null;
  /** Token index range [from, to). */
  from: number;
  to: number;
  label: string;
  /** Found as a bare ordinal ("…, kedua X"), trusted only beside a head-word rank. */
  bare: boolean;
};

/** A Map, not the table: asked for each bare ordinal of a ranked sentence (see awardees.ts). */
const BARE_ORDINAL = new Map(Object.entries(BARE_ORDINALS));

/** The place an ordinal token states, if any. */
function ordinalValue(t: Token | undefined): number | null {
  if (!t?.word) return null;
  const roman = ROMAN[t.text];
  if (roman) return roman;
  const m = /^ke-?(\d{1,2}|[a-z]+)$/.exec(t.lower);
  if (m?.[1]) return ORDINALS[m[1]] ?? ORDINALS[`ke${m[1]}`] ?? null;
  return ORDINALS[t.lower] ?? null;
}

const label = (tokens: Token[], from: number, to: number, text: string, base: number) =>
  text.slice((tokens[from]?.start ?? base) - base, (tokens[to - 1]?.end ?? base) - base);

/**
 * Rank mentions in a sentence's tokens. `text` is the sentence and `base` its offset, for labels.
 */
export function findRanks(tokens: Token[], text: string, base: number): RankMention[] {
  const out: RankMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Rank heads and "pemenang" carry the RANK bit.
    if (!t?.word || !(kindOf(t) & RANK)) continue;
    // "pemenang anugerah Paritrana pertama": allow a few words between head and ordinal.
    const reach = t.lower === "pemenang" ? 4 : 3;
    let found = -1;
    let value: number | null = null;
    for (let j = i + 1; j < tokens.length && j <= i + reach; j++) {
      const u = tokens[j];
      if (!u) break;
      if (!u.word) {
        if (u.text === "-" || u.text === ":") continue;
        break;
      }
      const v = ordinalValue(u);
      if (v !== null) {
        const next = tokens[j + 1];
        if (next?.word && NOT_A_PLACE_AFTER.has(next.lower)) break;
        found = j;
        value = v;
        break;
      }
      if (u.lower === "ke" || RANK_HEADS.has(u.lower)) continue;
      if (t.lower !== "pemenang") break;
    }
    if (found >= 0) {
      out.push({
        rank: value,
        from: i,
        to: found + 1,
        label: label(tokens, i, found + 1, text, base),
        bare: false,
      });
      i = found;
      continue;
    }
    if (t.lower === "terbaik" || t.lower === "juara") {
      // "juara harapan", "terbaik khusus", "provinsi terbaik": a win without a place; but not
      // "juara umum" of other contests nor "terbaik" used as an adjective of a plan.
      const next = tokens[i + 1];
      const to = next?.word && (next.lower === "harapan" || next.lower === "khusus") ? i + 2 : i + 1;
      out.push({ rank: null, from: i, to, label: label(tokens, i, to, text, base), bare: false });
    }
  }
  if (!out.some((r) => r.rank !== null)) return out;
  // Inside a ranked sentence, a bare ordinal opening a list item is a place too.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.word || !(kindOf(t) & BARE_ORDINAL_WORD)) continue;
    const v = BARE_ORDINAL.get(t.lower);
    if (!v) continue;
    if (out.some((r) => i >= r.from && i < r.to)) continue;
    const prev = tokens[i - 1];
    const opens = !prev?.word || prev.lower === "dan" || prev.lower === "serta" || prev.lower === "sedangkan";
    const next = tokens[i + 1];
    if (!opens || (next?.word && NOT_A_PLACE_AFTER.has(next.lower))) continue;
    out.push({ rank: v, from: i, to: i + 1, label: t.text, bare: true });
  }
  return out.sort((a, b) => a.from - b.from);
}
