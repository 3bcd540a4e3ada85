// Ordered lists: places read from the order of the names rather than from a rank word beside
// each one. "dimenangkan oleh A, disusul B dan C" (order word), and "A, kedua B dan ketiga C"
// (a podium whose first place carries no word).
import { FIRST_PLACE_VERBS, MAX_LISTED_RANK, MAX_WINNING_RANK } from "../../lexicon/ranks";
import type { AwardeeMention } from "../awardees";
import type { RankMention } from "../ranks";
import type { Tokens } from "../tokens";
import { firstWithKind, ORDER, RESPECTIVE } from "../word-kinds";

export type Places = { ranks: (number | null)[]; labels: (string | null)[] };

/** "dimenangkan oleh A disusul B dan C": A first (or its stated place), then one more per name. */
export function placesByOrderWord(tokens: Tokens, awardees: AwardeeMention[], places: Places): void {
  const orderAt = firstWithKind(tokens, ORDER);
  if (orderAt < 0) return;
  let firstVerb = -1;
  for (let i = 0; i < tokens.length && firstVerb < 0; i++)
    if (tokens.word(i) && FIRST_PLACE_VERBS.has(tokens.lower(i))) firstVerb = i;
  let lead: number | null = null;
  awardees.forEach((a, k) => {
    if (a.to <= orderAt) lead = k;
  });
  if (lead === null) return;
  const { ranks, labels } = places;
  let base = ranks[lead] ?? (firstVerb >= 0 || ranks.every((r) => r === null) ? 1 : null);
  if (base !== null && ranks[lead] === null) {
    ranks[lead] = base;
    labels[lead] = firstVerb >= 0 ? tokens.text(firstVerb) : null;
  }
  const orderLabel = tokens.text(orderAt);
  awardees.forEach((a, k) => {
    if (a.from > orderAt && base !== null && ranks[k] === null) {
      base += 1;
      ranks[k] = base;
      labels[k] = orderLabel;
    }
  });
}

/** "yakni A, kedua B dan ketiga C": the name before a run of bare ordinals from "kedua" is first. */
export function implicitFirstPlace(
  awardees: AwardeeMention[],
  rankMentions: RankMention[],
  places: Places,
): void {
  const bare = rankMentions.filter((r) => r.bare);
  if (bare.length === 0 || rankMentions.some((r) => r.rank === 1)) return;
  const second = bare.find((r) => r.rank === 2);
  if (!second) return;
  const before = awardees.filter((a) => a.to <= second.from);
  const lead = before.at(-1);
  if (!lead || before.length !== 1) return;
  const k = awardees.indexOf(lead);
  if (places.ranks[k] === null) places.ranks[k] = 1;
}

/** "A dan B masing-masing meraih juara kedua dan ketiga" (or "… kedua dan ketiga masing-masing",
 * or with no such word, "A, B dan C meraih juara pertama, kedua dan ketiga"): the names before the
 * places take them in order; after "masing-masing", one place after several names is each one's. */
export function placesRespectively(
  tokens: Tokens,
  awardees: AwardeeMention[],
  rankMentions: RankMention[],
  places: Places,
): void {
  const said = firstWithKind(tokens, RESPECTIVE) >= 0;
  const firstPlace = rankMentions.find((r) => r.rank !== null);
  if (!firstPlace) return;
  const named = awardees.filter((a) => a.to <= firstPlace.from);
  const last = named.at(-1);
  const stated = rankMentions.filter((r) => r.rank !== null && last !== undefined && r.from >= last.to);
  if (named.length < 2 || (stated.length !== named.length && !(said && stated.length === 1))) return;
  if (!said && awardees.length !== named.length) return;
  named.forEach((a, n) => {
    const k = awardees.indexOf(a);
    const place = (stated.length === 1 ? stated[0] : stated[n]) as RankMention;
    places.ranks[k] = place.rank;
    places.labels[k] = place.label;
  });
}

/** "A meraih dua penghargaan, yakni peringkat II kategori X dan peringkat III kategori Y yang
 * diraih B": where the sentence states exactly one place per name, the places no name took in its
 * own clause go, in order, to the names left without one. */
export function placesInOrder(awardees: AwardeeMention[], rankMentions: RankMention[], places: Places): void {
  const stated = rankMentions.filter((r) => r.rank !== null && !r.bare);
  if (awardees.length < 2 || stated.length !== awardees.length) return;
  const taken = new Map<string, number>();
  places.ranks.forEach((rank, k) => {
    const key = `${rank}\u0000${places.labels[k]}`;
    if (rank !== null) taken.set(key, (taken.get(key) ?? 0) + 1);
  });
  const free = stated.filter((r) => {
    const key = `${r.rank}\u0000${r.label}`;
    const n = taken.get(key) ?? 0;
    if (n > 0) taken.set(key, n - 1);
    return n === 0;
  });
  const left = places.ranks.flatMap((rank, k) => (rank === null ? [k] : []));
  if (free.length !== left.length) return;
  left.forEach((k, n) => {
    places.ranks[k] = (free[n] as RankMention).rank;
    places.labels[k] = (free[n] as RankMention).label;
  });
}

/** The highest place kept: a sentence that ranks 1, 2 and 3 may go on ("ke empat", "ke lima"). */
export function highestPlace(places: Places): number {
  const has = new Set(places.ranks);
  return has.has(1) && has.has(2) && has.has(3) ? MAX_LISTED_RANK : MAX_WINNING_RANK;
}
