// Text → sentences with offsets. Lines always end a sentence; inside a line a full stop, "!" or
// "?" does when the next word starts a sentence, unless the stop ends a title or an initial.

import { FORMAT, LETTER, NUMBER, SPACE, UPPER, unitClass } from "./chars";

export type Sentence = { start: number; end: number; text: string; lineStart: boolean };

/** A page's sentences as offsets: most are never read again, so none is cut as a string here
 * (prepare.ts cuts the marked ones). */
export class Sentences {
  count = 0;
  /** Start, end and 1 for opening a line, per sentence: one buffer, doubled when full. */
  private data: Int32Array;

  constructor(capacity = 64) {
    this.data = new Int32Array(3 * Math.max(1, capacity));
  }

  push(start: number, end: number, lineStart: boolean): void {
    let at = 3 * this.count;
    if (at === this.data.length) {
      const more = new Int32Array(2 * at);
      more.set(this.data);
      this.data = more;
    }
    this.data[at++] = start;
    this.data[at++] = end;
    this.data[at] = lineStart ? 1 : 0;
    this.count++;
  }

  start(i: number): number {
    return this.data[3 * i] as number;
  }
  end(i: number): number {
    return this.data[3 * i + 1] as number;
  }
  lineStart(i: number): boolean {
    return this.data[3 * i + 2] === 1;
  }
}

// Words before a full stop that do not end a sentence.
const ABBREVIATIONS = new Set([
  "moch",
  "moh",
  "muh",
  "h",
  "hj",
  "dr",
  "drs",
  "ir",
  "prof",
  "st",
  "no",
  "jl",
  "jln",
  "kab",
  "prov",
  "kec",
  "kel",
  "plt",
  "pj",
  "rp",
  "pt",
  "cv",
  "tbk",
  "sdr",
  "bpk",
  "a",
  "b",
  "c",
  "d",
  "e",
  "i",
  "k",
  "m",
  "s",
  "dll",
  "dsb",
  "red",
  "mr",
  "mrs",
  "kh",
  "wib",
  "pemkab",
  "pemkot",
  "pemprov",
]);

/** Words after which a roman numeral is a place that may end a sentence ("terbaik I. Dari …"). */
const PLACE_HEADS = new Set(["juara", "terbaik", "peringkat", "harapan"]);

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Space within a line: any white space but a line break, or an invisible format character. */
function isGap(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c !== 10 && c !== 13 && (unitClass(c) & (SPACE | FORMAT)) !== 0;
}
const isSpace = (c: number) => (unitClass(c) & SPACE) !== 0;
const isLetter = (c: number) => (unitClass(c) & LETTER) !== 0;
/** What may open the next sentence: a capital, a digit, a quote or a bracket. */
function opensSentence(c: number): boolean {
  return (
    (unitClass(c) & (UPPER | NUMBER)) !== 0 ||
    c === 34 ||
    c === 0x201c ||
    c === 39 ||
    c === 0x2018 ||
    c === 40
  );
}
/** Closing quotes and brackets a sentence keeps after its stop: " ” ’ ' ) ]. */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;

/** Split bounded: the longest sentence kept whole; longer runs are cut at the next space. */
const MAX_SENTENCE = 2000;

/** A list marker "1." or a number "2.500.000." so far: one or two digits between spaces. */
function listMarker(text: string, start: number, stop: number): boolean {
  let a = start;
  let b = stop;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b - a < 1 || b - a > 2) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** "kategori X: 1. A, 2. B": a number opening an item of a list inside the sentence (after ":", ","
 * or ";"), not a sentence's end. */
function inlineMarker(text: string, start: number, stop: number): boolean {
  let a = stop;
  while (a > start && a > stop - 2 && text.charCodeAt(a - 1) >= 48 && text.charCodeAt(a - 1) <= 57) a--;
  if (a === stop || a === start || !isSpace(text.charCodeAt(a - 1))) return false;
  let k = a - 1;
  while (k > start && isSpace(text.charCodeAt(k))) k--;
  const c = text.charCodeAt(k);
  return c === 58 || c === 44 || c === 59;
}

/** Where a sentence may end: a line break or a stop. Native scanning jumps over everything else. */
const CANDIDATE = /[\n\r.!?]/g;

/** "I" or "V" written as a place right after a place word: "… terbaik I." */
function romanPlace(text: string, from: number, to: number): boolean {
  if (to - from !== 1 || (text[from] !== "I" && text[from] !== "V")) return false;
  let a = from - 1;
  while (a > 0 && isGap(text, a)) a--;
  const b = a + 1;
  while (a >= 0 && isLetter(text.charCodeAt(a))) a--;
  return PLACE_HEADS.has(text.slice(a + 1, b).toLowerCase());
}

export function splitSentences(text: string): Sentences {
  // About a sentence per hundred characters of news text.
  const out = new Sentences(16 + Math.ceil(text.length / 80));
  let lineStart = true;
  const push = (start: number, end: number, atLineStart: boolean) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) out.push(start, end, atLineStart);
  };
  let start = 0;
  const n = text.length;
  /** Cuts a run past MAX_SENTENCE at its first gap, for every gap in [from, to). */
  const cutLongRuns = (from: number, to: number) => {
    for (let i = Math.max(from, start + MAX_SENTENCE); i < to; i++) {
      if (!isGap(text, i)) continue;
      push(start, i, lineStart);
      start = i + 1;
      lineStart = false;
      i = start + MAX_SENTENCE - 1;
    }
  };
  let scanned = 0;
  CANDIDATE.lastIndex = 0;
  // test(), not exec(): the stop is the one unit before lastIndex, and no match array is made.
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex - 1;
    if (i - start > MAX_SENTENCE) cutLongRuns(scanned, i);
    scanned = i + 1;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(start, i, lineStart);
      start = i + 1;
      lineStart = true;
      continue;
    }
    // Include closing quotes and brackets in the sentence.
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isGap(text, j)) continue;
    let k = j;
    while (k < n && isGap(text, k)) k++;
    const next = text.charCodeAt(k);
    if (k < n && next !== 10 && next !== 13 && !opensSentence(next)) continue;
    if (c === 46) {
      let w = i;
      // Read back no further than the longest abbreviation: a longer word is none.
      while (w > start && i - w <= LONGEST_ABBREVIATION && isLetter(text.charCodeAt(w - 1))) w--;
      if (
        w < i &&
        i - w <= LONGEST_ABBREVIATION &&
        ABBREVIATIONS.has(text.slice(w, i).toLowerCase()) &&
        !romanPlace(text, w, i)
      )
        continue;
      if (listMarker(text, start, i) || inlineMarker(text, start, i)) continue;
    }
    push(start, j, lineStart);
    start = j;
    lineStart = false;
  }
  cutLongRuns(scanned, n);
  push(start, n, lineStart);
  return out;
}
