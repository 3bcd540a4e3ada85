// Ranked items in parentheses after a category: "Kategori Pemda (terbaik 3 X, terbaik 2 Y,
// terbaik 1 Z)". Elsewhere a parenthesis holds an aside (an acronym, a place), which the awardee
// step skips; after a category with places inside, it is the category's list.
import { type AwardeeContext, type AwardeeMention, findAwardees } from "../awardees";
import type { CategoryMention } from "../categories";
import type { RankMention } from "../ranks";
import { Tokens } from "../tokens";

/** The parenthesis's tokens read as plain text (none of them counts as inside a parenthesis). */
class Unbracketed extends Tokens {
  override paren(): boolean {
    return false;
  }
}

/** Longest list read inside one parenthesis, in tokens. */
const MAX_INSIDE = 60;

export function parenthesisedList(
  tokens: Tokens,
  text: string,
  base: number,
  found: { categories: CategoryMention[]; ranks: RankMention[]; businessContext: boolean },
  ctx: AwardeeContext,
): AwardeeMention[] {
  const out: AwardeeMention[] = [];
  for (const c of found.categories) {
    const open = c.to;
    if (!tokens.is(open, 40)) continue;
    let close = open + 1;
    while (close < tokens.length && close <= open + MAX_INSIDE && !tokens.is(close, 41)) close++;
    if (!tokens.is(close, 41)) continue;
    const inside = found.ranks.filter((r) => r.from > open && r.to <= close);
    if (inside.length === 0) continue;
    const view = new Unbracketed(tokens.store, tokens.first + open + 1, close - open - 1);
    const shift = open + 1;
    for (const a of findAwardees(view, text, base, ctx, {
      rankEnds: new Set(inside.map((r) => r.to - shift)),
      businessContext: found.businessContext,
      slotFrom: 0,
    }))
      out.push({ ...a, from: a.from + shift, to: a.to + shift });
  }
  return out;
}
