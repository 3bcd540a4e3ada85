// Turns the extractor's evidence span into what the store keeps: the quote with a little context
// on each side, so a highlight can be re-anchored later even when offsets drift (Hypothesis-style).
import { isHighSurrogate, isLowSurrogate } from "../extract/chars";
import type { Evidence, ExtractedRecord, RecordToSave, StoredEvidence } from "./schema";

export function toStoredEvidence(text: string, evidence: Evidence, context = 32): StoredEvidence {
  const { start, end, quote } = evidence;
  if (start < 0 || end > text.length || start > end || text.slice(start, end) !== quote) {
    throw new Error(`evidence [${start}, ${end}) does not match the article text`);
  }
  let from = Math.max(0, start - context);
  // Never cut a surrogate pair in half: the context must stay valid text.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from -= 1;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to += 1;
  return { quote, prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

/** The extractor's records as the store takes them: each with its re-anchorable evidence. */
export function toRecordsToSave(text: string, records: readonly ExtractedRecord[]): RecordToSave[] {
  return records.map(({ evidence, ...fields }) => ({
    ...fields,
    evidence: toStoredEvidence(text, evidence),
  }));
}
