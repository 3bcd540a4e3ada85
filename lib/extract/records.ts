// One sentence's mentions → award records: pairs awardees with places (same clause first, then
// order words), picks each one's category, year and scope.

import type { ExtractedRecord } from "../records/schema";
import { impliedCategory } from "../records/vocabulary";
import type { AwardeeMention } from "./awardees";
import type { CategoryMention } from "./categories";
import {
  highestPlace,
  implicitFirstPlace,
  placesByOrderWord,
  placesInOrder,
  placesRespectively,
} from "./constructions/ordered-list";
import type { RankMention } from "./ranks";
import type { Tokens } from "./tokens";
import { firstWithKind, ORDER } from "./word-kinds";

export type SentenceFacts = {
  tokens: Tokens;
  start: number;
  end: number;
  text: string;
  awardees: AwardeeMention[];
  ranks: RankMention[];
  categories: CategoryMention[];
  /** Category from a list header line ("Kategori Desa") above this sentence. */
  headerCategory: CategoryMention | null;
  years: { year: number; at: number }[];
  scope: "provinsi" | "nasional";
  province: string | null;
};

const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  "dan",
  "serta",
  "sedangkan",
  "sementara",
  "kemudian",
  "selanjutnya",
]);

/** Each token's clause: the number of clause breaks before it (one pass, asked per pair below). */
function clauses(tokens: Tokens): Int32Array {
  const out = new Int32Array(tokens.length + 1);
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    out[k] = c;
    if (!tokens.paren(k) && CLAUSE_BREAKS.has(tokens.word(k) ? tokens.lower(k) : tokens.text(k))) c++;
  }
  out[tokens.length] = c;
  return out;
}

function pickRank(
  f: SentenceFacts,
  a: AwardeeMention,
  index: number,
  orderAt: number,
  clauseOf: (i: number) => number,
): RankMention | null {
  // An order word ("diikuti oleh") separates the first place from those that follow.
  const placed = orderAt < 0 ? f.ranks : f.ranks.filter((r) => r.from > orderAt === a.from > orderAt);
  if (placed.length === 0) return null;
  if (placed.length === 1 && f.awardees.length === 1 && !placed[0]?.bare) return placed[0] ?? null;
  const clause = clauseOf(a.from);
  const same = placed.filter((r) => clauseOf(r.from) === clause);
  const near = (list: RankMention[]) =>
    list.reduce<RankMention | null>((best, r) => {
      const d = r.from >= a.to ? r.from - a.to : a.from - r.to;
      const bd = best ? (best.from >= a.to ? best.from - a.to : a.from - best.to) : Infinity;
      return d < bd ? r : best;
    }, null);
  if (same.length) return near(same);
  // A rank alone in the clause just before ("Juara pertama, X").
  const prev = placed.filter((r) => clauseOf(r.from) === clause - 1);
  const prevHasAwardee = f.awardees.some((o, k) => k !== index && clauseOf(o.from) === clause - 1);
  if (prev.length && !prevHasAwardee) return near(prev);
  return null;
}

/**
 * A sentence either names each category before its winners ("sektor X diraih A, sektor Y diraih
 * B") or after them ("A sebagai juara I kategori X, B … kategori Y"); the first awardee tells which.
 */
function pickCategory(f: SentenceFacts, index: number): CategoryMention | null {
  const a = f.awardees[index] as AwardeeMention;
  const prev = f.awardees[index - 1];
  const next = f.awardees[index + 1];
  const business = f.categories.filter((c) => c.gov === null);
  const first = f.awardees[0] as AwardeeMention;
  const leading = business.some((c) => c.to <= first.from);
  const sector = (list: CategoryMention[]) =>
    list.filter((c) => c.code.startsWith("sektor:")).at(-1) ?? list.at(-1) ?? null;
  const window = business.filter((c) => c.to <= a.from && (!prev || c.from >= prev.to));
  if (leading && window.length) return sector(window);
  if (leading) return sector(business.filter((c) => c.to <= a.from).slice(-1));
  const after = business.find((c) => c.from >= a.to && (!next || c.from < next.from));
  if (after) return after;
  const before = business.filter((c) => c.to <= a.from);
  const last = before.at(-1);
  if (last) return sector(before.filter((c) => c.from >= last.from - 12));
  if (f.headerCategory && f.headerCategory.gov === null) return f.headerCategory;
  return null;
}

