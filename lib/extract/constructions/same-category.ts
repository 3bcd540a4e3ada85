// A category named again by reference: "B meraih juara II kategori yang sama", "di kategori
// serupa" — the category of the result just before. The phrase becomes a mention of that category
// where it is written, so the sentence's own rules place it among its names.
import { CATEGORY_HEADS, SAME_WORDS } from "../../lexicon/categories";
import type { CategoryMention } from "../categories";
import type { Tokens } from "../tokens";
import { CATEGORY_WORD, kindOf } from "../word-kinds";

export function sameCategory(tokens: Tokens, earlier: CategoryMention | null): CategoryMention | null {
  if (!earlier) return null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!(kindOf(tokens, i) & CATEGORY_WORD) || !CATEGORY_HEADS.has(tokens.lower(i))) continue;
    const at = tokens.lower(i + 1) === "yang" ? i + 2 : i + 1;
    if (SAME_WORDS.has(tokens.lower(at))) return { ...earlier, from: i, to: at + 1 };
  }
  return null;
}
