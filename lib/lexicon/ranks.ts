// Indonesian rank wording: the words that introduce a place and the ordinals that give it.
import { wordTable } from "./word-table";

/** Words after which an ordinal states a place: "juara kedua", "peringkat 1", "Terbaik III". */
export const RANK_HEADS = new Set([
  "juara",
  "peringkat",
  "terbaik",
  "posisi",
  "urutan",
  "ranking",
  "rangking",
  "predikat",
]);

/** Ordinals and cardinals as places. Roman numerals are matched case-sensitively elsewhere. */
export const ORDINALS: Record<string, number> = wordTable({
  pertama: 1,
  kesatu: 1,
  satu: 1,
  "1": 1,
  kedua: 2,
  dua: 2,
  "2": 2,
  ketiga: 3,
  tiga: 3,
  "3": 3,
  keempat: 4,
  empat: 4,
  "4": 4,
  kelima: 5,
  lima: 5,
  "5": 5,
  keenam: 6,
  "6": 6,
  teratas: 1,
});

export const ROMAN: Record<string, number> = wordTable({ I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 });

/** Bare ordinals that carry a place inside a ranked list ("…, kedua X dan ketiga Y"). */
export const BARE_ORDINALS: Record<string, number> = wordTable({
  pertama: 1,
  kesatu: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  kelima: 5,
});

/** Ordinals written apart after "ke" ("ke empat", "ke lima"). */
export const SPLIT_ORDINALS: Record<string, number> = wordTable({
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
});

/** Words after an ordinal that turn it into something else ("pertama kali", "kedua tahun"). */
export const NOT_A_PLACE_AFTER = new Set(["kali", "kalinya", "besar"]);
/** After a bare ordinal, "di" makes it an order of events ("pertama di Indonesia"); after a rank
 * word it is where the place was won ("terbaik pertama di Provinsi X"). */
export const NOT_A_BARE_PLACE_AFTER = new Set([...NOT_A_PLACE_AFTER, "di"]);

/** Highest place the award gives; anything beyond is a ranking, not a win ("peringkat ke-4"). */
export const MAX_WINNING_RANK = 3;
/** Highest place kept when the sentence ranks a whole podium from the first ("…, ke lima X"). */
export const MAX_LISTED_RANK = 6;

/** Order wording: "dimenangkan oleh A disusul B dan C" ranks B second and C third. */
export const ORDER_WORDS = new Set(["disusul", "diikuti", "menyusul", "dibuntuti"]);
/** "A dan B masing-masing meraih juara kedua dan ketiga": places given to the names in order. */
export const RESPECTIVELY_WORDS = new Set(["masing-masing", "berturut-turut"]);
/** Verbs that make the next awardee the first of an ordered list. */
export const FIRST_PLACE_VERBS = new Set(["dimenangkan", "dimenangi"]);