export function sentenceRecords(f: SentenceFacts): ExtractedRecord[] {
  const out: ExtractedRecord[] = [];
  const orderAt = firstWithKind(f.tokens, ORDER);
  // Counted on first need: one awardee with one rank (most sentences) needs no clauses.
  let clauseAt: Int32Array | null = null;
  const clauseOf = (i: number) => {
    clauseAt ??= clauses(f.tokens);
    return clauseAt[Math.min(i, f.tokens.length)] as number;
  };
  const ranks = f.awardees.map((a, k) => pickRank(f, a, k, orderAt, clauseOf));
  const rankValues: (number | null)[] = ranks.map((r) => r?.rank ?? null);
  const rankLabels: (string | null)[] = ranks.map((r) => r?.label ?? null);
  const places = { ranks: rankValues, labels: rankLabels };
  placesByOrderWord(f.tokens, f.awardees, places);
  implicitFirstPlace(f.awardees, f.ranks, places);
  placesRespectively(f.tokens, f.awardees, f.ranks, places);
  placesInOrder(f.awardees, f.ranks, places);
  const highest = highestPlace(places);
  f.awardees.forEach((a, k) => {
    const rank = rankValues[k] ?? null;
    if (rank !== null && rank > highest) return;
    const gov = impliedCategory(a.awardeeType);
    let category: string | null = gov;
    let categoryLabel: string | null = null;
    if (gov) {
      const govMention =
        f.categories.find((c) => c.code === gov) ??
        (f.headerCategory?.code === gov ? f.headerCategory : null);
      categoryLabel = govMention?.label ?? null;
    } else {
      const c = pickCategory(f, k);
      category = c?.code ?? (a.smallBusiness ? "usaha_kecil_mikro" : null);
      categoryLabel = c?.label ?? null;
    }
    const national = a.awardeeType === "provinsi";
    const scope = national ? "nasional" : f.scope;
    const years =
      f.years.length === 0
        ? [null]
        : f.awardees.length === 1
          ? [...new Set(f.years.map((y) => y.year))].slice(0, 3)
          : [nearestYear(f, a)];
    const byYear = years.length > 1 ? placesByYear(f) : null;
    for (const year of years) {
      const own = year !== null ? byYear?.get(year) : undefined;
      out.push({
        awardee: plain(a.awardee),
        awardeeType: a.awardeeType,
        rank: own ? own.rank : rank,
        rankLabel: plainOrNull(own ? own.label : rankLabels[k]),
        category,
        categoryLabel: plainOrNull(categoryLabel),
        scope,
        province: scope === "provinsi" ? f.province : null,
        year,
        evidence: { start: f.start, end: f.end, quote: f.text },
      });
    }
  });
  return out;
}

/** Text cut from the page as a reader reads it: no invisible characters, single plain spaces. */
const plain = (s: string) =>
  ALREADY_PLAIN.test(s)
    ? s
    : s
        .replace(/\p{Cf}/gu, "")
        .replace(/\s+/g, " ")
        .trim();
/** Printable ASCII words with single plain spaces between them: what most names are already. */
const ALREADY_PLAIN = /^(?:[!-~]+ )*[!-~]+$/;
const plainOrNull = (s: string | null | undefined) => (s == null ? null : plain(s));

/** "pada 2022 meraih peringkat pertama, dan pada 2021 peringkat ketiga" (or "juara I pada 2022
 * serta juara III pada 2021"): one winner's record of years, each year with the place written
 * after it, or else each with the place before it. Null unless every year has one. */
function placesByYear(f: SentenceFacts): Map<number, RankMention> | null {
  const placed = f.ranks.filter((r) => r.rank !== null);
  if (placed.length < 2) return null;
  const years = [...f.years].sort((x, y) => x.at - y.at);
  const wanted = new Set(years.map((y) => y.year)).size;
  for (const after of [true, false]) {
    const out = new Map<number, RankMention>();
    years.forEach((y, n) => {
      const from = after ? y.at : (years[n - 1]?.at ?? -1);
      const to = after ? (years[n + 1]?.at ?? Infinity) : y.at;
      const place = placed.find((r) => r.from > from && r.from < to);
      if (place && !out.has(y.year)) out.set(y.year, place);
    });
    if (out.size === wanted) return out;
  }
  return null;
}

/** A year governs the names after it ("pada tahun 2019 A meraih …, tahun 2020 B …"): the last
 * year before the awardee with no other awardee between them, else the nearest year. */
function nearestYear(f: SentenceFacts, a: AwardeeMention): number | null {
  let before: { year: number; at: number } | null = null;
  for (const y of f.years) if (y.at < a.from && (!before || y.at > before.at)) before = y;
  if (before && !f.awardees.some((o) => o !== a && o.from > (before as { at: number }).at && o.to <= a.from))
    return before.year;
  let best: { year: number; d: number } | null = null;
  for (const y of f.years) {
    const d = Math.abs(y.at - a.from);
    if (!best || d < best.d) best = { year: y.year, d };
  }
  return best?.year ?? null;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[.,"'’‘“”()]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^pt /, "")
    .replace(/ tbk$/, "");

/** One record per award: the same awardee and year, compatible otherwise, keeps the most informed. */
export function mergeRecords(records: ExtractedRecord[]): ExtractedRecord[] {
  const out: ExtractedRecord[] = [];
  const info = (r: ExtractedRecord) =>
    (r.rank !== null ? 4 : 0) + (r.category !== null ? 2 : 0) + (r.categoryLabel ? 1 : 0);
  // Output indexes by normalised name: each record compares only with its namesakes (linear).
  const byName = new Map<string, number[]>();
  // An article names its winners again and again: each name is normalised once.
  const keys = new Map<string, string>();
  for (const r of records) {
    let k = keys.get(r.awardee);
    if (k === undefined) {
      k = norm(r.awardee);
      keys.set(r.awardee, k);
    }
    const same = byName.get(k) ?? [];
    const i =
      same.find((j) => {
        const o = out[j] as ExtractedRecord;
        return (
          o.year === r.year &&
          (o.category === r.category || o.category === null || r.category === null) &&
          o.scope === r.scope
        );
      }) ?? -1;
    if (i < 0) {
      same.push(out.length);
      byName.set(k, same);
      out.push(r);
    } else if (info(r) > info(out[i] as ExtractedRecord)) out[i] = r;
  }
  return out;
}
