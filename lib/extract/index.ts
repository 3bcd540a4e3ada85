// Article text → award records with evidence. Pure: no DOM, no browser API; never throws.
import type { ExtractedRecord } from "../records/schema";
import { mentionsAward } from "./quick-check";

export type ExtractionContext = { title?: string | null; publishedAt?: string | null };
export type ExtractionResult = { isAwardArticle: boolean; score: number; records: ExtractedRecord[] };

const RESULT_WORDS = /\b(?:meraih|menerima|raih|terima|memperoleh|dianugerahi|juara|peringkat)\b/i;

export function extractAwards(text: string, context: ExtractionContext = {}): ExtractionResult {
  try {
    if (typeof text !== "string") return { isAwardArticle: false, score: 0, records: [] };
    const head = `${context.title ?? ""}\n${text}`;
    const named = mentionsAward(head);
    const result = named && RESULT_WORDS.test(text);
    return { isAwardArticle: result, score: result ? 0.6 : named ? 0.3 : 0, records: [] };
  } catch {
    return { isAwardArticle: false, score: 0, records: [] };
  }
}
