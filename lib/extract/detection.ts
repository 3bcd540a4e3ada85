// Page-level decision: is the page's main subject a Paritrana Award result? Weighs the award's
// name, ceremony and result words next to it, the records found, and look-alikes.
export type DetectionFacts = {
  /** Mentions of the award's name in the title and text. */
  names: number;
  titleNamed: boolean;
  /** Ceremony/result words in sentences naming the award. */
  ceremony: number;
  /** Candidate/interview/selection words in sentences naming the award. */
  process: number;
  /** Mentions of other awards. */
  others: number;
  records: number;
  rankedRecords: number;
  /** What the first sentence naming the award reports (constructions/lead.ts). */
  lead?: "ceremony" | "process" | "future" | null;
  /** Every record found is of an edition before the page's own: the page only recalls them. */
  recalledOnly?: boolean;
};

export function decide(f: DetectionFacts): { isAwardArticle: boolean; score: number } {
  let s = 0;
  if (f.names > 0) s += 0.35 + Math.min(f.names, 5) * 0.03;
  if (f.titleNamed) s += 0.1;
  s += Math.min(f.ceremony, 4) * 0.06;
  s += Math.min(f.records, 3) * 0.06 + Math.min(f.rankedRecords, 2) * 0.05;
  s -= Math.min(f.process, 4) * 0.07;
  if (f.others > 0 && f.names === 0) s -= 0.3;
  if (f.lead === "ceremony") s += 0.15;
  else if (f.lead === "process") s -= 0.15;
  else if (f.lead === "future") s -= 0.25;
  if (f.recalledOnly) s -= 0.25;
  if (f.names === 0 && f.records === 0) s = Math.min(s, 0.1);
  const score = Math.max(0, Math.min(1, Math.round(s * 100) / 100));
  return { isAwardArticle: score >= 0.5, score };
}
