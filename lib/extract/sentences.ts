// Text → sentences with offsets. Lines always end a sentence; inside a line a full stop, "!" or
// "?" does when the next word starts a sentence, unless the stop ends a title or an initial.

import { FORMAT, LETTER, NUMBER, SPACE, UPPER, unitClass } from "./chars";

export type Sentence = { start: number; end: number; text: string; lineStart: boolean };

/** A page's sentences as parallel arrays: most are never read again, so none is cut as a string
 * until some step asks for its text. */
export class Sentences {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** 1 for a sentence opening a line. */
  lineStarts = new Uint8Array(64);

  constructor(readonly source: string) {}

  push(start: number, end: number, lineStart: boolean): void {
    if (this.count === this.starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => {
        b.set(a);
        return b;
      };
      const n = this.count * 2;
      this.starts = grow(this.starts, new Int32Array(n));
      this.ends = grow(this.ends, new Int32Array(n));
      this.lineStarts = grow(this.lineStarts, new Uint8Array(n));
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.lineStarts[this.count] = lineStart ? 1 : 0;
    this.count++;
  }

  text(i: number): string {
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  at(i: number): Sentence {
    return {
      start: this.starts[i] as number,
      end: this.ends[i] as number,
      text: this.text(i),
      lineStart: this.lineStarts[i] === 1,
    };
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
]);

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

/** Where a sentence may end: a line break or a stop. Native scanning jumps over everything else. */
const CANDIDATE = /[\n\r.!?]/g;

export function splitSentences(text: string): Sentences {
  const out = new Sentences(text);
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
      while (w > start && isLetter(text.charCodeAt(w - 1))) w--;
      if (w < i && i - w <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(w, i).toLowerCase()))
        continue;
      if (listMarker(text, start, i)) continue;
    }
    push(start, j, lineStart);
    start = j;
    lineStart = false;
  }
  cutLongRuns(scanned, n);
  push(start, n, lineStart);
  return out;
}
