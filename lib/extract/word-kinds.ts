// Which lexicon lists each word is in, as bits from one Map built once: a sentence's union of
// bits answers "does it hold a win word / a hope word / another award's name" without rescans.
import {
  BUSINESS_NAME_STOPS,
  BUSINESS_PREFIXES,
  GOV_PREFIXES,
  LIST_INTRODUCERS,
  NAME_STOP_WORDS,
} from "../lexicon/awardees";
import { GOV_CATEGORY_WORDS, SECTOR_HEADS, SIZE_CONTEXT, SMALL_BUSINESS_WORDS } from "../lexicon/categories";
import { BARE_ORDINALS, ORDER_WORDS, RANK_HEADS } from "../lexicon/ranks";
import { ShapeFilter } from "../lexicon/shape-filter";
import {
  CEREMONY_WORDS,
  DEFEAT_WORDS,
  GIVER_VERBS,
  NOT_A_RESULT,
  OTHER_AWARDS,
  PROCESS_WORDS,
  RECALL_WORDS,
  WIN_WORDS,
} from "../lexicon/signals";
import type { Token } from "./tokens";

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

export const LIST_WORDS = ["yakni", "yaitu", "antara", "diantaranya"];
const AWARD_NOUNS = ["penghargaan", "anugerah", "piala", "award", "piagam", "trofi"];

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
add(BUSINESS_NAME_STOPS, BUSINESS_NAME_STOP);
add(NAME_STOP_WORDS, NAME_STOP);
add(RANK_HEADS, RANK_HEAD);
add(
  Object.keys(BARE_ORDINALS).filter((w) => BARE_ORDINALS[w]),
  BARE_ORDINAL_WORD,
);
add(
  [...SECTOR_HEADS, ...SMALL_BUSINESS_WORDS, ...SIZE_CONTEXT, ...Object.keys(GOV_CATEGORY_WORDS)],
  CATEGORY_WORD,
);

// Most words of a sentence are in no list: their shape rules them out before the Map lookup.
const LISTED_SHAPES = new ShapeFilter(KINDS.keys());

/** The bits of one word token (looked up once, then kept on the token). */
export function kindOf(t: Token): number {
  if (t.kinds >= 0) return t.kinds;
  let k = 0;
  if (t.word) {
    if (LISTED_SHAPES.mayHoldWord(t.lower)) k = KINDS.get(t.lower) ?? 0;
    if (t.lower.length > 3 && t.lower.startsWith("se-")) k |= SCOPE;
  }
  t.kinds = k;
  return k;
}

/** The union of the bits of a sentence's tokens. */
export function sentenceKinds(tokens: Token[]): number {
  let k = 0;
  for (const t of tokens) k |= kindOf(t);
  return k;
}
