// Words and punctuation with their UTF-16 offsets. Every later step works on these tokens, so no
// pattern ever runs over more than one token at a time (linear in the text, no backtracking).

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
};

// Invisible format characters (zero-width space/joiners, soft hyphen, direction marks: \p{Cf}) are
// skipped like spaces: pages carry them between words, and a token for each would split names.
const TOKEN = /[\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}\p{Cf}]/gu;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/** Letter or digit first (ASCII without a regex); `first` is the token's first UTF-16 unit. */
function startsWord(first: string, c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(first);
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let depth = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const first = t[0] ?? "";
    const c = t.charCodeAt(0);
    const word = startsWord(first, c);
    if (t === ")" && depth > 0) depth--;
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + t.length,
      word,
      cap: word && (c < 128 ? c >= 65 && c <= 90 : UPPER.test(first)),
      paren: depth > 0 || t === "(" || t === ")",
    });
    if (t === "(") depth = Math.min(depth + 1, 3);
  }
  return out;
}

/** The next word after index i, skipping nothing. */
export const isWord = (t: Token | undefined, lower: string): boolean => t?.word === true && t.lower === lower;
