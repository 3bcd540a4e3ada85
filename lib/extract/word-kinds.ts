// Which lexicon lists each word is in, as bits from one Map built once: a sentence's union of
// bits answers "does it hold a win word / a hope word / another award's name" without rescans.
import {
  BUSINESS_NAME_STOPS,
  BUSINESS_PREFIXES,
  GOV_PREFIXES,
  LIST_INTRODUCERS,
  NAME_STOP_WORDS,
} from "../lexicon/awardees";
import {
  CATEGORY_HEADS,
  GOV_CATEGORY_WORDS,
  SECTOR_HEADS,
  SIZE_CONTEXT,
  SMALL_BUSINESS_WORDS,
} from "../lexicon/categories";
import { BARE_ORDINALS, ORDER_WORDS, RANK_HEADS, RESPECTIVELY_WORDS } from "../lexicon/ranks";
import { ShapeFilter } from "../lexicon/shape-filter";
import {
  CEREMONY_WORDS,
  DEFEAT_WORDS,
  GIVER_VERBS,
  LIST_ANNOUNCERS,
  NOT_A_RESULT,
  OTHER_AWARDS,
  PROCESS_WORDS,
  RECALL_WORDS,
  WIN_WORDS,
  WINNERS_WORDS,
} from "../lexicon/signals";
import { ASCII, type TokenStore, type Tokens, WORD } from "./tokens";

export const WIN = 1;
export const NOT_RESULT = 2;
export const OTHER = 4;
export const LIST = 8;
export const AWARD_NOUN = 16;
export const CEREMONY = 32;
export const PROCESS = 64;
export const BPJS = 128;
/** "provinsi", "gubernur": a province's name may follow. */
export const PROVINCE_WORD = 256;
/** Words a round's level hangs on: "nasional", "tingkat", "level", "se-X". */
export const SCOPE = 512;
/** Rank head words ("juara", "peringkat", "pemenang"): findRanks finds nothing without one. */
export const RANK = 1024;
/** Words a category phrase turns on: findCategories finds nothing without one. */
export const CATEGORY_WORD = 2048;
/** Active giving verbs: who stands before one gives the award ("menyerahkan"). */
export const GIVER = 4096;
/** Words after which names are the beaten, not the winners ("mengalahkan"). */
export const DEFEAT = 8192;
/** Words that recall an earlier win ("pernah", "sebelumnya"). */
export const RECALL = 16384;
/** Order words ranking names after the first ("disusul"). */
export const ORDER = 32768;
/** A business prefix in any case ("pt" for "PT"): findAwardees then asks for the exact one. */
export const BUSINESS_HEAD = 65536;
/** The first word of a government prefix ("pemkab", "pemerintah", "desa"). */
export const GOV_HEAD = 131072;
/** Words opening a list of winners ("yakni", "diraih"). */
export const LIST_INTRO = 262144;
/** Bare ordinals ("pertama", "kedua"): findRanks asks every word of a ranked sentence. */
export const BARE_ORDINAL_WORD = 524288;
/** Words a business's name stops at ("award", "bupati"): nameEnd asks every word of a name. */
export const BUSINESS_NAME_STOP = 1 << 20;
/** Words any name stops at (the business stops and more). */
export const NAME_STOP = 1 << 21;
/** The rank head words themselves (RANK also marks "pemenang"). */
export const RANK_HEAD = 1 << 22;
/** Words announcing a list of winners ("berikut", "pemenang"): constructions/list-items.ts. */
export const LIST_OPENER = 1 << 23;
/** "masing-masing", "berturut-turut": places given to names in order. */
export const RESPECTIVE = 1 << 24;

export const LIST_WORDS = ["yakni", "yaitu", "antara", "diantaranya"];
// "zona": a national round ranks its provinces by zone ("zona Kalimantan dimenangkan …").
const AWARD_NOUNS = ["penghargaan", "anugerah", "piala", "award", "piagam", "trofi", "zona"];

