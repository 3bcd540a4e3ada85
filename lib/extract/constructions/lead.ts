// The lead: the first sentence that names the award tells what the page is about. A ceremony
// held or a prize taken with its edition ("menggelar penganugerahan Paritrana Award 2025",
// "meraih Paritrana Award 2024") makes a result article even where the excerpt names no winner;
// a process ("sosialisasi", "berpeluang", "diusulkan") or a ceremony still to come ("bakal
// menggelar") makes a look-alike, as does a lead that explains what the award is ("Paritrana
// Award merupakan bentuk apresiasi …").
import type { Prepared } from "../prepare";
import { type Tokens, titleCased } from "../tokens";
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
/** "Paritrana Award merupakan …", "… adalah …": the lead defines the award. */
const DEFINES = new Set(["merupakan", "adalah", "ialah"]);
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

/** Whether the award's name opens the sentence (after a dateline in capitals, if any) and a
 * defining verb follows it. */
function defines(tokens: Tokens, nameAt: number[]): boolean {
  const at = nameAt[0] ?? -1;
  if (at < 0) return false;
  for (let i = 0; i < at; i++)
    if (tokens.word(i) && tokens.text(i) !== tokens.text(i).toUpperCase()) return false;
  for (let i = at + 1; i < tokens.length && i <= at + 3; i++) if (DEFINES.has(tokens.lower(i))) return true;
  return false;
}

/** A headline or caption: short, title-cased, and no verb the lead is read by. */
function headline(s: Prepared): boolean {
  return (
    !(s.kinds & (CEREMONY | GIVER | WIN | PROCESS)) && s.tokens.length <= 24 && titleCased(s.tokens, 0.7)
  );
}

export function leadOf(sentences: Prepared[]): Lead {
  const lead = sentences.find((s) => s.nameAt.length > 0 && !headline(s));
  if (!lead) return null;
  if (hasAny(lead.tokens, PROCESS_LEAD) || defines(lead.tokens, lead.nameAt)) return "process";
  if (future(lead.tokens)) return "future";
  let ceremony = false;
  for (let i = 0; i < lead.tokens.length && !ceremony; i++)
    ceremony = (kindOf(lead.tokens, i) & (CEREMONY | GIVER | WIN)) !== 0;
  return ceremony && editionYears(lead.tokens, lead.nameAt).length > 0 ? "ceremony" : null;
}
