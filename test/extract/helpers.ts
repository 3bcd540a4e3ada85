import { extractAwards } from "../../lib/extract/index";

/** Records as compact strings, for readable assertions. */
export function summary(text: string, context = {}) {
  const result = extractAwards(text, context);
  for (const r of result.records) {
    // Every evidence span must point at its own quote.
    if (text.slice(r.evidence.start, r.evidence.end) !== r.evidence.quote)
      throw new Error(`bad span for ${r.awardee}`);
  }
  return {
    ...result,
    lines: result.records.map(
      (r) => `${r.awardee}|${r.awardeeType}|${r.rank}|${r.category}|${r.scope}|${r.province}|${r.year}`,
    ),
  };
}
