// Words and punctuation with their UTF-16 offsets. Every later step works on these tokens, so no
// pattern ever runs over more than one token at a time (linear in the text, no backtracking).
//
// A hand-written scanner over char codes: the same tokens as the pattern
//   [\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}\p{Cf}]   (flags gu)
// but ASCII (nearly all of Indonesian news text) is classified by code ranges without a regex, and
// a word already in lower case is its own `lower` (no copy). Tokens live as parallel arrays in one
// store per page: an object per token made most of a long page's garbage.

import { FORMAT, LETTER, NUMBER, pairAt, pairClass, SPACE, UPPER, unitClass } from "./chars";

// Flag bits of a token.
/** A word (letters/digits, inner hyphens or apostrophes), not a single punctuation mark. */
export const WORD = 1;
/** First letter is upper case. */
export const CAP = 2;
/** Inside ( … ). */
export const PAREN = 4;
/** Only ASCII, none of it upper case: the token is its own lower case. */
const LOWER_AS_IS = 8;
/** Only ASCII: its lower case is its units with A-Z shifted (no string needed to read it). */
export const ASCII = 16;

/**
 * The tokens of one text as parallel arrays (offsets, flags, lexicon bits), grown geometrically:
 * no object per token, and a token's text and lower case are cut only when some step asks.
 */
export class TokenStore {
  count = 0;
  /** Per token: start, end, flags, and the word's lexicon bits (word-kinds.ts; -1 until first
   * asked, later steps ask often). One buffer, doubled when full. */
  private data: Int32Array;
  /** Cut on first ask; "" until then (no token is empty). Packed arrays, grown with the rest. */
  private texts: string[];
  private lowers: string[];

  constructor(
    readonly source: string,
    capacity = 256,
  ) {
    this.data = new Int32Array(4 * capacity);
    this.texts = new Array<string>(capacity).fill("");
    this.lowers = new Array<string>(capacity).fill("");
  }

  push(start: number, end: number, flags: number): void {
    let at = 4 * this.count;
    if (at === this.data.length) this.grow();
    this.data[at++] = start;
    this.data[at++] = end;
    this.data[at++] = flags;
    this.data[at] = -1;
    this.count++;
  }

  private grow(): void {
    const more = new Int32Array(2 * this.data.length);
    more.set(this.data);
    this.data = more;
    // concat, not push: this runs a few times per page, too rarely to be optimised.
    const strings = new Array<string>(this.texts.length).fill("");
    this.texts = this.texts.concat(strings);
    this.lowers = this.lowers.concat(strings);
  }

  start(k: number): number {
    return this.data[4 * k] as number;
  }
  end(k: number): number {
    return this.data[4 * k + 1] as number;
  }
  flags(k: number): number {
    return this.data[4 * k + 2] as number;
  }
  kinds(k: number): number {
    return this.data[4 * k + 3] as number;
  }
  setKinds(k: number, bits: number): void {
    this.data[4 * k + 3] = bits;
  }

  text(k: number): string {
    let t = this.texts[k] as string;
    if (t === "") {
      t = this.source.slice(this.start(k), this.end(k));
      this.texts[k] = t;
    }
    return t;
  }

  lower(k: number): string {
    let t = this.lowers[k] as string;
    if (t === "") {
      const text = this.text(k);
      t = this.flags(k) & LOWER_AS_IS ? text : text.toLowerCase();
      this.lowers[k] = t;
    }
    return t;
  }
}

/**
 * One sentence's tokens, indexed from 0, in a store. Out of range a token is absent: no word, no
 * capital, text and lower case "" (as `tokens[i]?.x` gave undefined before), kinds 0.
 */
export class Tokens {
  constructor(
    readonly store: TokenStore,
    /** Index of the first token in the store. */
    readonly first: number,
    readonly length: number,
  ) {}

  has(i: number): boolean {
    return i >= 0 && i < this.length;
  }
  private flag(i: number, f: number): boolean {
    return i >= 0 && i < this.length && (this.store.flags(this.first + i) & f) !== 0;
  }
  word(i: number): boolean {
    return this.flag(i, WORD);
  }
  cap(i: number): boolean {
    return this.flag(i, CAP);
  }
  paren(i: number): boolean {
    return this.flag(i, PAREN);
  }
  text(i: number): string {
    return i >= 0 && i < this.length ? this.store.text(this.first + i) : "";
  }
  lower(i: number): string {
    return i >= 0 && i < this.length ? this.store.lower(this.first + i) : "";
  }
  /** Whether token i is the single character `c` (a punctuation mark: no string read). */
  is(i: number, c: number): boolean {
    if (i < 0 || i >= this.length) return false;
    const k = this.first + i;
    const s = this.store.start(k);
    return this.store.end(k) === s + 1 && this.store.source.charCodeAt(s) === c;
  }
  start(i: number): number {
    return this.store.start(this.first + i);
  }
  end(i: number): number {
    return this.store.end(this.first + i);
  }
  /** Tokens [from, to) of this sentence. */
  sub(from: number, to: number): Tokens {
    return new Tokens(this.store, this.first + from, Math.max(0, to - from));
  }
}

