// One regex pass over the whole text marks the sentences worth tokenizing: those holding a word
// some later step looks for. Prose without any of them (most of a page) is never tokenized. The
// marks over-approximate (word prefixes, any case): a marked sentence still runs every check.
import { BUSINESS_PREFIXES } from "../lexicon/awardees";
import { CATEGORY_HEADS, SECTOR_HEADS } from "../lexicon/categories";
import { RANK_HEADS } from "../lexicon/ranks";
import { OTHER_AWARDS, WIN_WORDS } from "../lexicon/signals";
import { AWARD_SPELLINGS } from "./award-name";
import { isLowSurrogate, LETTER, NUMBER, pairClass, unitClass } from "./chars";
import type { Sentences } from "./sentences";
import { LIST_WORDS } from "./word-kinds";

/** Words that feed document facts: the award's name, round level, other awards, BPJS, provinces. */
export const DOC = 1;
/** Words a result sentence needs: win and rank words, list words, category headers. */
export const MAIN = 2;
/** A business prefix ("PT", "BPRS"): its full name is remembered for later bare mentions. */
export const BIZ = 4;
/** A short line right under a marked line: maybe one item of a list of winners ("1. Desa X"). */
export const ITEM = 8;
/** The longest line that may be a list item, in characters. */
const ITEM_CHARS = 120;

const bits = new Map<string, number>();
const add = (words: Iterable<string>, bit: number) => {
  for (const w of words) bits.set(w.toLowerCase(), (bits.get(w.toLowerCase()) ?? 0) | bit);
};
add(
  [...AWARD_SPELLINGS, "se-", "nasional", "tingkat", "level", "bpj", "provinsi", "gubernur", ...OTHER_AWARDS],
  DOC,
);
add([...WIN_WORDS, ...RANK_HEADS, "pemenang", ...LIST_WORDS, ...CATEGORY_HEADS, ...SECTOR_HEADS], MAIN);
const business = Object.keys(BUSINESS_PREFIXES);
add(business, BIZ);
const businessSet = new Set(business);

// Longest first, so a match is the longest listed word at that place. Lexicon words are tokens:
// letters, digits and - ' ’ /, none of them special in a pattern, so no escaping. No /u: irregexp
// then skips ahead on the words' first letters (5× faster). A leading \b skips the many matches
// inside words (about 1.7× faster again); it counts "_" as a word character where a token does
// not, so a text with "_" takes the exact ASCII lookbehind instead. Non-ASCII letters before a
// match are checked below either way.
/** The trigger words, lower case, longest first (each starts with a-z or 0-9, as \b needs). */
export const TRIGGER_WORDS: readonly string[] = [...bits.keys()].sort((a, b) => b.length - a.length);
const WORDS = TRIGGER_WORDS.join("|");
const TRIGGER = new RegExp(`\\b(?:${WORDS})`, "gi");
const TRIGGER_UNDERSCORE = new RegExp(`(?<![A-Za-z0-9])(?:${WORDS})`, "gi");

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** Whether the character before `at` continues a word (so no token starts at `at`). */
function inWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return isAsciiAlnum(c);
  // Astral letters: the low surrogate alone is nothing, so class the pair.
  const k = at >= 2 && isLowSurrogate(c) ? pairClass(text, at - 2) : unitClass(c);
  return (k & (LETTER | NUMBER)) !== 0;
}

/** Per sentence, the bits of the trigger words it holds (sentences in text order). */
export function markSentences(text: string, sentences: Sentences): Uint8Array {
  const marks = new Uint8Array(sentences.count);
  let k = 0;
  const trigger = text.includes("_") ? TRIGGER_UNDERSCORE : TRIGGER;
  trigger.lastIndex = 0;
  // test(), not exec(): no match array per hit. The match is ASCII letters and digits after a
  // boundary (or "se-", the one word with a hyphen), so its start is found reading back from its end.
  while (trigger.test(text)) {
    const end = trigger.lastIndex;
    let at = end - 1;
    if (text.charCodeAt(at) === 45) at = end - 3;
    else while (at > 0 && isAsciiAlnum(text.charCodeAt(at - 1))) at--;
    if (inWord(text, at)) continue;
    while (k < sentences.count && sentences.end(k) <= at) k++;
    if (k >= sentences.count) break;
    if (sentences.start(k) > at) continue;
    const word = text.slice(at, end);
    // Keys are lower case, so a match found as written is found lower-cased too (no copy made).
    let b = bits.get(word) ?? bits.get(word.toLowerCase()) ?? 0;
    // Business prefixes count only as written ("PT", not "pt").
    if (b & BIZ && !businessSet.has(word)) b &= ~BIZ;
    marks[k] = (marks[k] as number) | b;
  }
  // A table row (cells split by tabs) may hold no trigger word: "1\tKabupaten X".
  for (let at = text.indexOf("\t"), r = 0; at >= 0; at = text.indexOf("\t", at + 1)) {
    while (r < sentences.count && sentences.end(r) <= at) r++;
    if (r >= sentences.count) break;
    if (sentences.start(r) <= at) marks[r] = (marks[r] as number) | MAIN;
  }
  for (let k = 1; k < sentences.count; k++)
    if (
      (marks[k - 1] as number) & (MAIN | ITEM) &&
      sentences.lineStart(k) &&
      sentences.end(k) - sentences.start(k) <= ITEM_CHARS
    )
      marks[k] = (marks[k] as number) | ITEM;
  return marks;
}
