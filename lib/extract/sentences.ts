// Text → sentences with offsets. Lines always end a sentence; inside a line a full stop, "!" or
// "?" does when the next word starts a sentence, unless the stop ends a title or an initial.

export type Sentence = { start: number; end: number; text: string; lineStart: boolean };

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

/** Space within a line: any white space but a line break, or an invisible format character. */
const isGap = (c: string | undefined) => c !== undefined && c !== "\n" && c !== "\r" && /[\s\p{Cf}]/u.test(c);

/** Split bounded: the longest sentence kept whole; longer runs are cut at the next space. */
const MAX_SENTENCE = 2000;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = true;
  const push = (start: number, end: number, atLineStart: boolean) => {
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end), lineStart: atLineStart });
  };
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      push(start, i, lineStart);
      start = i + 1;
      lineStart = true;
      continue;
    }
    if (i - start >= MAX_SENTENCE && isGap(c)) {
      push(start, i, lineStart);
      start = i + 1;
      lineStart = false;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    // Include closing quotes and brackets in the sentence.
    let j = i + 1;
    while (j < n && /["”’')\]]/.test(text[j] ?? "")) j++;
    if (j < n && !isGap(text[j])) continue;
    let k = j;
    while (k < n && isGap(text[k])) k++;
    if (k < n && text[k] !== "\n" && text[k] !== "\r" && !/[\p{Lu}\p{N}"“'‘(]/u.test(text[k] ?? "")) continue;
    if (c === ".") {
      let w = i;
      while (w > start && /[\p{L}]/u.test(text[w - 1] ?? "")) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREVIATIONS.has(word)) continue;
      // A list marker "1." at the start of a sentence, or a number like "2.500.000." mid-number.
      const before = text.slice(start, i).trim();
      if (/^\d{1,2}$/.test(before)) continue;
    }
    push(start, j, lineStart);
    start = j;
    lineStart = false;
  }
  push(start, n, lineStart);
  return out;
}