// Character classes. Invisible format characters (zero-width space/joiners, soft hyphen, direction
// marks: \p{Cf}) are skipped like spaces: pages carry them between words, and a token for each
// would split names.
const MARK_CLASS = 1;
const WORD_CLASS = 2;
const GAP_CLASS = 3;

function kindOfClass(k: number): number {
  return k & (LETTER | NUMBER) ? WORD_CLASS : k & (SPACE | FORMAT) ? GAP_CLASS : MARK_CLASS;
}

/** The class of the code point at i: `c` is its first unit, `pair` whether it takes two. */
function classAt(text: string, i: number, c: number, pair: boolean): number {
  if (c < 128) {
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return WORD_CLASS;
    return c === 32 || (c >= 9 && c <= 13) ? GAP_CLASS : MARK_CLASS;
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
    if (classAt(text, i, c, u === 2) !== WORD_CLASS) return i;
    i += u;
  }
  return i;
}

/** ASCII when text[from, to) is all ASCII, and LOWER_AS_IS too when none of it is a capital
 * (anything else: toLowerCase decides). */
function asciiFlags(text: string, from: number, to: number): number {
  let flags = ASCII | LOWER_AS_IS;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return 0;
    if (c >= 65 && c <= 90) flags = ASCII;
  }
  return flags;
}

/** A joiner inside a word: - ' ’ / followed by a word character. */
const isJoiner = (c: number) => c === 45 || c === 39 || c === 0x2019 || c === 47;

/** The tokens of a whole text as one sentence (tests and one-off callers). */
export function tokenize(text: string): Tokens {
  return tokenizeRange(new TokenStore(text, 16), 0, text.length);
}

/**
 * Tokens of source[from, to) added to the store, at the source's offsets. A sentence read in
 * place, not as its own slice: char reads on a slice of a slice go through the parent string each
 * time.
 */
export function tokenizeRange(store: TokenStore, from: number, to: number): Tokens {
  const text = store.source;
  const first = store.count;
  const n = to;
  let depth = 0;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const u = c < 128 ? 1 : unitsAt(text, i, n);
    const k = classAt(text, i, c, u === 2);
    if (k === GAP_CLASS) {
      i += u;
      continue;
    }
    const start = i;
    let word = false;
    if (k === WORD_CLASS) {
      i = wordRunEnd(text, i + u, n);
      while (i + 1 < n && isJoiner(text.charCodeAt(i))) {
        const d = text.charCodeAt(i + 1);
        const du = d < 128 ? 1 : unitsAt(text, i + 1, n);
        if (classAt(text, i + 1, d, du === 2) !== WORD_CLASS) break;
        i = wordRunEnd(text, i + 1, n);
      }
      // The first unit decides: an astral letter's lone high surrogate is no letter on its own.
      word = c < 128 || (unitClass(c) & (LETTER | NUMBER)) !== 0;
    } else i += u;
    if (depth > 0 && c === 41 && i - start === 1) depth--;
    let flags = asciiFlags(text, start, i);
    if (word) {
      flags |= WORD;
      if (c < 128 ? c >= 65 && c <= 90 : (unitClass(c) & UPPER) !== 0) flags |= CAP;
    }
    if (depth > 0 || (i - start === 1 && (c === 40 || c === 41))) flags |= PAREN;
    store.push(start, i, flags);
    if (c === 40 && i - start === 1) depth = Math.min(depth + 1, 3);
  }
  return new Tokens(store, first, store.count - first);
}

/** Tokens after a numbered list item's marker ("1.", "2)") at the start: 2, or 0 for none. */
export function listMarkerEnd(tokens: Tokens): number {
  return tokens.word(0) && /^\d{1,2}$/.test(tokens.text(0)) && (tokens.is(1, 46) || tokens.is(1, 41)) ? 2 : 0;
}

/** Whether more than `share` of the words (numbers aside) are capitalised: a headline, a caption. */
export function titleCased(tokens: Tokens, share = 0.85): boolean {
  let words = 0;
  let caps = 0;
  for (let k = 0; k < tokens.length; k++) {
    const c = tokens.text(k).charCodeAt(0);
    if (tokens.word(k) && !(c >= 48 && c <= 57)) {
      words++;
      if (tokens.cap(k)) caps++;
    }
  }
  return words > 0 && caps > share * words;
}
