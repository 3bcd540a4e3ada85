// The award's name in a token stream, misspellings included.
import type { Token } from "./tokens";

/** "Paritrana" and the misspellings outlets print: Patriana, Paritana, Paritna, Patrirana. */
export const AWARD_WORD =
  /^(?:paritrana|paritana|paritna|patriana|patrirana|paritrna|paritranna|pariterana)$/;

export function awardNameAt(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.word && AWARD_WORD.test(t.lower.replace(/-award$/, ""))) out.push(i);
  }
  return out;
}
