// The lead: the first sentence that names the award tells what the page is about. A ceremony
// held or a prize taken with its edition ("menggelar penganugerahan Paritrana Award 2025",
// "meraih Paritrana Award 2024") makes a result article even where the excerpt names no winner;
// a process ("sosialisasi", "berpeluang", "diusulkan") or a ceremony still to come ("bakal
// menggelar") makes a look-alike.
import type { Prepared } from "../prepare";
import type { Tokens } from "../tokens";
import { CEREMONY, GIVER, kindOf, PROCESS, WIN } from "../word-kinds";
import { editionYears } from "../years";

export type Lead = "ceremony" | "process" | "future" | null;

/** Process words that make a lead about the way to a result, not the result. */
const PROCESS_LEAD = new Set([
  "berpeluang",
  "nominasi",
  "kandidat",
  "seleksi",
  "sosialisasi",
  "diusulkan",
  "keikutsertaan",
  "wawancara",
  "verifikasi",
  "calon",
  "finalis",
]);
const FUTURE = new Set(["bakal", "akan", "segera"]);
const HELD = new Set([
  "gelar",
  "menggelar",
  "digelar",
  "diselenggarakan",
  "menyelenggarakan",
  "dilaksanakan",
]);

function hasAny(tokens: Tokens, words: Set<string>): boolean {
  for (let i = 0; i < tokens.length; i++) if (words.has(tokens.lower(i))) return true;
  return false;
}

function future(tokens: Tokens): boolean {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (FUTURE.has(tokens.lower(i)) && HELD.has(tokens.lower(i + 1))) return true;
  return false;
}

export function leadOf(sentences: Prepared[]): Lead {
  const lead = sentences.find((s) => s.nameAt.length > 0);
  if (!lead) return null;
  if (lead.kinds & PROCESS && hasAny(lead.tokens, PROCESS_LEAD)) return "process";
  if (future(lead.tokens)) return "future";
  let ceremony = false;
  for (let i = 0; i < lead.tokens.length && !ceremony; i++)
    ceremony = (kindOf(lead.tokens, i) & (CEREMONY | GIVER | WIN)) !== 0;
  return ceremony && editionYears(lead.tokens, lead.nameAt).length > 0 ? "ceremony" : null;
}
