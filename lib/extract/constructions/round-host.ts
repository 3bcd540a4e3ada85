// Refiner: a provincial round is held by its province; it awards regencies, cities, villages and
// businesses, never the province's own government. "Pemerintah Provinsi X" in such a round's
// sentences (the host thanked, the host's programme) is no winner unless the sentence speaks of
// the national round.
import type { AwardeeMention } from "../awardees";
import { provinceNamed } from "../scope";

export function isRoundHost(a: AwardeeMention, roundProvince: string | null): boolean {
  if (a.awardeeType !== "provinsi" || roundProvince === null) return false;
  const name = a.awardee.replace(/^Provinsi /, "");
  return (provinceNamed(name) ?? name) === roundProvince;
}
