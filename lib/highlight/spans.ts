// Which words of an evidence sentence to paint for a record: the awardee's name as the text writes
// it ("Pemkab Tabanan", "Kabupaten Tabanan", or just "Tabanan") and the rank words as written
// ("peringkat pertama", "juara I"). Pure: works on the article text with offsets.
import { LETTER, NUMBER, SPACE, unitClass } from "../extract/chars";
import type { AwardFields } from "../records/schema";
import type { Span } from "./anchor";

// Words that may stand before a name in the text and belong to the highlight.
const LEADING_WORDS = [
  "pemerintah kabupaten",
  "pemerintah kota",
  "pemerintah provinsi",
  "pemerintah desa",
  "pemkab",
  "pemkot",
  "pemprov",
  "pemdes",
  "pemerintah",
  "kabupaten",
  "kab.",
  "kota",
  "provinsi",
  "prov.",
  "desa",
  "kelurahan",
  "pt.",
  "pt",
];
const PREFIXES = /^(?:kabupaten|kota|provinsi|desa|kelurahan|pt\.?)\s+/i;
// Per UTF-16 unit, as [\p{L}\p{N}] and \s test a single character; from chars.ts's tables, so the
// lens's first highlight compiles no \p pattern.
const isWordChar = (s: string, i: number) =>
  i >= 0 && i < s.length && (unitClass(s.charCodeAt(i)) & (LETTER | NUMBER)) !== 0;
const isSpaceChar = (s: string, i: number) =>
  i >= 0 && i < s.length && (unitClass(s.charCodeAt(i)) & SPACE) !== 0;

/** Every whole-word, case-insensitive occurrence of `needle` in text[from, to). */
function findWords(lower: string, needle: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const n = needle.toLowerCase();
  if (n === "") return spans;
  for (let at = lower.indexOf(n, from); at >= 0 && at + n.length <= to; at = lower.indexOf(n, at + 1)) {
    if (!isWordChar(lower, at - 1) && !isWordChar(lower, at + n.length))
      spans.push({ start: at, end: at + n.length });
  }
  return spans;
}

/** Extends a name span leftwards over a government/company word written just before it. */
function withLeadingWord(lower: string, span: Span, from: number): Span {
  for (const word of LEADING_WORDS) {
    const start = span.start - word.length - 1;
    if (
      start >= from &&
      lower.startsWith(word, start) &&
      isSpaceChar(lower, span.start - 1) &&
      !isWordChar(lower, start - 1)
    )
      return { start, end: span.end };
  }
  return span;
}

function awardeeSpans(lower: string, evidence: Span, record: Pick<AwardFields, "awardee">): Span[] {
  const full = findWords(lower, record.awardee, evidence.start, evidence.end);
  if (full.length > 0) return full.map((s) => withLeadingWord(lower, s, evidence.start));
  const core = record.awardee.replace(PREFIXES, "").replace(/\s+tbk\.?$/i, "");
  return findWords(lower, core, evidence.start, evidence.end).map((s) =>
    withLeadingWord(lower, s, evidence.start),
  );
}

function rankSpans(lower: string, evidence: Span, record: Pick<AwardFields, "rankLabel">): Span[] {
  if (!record.rankLabel) return [];
  return findWords(lower, record.rankLabel.trim(), evidence.start, evidence.end);
}

const gap = (a: Span, b: Span) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

type Paint = { awardee: Span[]; rank: Span[] };
type PaintOf = (evidence: Span, record: Pick<AwardFields, "awardee" | "rankLabel">) => Paint;

/** The paint of each record of one article: the article is lower-cased once, not per record. */
export function recordSpansIn(text: string): PaintOf {
  const lower = text.toLowerCase();
  return (evidence, record) =>
    nearest(awardeeSpans(lower, evidence, record), rankSpans(lower, evidence, record));
}

/** The record's paint: its awardee and rank spans, and for a sentence naming several winners,
 * only the occurrences nearest each other (the rank that belongs to this awardee). */
export function recordSpans(
  text: string,
  evidence: Span,
  record: Pick<AwardFields, "awardee" | "rankLabel">,
): Paint {
  return recordSpansIn(text)(evidence, record);
}

function nearest(names: Span[], ranks: Span[]): Paint {
  if (names.length === 0 || ranks.length === 0)
    return { awardee: names.slice(0, 1), rank: ranks.slice(0, 1) };
  let best: [Span, Span] | null = null;
  for (const n of names) for (const r of ranks) if (!best || gap(n, r) < gap(best[0], best[1])) best = [n, r];
  return best ? { awardee: [best[0]], rank: [best[1]] } : { awardee: [], rank: [] };
}
