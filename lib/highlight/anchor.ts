// Finds a stored evidence quote in the article text as it reads now (Hypothesis' way): trust the
// stored position if the quote is still there, else look for the exact quote and pick the
// occurrence whose surroundings and position agree best. No fuzzy match: a quote that is not in
// the text is an orphan, never pinned to a similar sentence.
import type { StoredEvidence } from "../records/schema";

export type Span = { start: number; end: number };
export type TextQuoteAnchor = Pick<StoredEvidence, "quote" | "prefix" | "suffix" | "start" | "end">;

const MAX_CANDIDATES = 50;

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export function anchorQuote(text: string, anchor: TextQuoteAnchor): Span | null {
  const { quote, prefix, suffix, start } = anchor;
  if (quote === "") return null;
  if (text.slice(start, start + quote.length) === quote) return { start, end: start + quote.length };
  let best: Span | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let found = 0;
  for (let at = text.indexOf(quote); at >= 0 && found < MAX_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found++;
    const before = text.slice(Math.max(0, at - prefix.length), at);
    const after = text.slice(at + quote.length, at + quote.length + suffix.length);
    const context = commonSuffix(before, prefix) + commonPrefix(after, suffix);
    // context dominates; position only breaks ties between equally-surrounded copies
    const score = context - Math.abs(at - start) / (text.length + 1);
    if (score > bestScore) {
      bestScore = score;
      best = { start: at, end: at + quote.length };
    }
  }
  return best;
}
