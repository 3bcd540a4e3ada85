// Sentences made ready for the extraction steps: only those the trigger scan marked are tokenized
// (the rest add no fact), each with its award-name positions and the union of its word kinds.
import { awardNameAt } from "./award-name";
import { FORMAT, pairAt, pairClass, SPACE, unitClass } from "./chars";
import { findScopeCues, type ScopeCue } from "./scope";
import type { Sentence } from "./sentences";
import { TokenStore, type Tokens, tokenizeRange } from "./tokens";
import { sentenceKinds } from "./word-kinds";

export type Prepared = Sentence & {
  tokens: Tokens;
  nameAt: number[];
  /** Union of the tokens' word-kind bits. */
  kinds: number /** The sentence's scope cues, once asked (the page's facts and its records both ask). */;
  cues: ScopeCue[] | null;
};

export function scopeCuesOf(s: Prepared): ScopeCue[] {
  s.cues ??= findScopeCues(s.tokens, s.nameAt);
  return s.cues;
}

/** Per sentence, its prepared form, or null for a sentence the scan left unmarked. */
export function prepareSentences(text: string, split: Sentence[], marks: Uint8Array): (Prepared | null)[] {
  // One store for the page's tokens: no object per token.
  const store = new TokenStore(text);
  return split.map((s, i) => {
    if (!marks[i]) return null;
    const tokens = tokenizeRange(store, s.start, s.end);
    // Written out, not spread: a spread copy plus new fields costs more than the tokenizing.
    return {
      start: s.start,
      end: s.end,
      text: s.text,
      lineStart: s.lineStart,
      tokens,
      nameAt: awardNameAt(tokens),
      kinds: sentenceKinds(tokens),
      cues: null,
    };
  });
}

/** A sentence with something tokenize would keep (it skips spaces and invisible characters). */
export function hasToken(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (pairAt(text, i)) {
      // An astral character: format characters (tags) exist out there too.
      if (!(pairClass(text, i) & (SPACE | FORMAT))) return true;
      i++;
    } else if (!(unitClass(text.charCodeAt(i)) & (SPACE | FORMAT))) return true;
  }
  return false;
}
