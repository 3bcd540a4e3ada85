// Unicode classes of single UTF-16 units, as the \p patterns give them, without compiling one for
// ordinary text: compiling a \p pattern costs milliseconds, and the lens extracts once, cold. ASCII,
// Latin-1 and the general punctuation block come from tables (test/extract/chars.test.ts checks
// every unit against the patterns); any other unit asks the patterns once and is remembered.

/** \p{L} */
export const LETTER = 1;
/** \p{N} */
export const NUMBER = 2;
/** \p{Lu} */
export const UPPER = 4;
/** \p{Ll} */
export const LOWER = 8;
/** \s */
export const SPACE = 16;
/** \p{Cf}: zero-width spaces and joiners, soft hyphen, direction marks. */
export const FORMAT = 32;
const KNOWN = 64;

const classes = new Uint8Array(0x10000);
const set = (from: number, to: number, k: number) => classes.fill(k | KNOWN, from, to + 1);

set(0, 0xff, 0);
set(9, 13, SPACE);
set(32, 32, SPACE);
set(48, 57, NUMBER);
set(65, 90, LETTER | UPPER);
set(97, 122, LETTER | LOWER);
set(0xa0, 0xa0, SPACE);
set(0xaa, 0xaa, LETTER);
set(0xad, 0xad, FORMAT);
set(0xb2, 0xb3, NUMBER);
set(0xb5, 0xb5, LETTER | LOWER);
set(0xb9, 0xb9, NUMBER);
set(0xba, 0xba, LETTER);
set(0xbc, 0xbe, NUMBER);
set(0xc0, 0xd6, LETTER | UPPER);
set(0xd8, 0xde, LETTER | UPPER);
set(0xdf, 0xf6, LETTER | LOWER);
set(0xf8, 0xff, LETTER | LOWER);
// General punctuation: dashes, quotes, bullets, and the spaces and marks pages hide in text.
set(0x2000, 0x206f, 0);
set(0x2000, 0x200a, SPACE);
set(0x200b, 0x200f, FORMAT);
set(0x2028, 0x2029, SPACE);
set(0x202a, 0x202e, FORMAT);
set(0x202f, 0x202f, SPACE);
set(0x205f, 0x205f, SPACE);
set(0x2060, 0x2064, FORMAT);
set(0x2066, 0x206f, FORMAT);
set(0xfeff, 0xfeff, SPACE | FORMAT);

function fromPatterns(unit: string): number {
  let k = KNOWN;
  if (/\p{L}/u.test(unit)) k |= LETTER;
  if (/\p{N}/u.test(unit)) k |= NUMBER;
  if (/\p{Lu}/u.test(unit)) k |= UPPER;
  if (/\p{Ll}/u.test(unit)) k |= LOWER;
  if (/\s/.test(unit)) k |= SPACE;
  if (/\p{Cf}/u.test(unit)) k |= FORMAT;
  return k;
}

/** The class bits of one UTF-16 unit (a lone surrogate has none). */
export function unitClass(c: number): number {
  let k = classes[c] as number;
  if (k === 0) {
    k = fromPatterns(String.fromCharCode(c));
    classes[c] = k;
  }
  return k;
}

export const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether text[i] and text[i + 1], both before `end`, are one code point (a surrogate pair). */
export const pairAt = (text: string, i: number, end = text.length): boolean =>
  i + 1 < end && isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));

/** The class bits of the code point whose units are text[i] (and text[i + 1] for a pair). */
export function pairClass(text: string, i: number): number {
  return fromPatterns(text.slice(i, i + 2));
}
