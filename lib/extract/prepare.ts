// Sentences made ready for the extraction steps: only those the trigger scan marked are tokenized
// (the rest add no fact), each with its award-name positions and the union of its word kinds.
import { awardNameAt } from "./award-name";
import { FORMAT, pairAt, pairClass, SPACE, unitClass } from "./chars";
import { findScopeCues, type ScopeCue } from "./scope";
import type { Sentence, Sentences } from "./sentences";
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
export function prepareSentences(text: string, split: Sentences, marks: Uint8Array): (Prepared | null)[] {
  // One store for the page's tokens: no object per token. News text has a token per five or six
  // characters: sized for that, it seldom grows.
  let chars = 0;
  for (let i = 0; i < split.count; i++) if (marks[i]) chars += split.end(i) - split.start(i);
  const store = new TokenStore(text, 16 + (chars >> 2));
  const out: (Prepared | null)[] = new Array(split.count).fill(null);
  for (let i = 0; i < split.count; i++) {
    if (!marks[i]) continue;
    const start = split.start(i);
    const end = split.end(i);
    const tokens = tokenizeRange(store, start, end);
    out[i] = {
      start,
      end,
      text: text.slice(start, end),
      lineStart: split.lineStart(i),
      tokens,
      nameAt: awardNameAt(tokens),
      kinds: sentenceKinds(tokens),
      cues: null,
    };
  }
  return out;
}

/** Whether text[from, to) holds something tokenize would keep (it skips spaces and invisible
 * characters). */
export function hasToken(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (pairAt(text, i, to)) {
      // An astral character: format characters (tags) exist out there too.
      if (!(pairClass(text, i) & (SPACE | FORMAT))) return true;
      i++;
    } else if (!(unitClass(text.charCodeAt(i)) & (SPACE | FORMAT))) return true;
  }
  return false;
}
