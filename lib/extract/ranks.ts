// Places as written: "peringkat pertama", "juara ke-2", "Terbaik III", "juara terbaik kedua",
// "Juara 1:", bare ordinals inside a ranked list, and unranked wins ("provinsi terbaik").
import {
  BARE_ORDINALS,
  NOT_A_BARE_PLACE_AFTER,
  NOT_A_PLACE_AFTER,
  ORDINALS,
  RANK_HEADS,
  ROMAN,
  SPLIT_ORDINALS,
} from "../lexicon/ranks";
import type { Tokens } from "./tokens";
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
const SPLIT_ORDINAL = new Map(Object.entries(SPLIT_ORDINALS));
/** Words after which a list item opens ("…, lalu kedua X"). */
const ITEM_OPENERS = new Set(["dan", "serta", "sedangkan", "lalu", "kemudian", "disusul"]);

/** The place an ordinal token states, if any. */
function ordinalValue(tokens: Tokens, i: number): number | null {
  if (!tokens.word(i)) return null;
  const roman = ROMAN[tokens.text(i)];
  if (roman) return roman;
  const lower = tokens.lower(i);
  // Most words asked are no "ke-2"/"kedua": two char reads before the pattern.
  const m =
    lower.charCodeAt(0) === 107 && lower.charCodeAt(1) === 101 ? /^ke-?(\d{1,2}|[a-z]+)$/.exec(lower) : null;
  if (m?.[1]) return ORDINALS[m[1]] ?? ORDINALS[`ke${m[1]}`] ?? null;
  return ORDINALS[lower] ?? null;
}

const label = (tokens: Tokens, from: number, to: number, text: string, base: number) =>
  text.slice(
    (tokens.has(from) ? tokens.start(from) : base) - base,
    (tokens.has(to - 1) ? tokens.end(to - 1) : base) - base,
  );

/**
 * Rank mentions in a sentence's tokens. `text` is the sentence and `base` its offset, for labels.
 */
export function findRanks(tokens: Tokens, text: string, base: number): RankMention[] {
  const out: RankMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Rank heads and "pemenang" carry the RANK bit.
    if (!tokens.word(i) || !(kindOf(tokens, i) & RANK)) continue;
    const lower = tokens.lower(i);
    // "pemenang anugerah Paritrana pertama": allow a few words between head and ordinal.
    const reach = lower === "pemenang" ? 4 : 3;
    let found = -1;
    let value: number | null = null;
    for (let j = i + 1; j < tokens.length && j <= i + reach; j++) {
      if (!tokens.word(j)) {
        if (tokens.is(j, 45) || tokens.is(j, 58)) continue;
        break;
      }
      const v = ordinalValue(tokens, j);
      if (v !== null) {
        if (tokens.word(j + 1) && NOT_A_PLACE_AFTER.has(tokens.lower(j + 1))) break;
        found = j;
        value = v;
        break;
      }
      const u = tokens.lower(j);
      if (u === "ke" || RANK_HEADS.has(u)) continue;
      if (lower !== "pemenang") break;
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
    if (lower === "terbaik" || lower === "juara") {
      // "juara harapan", "terbaik khusus", "provinsi terbaik": a win without a place; but not
      // "juara umum" of other contests nor "terbaik" used as an adjective of a plan.
      const next = tokens.lower(i + 1);
      const to = tokens.word(i + 1) && (next === "harapan" || next === "khusus") ? i + 2 : i + 1;
      out.push({ rank: null, from: i, to, label: label(tokens, i, to, text, base), bare: false });
    }
  }
  const ranked = out.some((r) => r.rank !== null);
  // Inside a ranked sentence, a bare ordinal opening a list item is a place too; without a head
  // word, only a run of two or more ("A, kedua B dan ketiga C") is a podium.
  const bare: RankMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.word(i)) continue;
    const split =
      tokens.lower(i) === "ke" && tokens.word(i + 1) ? SPLIT_ORDINAL.get(tokens.lower(i + 1)) : undefined;
    // "juara I, II dan III": a roman numeral goes on a ranked list too (not "I Made", a name).
    const roman =
      ranked && (tokens.is(i - 1, 44) || ITEM_OPENERS.has(tokens.lower(i - 1))) && !tokens.cap(i + 1)
        ? ROMAN[tokens.text(i)]
        : undefined;
    const v =
      split ??
      (kindOf(tokens, i) & BARE_ORDINAL_WORD ? BARE_ORDINAL.get(tokens.lower(i)) : undefined) ??
      roman;
    if (!v) continue;
    const to = split ? i + 2 : i + 1;
    if (out.some((r) => i >= r.from && i < r.to)) continue;
    const prev = tokens.lower(i - 1);
    const opens = !tokens.word(i - 1) || ITEM_OPENERS.has(prev);
    if (!opens || (tokens.word(to) && NOT_A_BARE_PLACE_AFTER.has(tokens.lower(to)))) continue;
    bare.push({ rank: v, from: i, to, label: label(tokens, i, to, text, base), bare: true });
    i = to - 1;
  }
  if (!ranked && new Set(bare.map((r) => r.rank)).size < 2) return out;
  return out.concat(bare).sort((a, b) => a.from - b.from);
}
