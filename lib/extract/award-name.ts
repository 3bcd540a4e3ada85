// The award's name in a token stream, misspellings included.
import type { Token } from "./tokens";

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

export function awardNameAt(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Every spelling starts "pa": most tokens are out after two character reads.
    if (!t?.word || t.lower.charCodeAt(0) !== 112 || t.lower.charCodeAt(1) !== 97) continue;
    if (AWARD_WORD.test(t.lower.endsWith("-award") ? t.lower.slice(0, -6) : t.lower)) out.push(i);
  }
  return out;
}
