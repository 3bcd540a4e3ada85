// The award's name in a token stream, misspellings included.
import type { Tokens } from "./tokens";

/** "Paritrana" and the misspellings outlets print: Patriana, Paritana, Paritna, Patrirana. */
export const AWARD_SPELLINGS = [
  "paritrana",
  "paritana",
  "paritna",
  "patriana",
  "patrirana",
  "paritrna",
  "paritranna",
  "pariterana",
];
export const AWARD_WORD = /* @__PURE__ */ new RegExp(`^(?:${AWARD_SPELLINGS.join("|")})$`);

export function awardNameAt(tokens: Tokens): number[] {
  const out: number[] = [];
  const src = tokens.store.source;
  for (let i = 0; i < tokens.length; i++) {
    // Every spelling starts "pa": most tokens are out after two character reads.
    if (!tokens.word(i)) continue;
    const a = tokens.start(i);
    if ((src.charCodeAt(a) | 32) !== 112 || (src.charCodeAt(a + 1) | 32) !== 97) continue;
    const lower = tokens.lower(i);
    if (lower.charCodeAt(0) !== 112 || lower.charCodeAt(1) !== 97) continue;
    if (AWARD_WORD.test(lower.endsWith("-award") ? lower.slice(0, -6) : lower)) out.push(i);
  }
  return out;
}
