// The first and cheapest gate the content script runs on every page: does the text name the award
// at all? One linear regex over the text, no allocation beyond the match.
import { AWARD_SPELLINGS } from "./award-name";

const AWARD_NAME = new RegExp(`\\b(?:${AWARD_SPELLINGS.join("|")})\\b`, "i");

export function mentionsAward(text: string): boolean {
  return typeof text === "string" && AWARD_NAME.test(text);
}
