// Words and punctuation with their UTF-16 offsets. Every later step works on these tokens, so no
// pattern ever runs over more than one token at a time (linear in the text, no backtracking).
//
// A hand-written scanner over char codes: the same tokens as the pattern
//   [\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}\p{Cf}]   (flags gu)
// but ASCII (nearly all of Indonesian news text) is classified by code ranges without a regex, and
// a word already in lower case is its own `lower` (no copy).

import { FORMAT, LETTER, NUMBER, pairAt, pairClass, SPACE, UPPER, unitClass } from "./chars";

export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A word (letters/digits, inner hyphens or apostrophes) or a single punctuation mark. */
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Inside ( … ). */
  paren: boolean;
  /** The word's lexicon bits (word-kinds.ts), -1 until first asked: later steps ask often. */
  kinds: number;
};

// Character classes. Invisible format characters (zero-width space/joiners, soft hyphen, direction
// marks: \p{Cf}) are skipped like spaces: pages carry them between words, and a token for each
// would split names.
const OTHER = 1;
const WORD = 2;
const GAP = 3;

function kindOfClass(k: number): number {
  return k & (LETTER | NUMBER) ? WORD : k & (SPACE | FORMAT) ? GAP : OTHER;
}

/** The class of the code point at i: `c` is its first unit, `pair` whether it takes two. */
function classAt(text: string, i: number, c: number, pair: boolean): number {
  if (c < 128) {
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return WORD;
    return c === 32 || (c >= 9 && c <= 13) ? GAP : OTHER;
  }
  return kindOfClass(pair ? pairClass(text, i) : unitClass(c));
}

/** Units the code point at i takes: 2 for a surrogate pair ending before n, else 1. */
const unitsAt = (text: string, i: number, n: number): number => (pairAt(text, i, n) ? 2 : 1);

/** Where a run of word characters from i ends. */
function wordRunEnd(text: string, i: number, n: number): number {
  while (i < n) {
    const c = text.charCodeAt(i);
    // Lower-case ASCII letters first: most of any Indonesian text.
    if (c >= 97 && c <= 122) {
      i++;
      continue;
    }
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) i++;
      else return i;
      continue;
    }
    const u = unitsAt(text, i, n);
    if (classAt(text, i, c, u === 2) !== WORD) return i;
    i += u;
  }
  return i;
}

/** Whether text[from, to) has an ASCII capital or anything beyond ASCII (toLowerCase then decides). */
function mayLower(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** A joiner inside a word: - ' ’ / followed by a word character. */
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 47;

export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/**
 * Tokens of text[from, to), offsets as in text plus `offset`. A sentence read in place, not as its
 * own slice: char reads on a slice of a slice go through the parent string each time.
 */
export function tokenizeRange(text: string, from: number, to: number, offset = 0): Token[] {
  const out: Token[] = [];
  const n = to;
  let depth = 0;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const u = c < 128 ? 1 : unitsAt(text, i, n);
    const k = classAt(text, i, c, u === 2);
    if (k === GAP) {
      i += u;
      continue;
    }
    const start = i;
    let word = false;
    if (k === WORD) {
      i = wordRunEnd(text, i + u, n);
      while (i + 1 < n && isJoiner(text.charCodeAt(i))) {
        const d = text.charCodeAt(i + 1);
        const du = d < 128 ? 1 : unitsAt(text, i + 1, n);
        if (classAt(text, i + 1, d, du === 2) !== WORD) break;
        i = wordRunEnd(text, i + 1, n);
      }
      // The first unit decides: an astral letter's lone high surrogate is no letter on its own.
      word = c < 128 || (unitClass(c) & (LETTER | NUMBER)) !== 0;
    } else i += u;
    const t = text.slice(start, i);
    if (depth > 0 && c === 41 && i - start === 1) depth--;
    out.push({
      text: t,
      lower: mayLower(text, start, i) ? t.toLowerCase() : t,
      start: offset + start,
      end: offset + i,
      word,
      cap: word && (c < 128 ? c >= 65 && c <= 90 : (unitClass(c) & UPPER) !== 0),
      paren: depth > 0 || (i - start === 1 && (c === 40 || c === 41)),
      kinds: -1,
    });
    if (c === 40 && i - start === 1) depth = Math.min(depth + 1, 3);
  }
  return out;
}
