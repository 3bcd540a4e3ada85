// Refiner: a name the awardee step read inside a rank or category phrase is part of that phrase
// ("Terbaik I", "Sektor Manufaktur dan Konstruksi", "Katagori Perusahaan Besar"), not a winner.
import type { AwardeeMention } from "../awardees";
import type { CategoryMention } from "../categories";
import type { RankMention } from "../ranks";

type Span = { from: number; to: number };
const inside = (a: Span, b: Span) => a.from < b.to && b.from < a.to;

export function dropPhraseOverlaps(
  awardees: AwardeeMention[],
  ranks: RankMention[],
  categories: CategoryMention[],
): AwardeeMention[] {
  if (ranks.length === 0 && categories.length === 0) return awardees;
  return awardees.filter(
    (a) =>
      !ranks.some((r) => inside(a, r)) &&
      // A government named with its prefix may start inside "pemerintah provinsi …".
      !(!a.prefixed && categories.some((c) => inside(a, c))),
  );
}
