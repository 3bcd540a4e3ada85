// The first and cheapest gate the content script runs on every page: does the text name the award
// at all? Plain substring searches first and the regex only on a hit, built on first use: on a page
// the content script leaves alone, making and first running a regex cost more than reading the text.
import { AWARD_SPELLINGS } from "./award-name";

/** Letters 2–5 of every spelling ("arit", "atri") in lower, upper and capitalised case: a spelling
 * written in any of those casings contains one (checked against AWARD_SPELLINGS by a test). */
export const NAME_HINTS: readonly string[] = ["arit", "atri", "ARIT", "ATRI", "Arit", "Atri"];

let awardName: RegExp | undefined;

/** Whether the text holds a hint of the name: false means it cannot name the award. */
export function hintsAward(text: string): boolean {
  for (let i = 0; i < NAME_HINTS.length; i++) if (text.includes(NAME_HINTS[i] as string)) return true;
  return false;
}

export function mentionsAward(text: string): boolean {
  if (typeof text !== "string" || !hintsAward(text)) return false;
  awardName ??= new RegExp(`\\b(?:${AWARD_SPELLINGS.join("|")})\\b`, "i");
  return awardName.test(text);
}