const KINDS = new Map<string, number>();
const add = (words: Iterable<string>, bit: number) => {
  for (const w of words) KINDS.set(w, (KINDS.get(w) ?? 0) | bit);
};
add(WIN_WORDS, WIN);
add(NOT_A_RESULT, NOT_RESULT);
add(OTHER_AWARDS, OTHER);
add(LIST_WORDS, LIST);
add(AWARD_NOUNS, AWARD_NOUN);
add(CEREMONY_WORDS, CEREMONY);
add(PROCESS_WORDS, PROCESS);
add(["bpjs", "bpjamsostek", "bpjstk"], BPJS);
add(["provinsi", "gubernur"], PROVINCE_WORD);
add(["nasional", "tingkat", "level"], SCOPE);
add([...RANK_HEADS, "pemenang"], RANK);
add(
  Object.keys(BUSINESS_PREFIXES).map((w) => w.toLowerCase()),
  BUSINESS_HEAD,
);
add(
  GOV_PREFIXES.map(([words]) => words[0] as string),
  GOV_HEAD,
);
add(LIST_INTRODUCERS, LIST_INTRO);
add(GIVER_VERBS, GIVER);
add(DEFEAT_WORDS, DEFEAT);
add(RECALL_WORDS, RECALL);
add(ORDER_WORDS, ORDER);
add([...LIST_ANNOUNCERS, ...WINNERS_WORDS], LIST_OPENER);
add(RESPECTIVELY_WORDS, RESPECTIVE);
add(BUSINESS_NAME_STOPS, BUSINESS_NAME_STOP);
add(NAME_STOP_WORDS, NAME_STOP);
add(RANK_HEADS, RANK_HEAD);
add(
  Object.keys(BARE_ORDINALS).filter((w) => BARE_ORDINALS[w]),
  BARE_ORDINAL_WORD,
);
add(
  [
    ...SECTOR_HEADS,
    ...CATEGORY_HEADS,
    ...SMALL_BUSINESS_WORDS,
    ...SIZE_CONTEXT,
    ...Object.keys(GOV_CATEGORY_WORDS),
  ],
  CATEGORY_WORD,
);

// Most words of a sentence are in no list: their shape rules them out before the Map lookup.
const LISTED_SHAPES = new ShapeFilter(KINDS.keys());

/** A unit of an ASCII word read as lower case. */
const lowerUnit = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The bits of token k of a store (looked up once, then kept). */
function kindAt(store: TokenStore, k: number): number {
  const cached = store.kinds(k);
  if (cached >= 0) return cached;
  let bits = 0;
  const flags = store.flags(k);
  if (flags & WORD) {
    if (flags & ASCII) {
      // The shape read off the source: no string is cut for a word in no list (most words).
      const src = store.source;
      const a = store.start(k);
      const n = store.end(k) - a;
      const first = lowerUnit(src.charCodeAt(a));
      const second = n > 1 ? lowerUnit(src.charCodeAt(a + 1)) : 0;
      if (LISTED_SHAPES.mayHold(n, first, second, lowerUnit(src.charCodeAt(a + n - 1))))
        bits = KINDS.get(store.lower(k)) ?? 0;
      // "se-X"
      if (n > 3 && first === 115 && second === 101 && src.charCodeAt(a + 2) === 45) bits |= SCOPE;
    } else {
      const lower = store.lower(k);
      if (LISTED_SHAPES.mayHoldWord(lower)) bits = KINDS.get(lower) ?? 0;
      if (lower.length > 3 && lower.startsWith("se-")) bits |= SCOPE;
    }
  }
  store.setKinds(k, bits);
  return bits;
}

/** The bits of token i of a sentence (0 past its ends). */
export function kindOf(tokens: Tokens, i: number): number {
  return i >= 0 && i < tokens.length ? kindAt(tokens.store, tokens.first + i) : 0;
}

/** The union of the bits of a sentence's tokens. */
export function sentenceKinds(tokens: Tokens): number {
  let k = 0;
  const end = tokens.first + tokens.length;
  for (let j = tokens.first; j < end; j++) k |= kindAt(tokens.store, j);
  return k;
}

/** The index of the first token with any of these bits, or -1. */
export function firstWithKind(tokens: Tokens, bits: number): number {
  for (let i = 0; i < tokens.length; i++) if (kindAt(tokens.store, tokens.first + i) & bits) return i;
  return -1;
}
