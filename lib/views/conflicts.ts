// Where sources disagree. Two kinds, both about one award as the organiser gave it:
// - place: the articles of one record gave the awardee different places in one round, year and
//   category (the record keeps the first article's place, so the other would pass unseen);
// - year: two records say the same win (awardee, round, category, place) under years one apart,
//   from different articles published close together — one ceremony labelled two years. A repeat
//   win reported in different seasons, or an article recalling both years, is not a conflict.
// The reader settles a place by correcting it; a year by correcting the other record's year, after
// which the store's same-award rule makes the two one record. Nothing here changes a record.
import { awardeeKey, provinceKey } from "../records/same-award";
import type { AwardFields } from "../records/schema";
import type { TableRow } from "../table/rows";
import { historyKey } from "./awardee";

export interface Reading {
  /** The place (kind "rank") or the year (kind "year") this reading states. */
  value: number;
  /** The records that state it (one for a place: the record whose articles disagree). */
  ids: string[];
  /** The articles that state it. */
  articles: string[];
}

export interface Conflict {
  kind: "rank" | "year";
  /** Stable while the same records disagree: "rank:id" or "year:id1,id2". */
  key: string;
  ids: string[];
  /** Two or more, in value order. */
  readings: Reading[];
}

/** Articles about one ceremony appear within this many days of each other. */
export const SAME_EVENT_DAYS = 60;

function rankConflict(row: TableRow): Conflict | null {
  if (row.correctedFields.includes("rank")) return null; // the reader has decided
  // Most records: every article gave the same place (or one article); nothing to build.
  let first: number | null = null;
  let differs = false;
  for (const { rank } of row.readings) {
    if (rank === null) continue;
    if (first === null) first = rank;
    else if (rank !== first) differs = true;
  }
  if (!differs) return null;
  const byRank = new Map<number, string[]>();
  for (const reading of row.readings) {
    if (reading.rank === null) continue;
    const articles = byRank.get(reading.rank) ?? [];
    if (!articles.includes(reading.article)) articles.push(reading.article);
    byRank.set(reading.rank, articles);
  }
  if (byRank.size < 2) return null;
  const readings = [...byRank]
    .sort(([a], [b]) => a - b)
    .map(([value, articles]) => ({ value, ids: [row.id], articles }));
  return { kind: "rank", key: `rank:${row.id}`, ids: [row.id], readings };
}

const winKey = (row: TableRow) =>
  [
    historyKey(row.awardee, row.awardeeType),
    row.category ?? "",
    row.scope ?? "",
    row.scope === "provinsi" && row.province ? provinceKey(row.province) : "",
  ].join("|");

function sameWinDifferentYear(a: TableRow, b: TableRow): boolean {
  if (a.year === null || b.year === null || Math.abs(a.year - b.year) !== 1) return false;
  if (a.rank !== null && b.rank !== null && a.rank !== b.rank) return false;
  if (a.correctedFields.includes("year") && b.correctedFields.includes("year")) return false;
  const articles = new Set(a.readings.map((r) => r.article));
  // One article stating both years reports two wins.
  if (b.readings.some((r) => articles.has(r.article))) return false;
  return a.readings.some(({ day: x }) =>
    b.readings.some(({ day: y }) => x !== null && y !== null && Math.abs(x - y) <= SAME_EVENT_DAYS),
  );
}

function yearConflicts(rows: readonly TableRow[]): Conflict[] {
  const groups = new Map<string, TableRow[]>();
  for (const row of rows) {
    if (row.year === null || row.readings.length === 0) continue;
    const key = winKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const out: Conflict[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // Records linked by a disagreement, joined transitively (2018 ~ 2019 ~ 2020 is one question).
    const parent = group.map((_, i) => i);
    const root = (i: number): number => {
      let r = i;
      while (parent[r] !== r) r = parent[r] as number;
      return r;
    };
    // Only years one apart can disagree: each record meets the next year's records, not the group's.
    const atYear = new Map<number, number[]>();
    group.forEach((row, i) => {
      const year = row.year as number;
      const same = atYear.get(year);
      if (same) same.push(i);
      else atYear.set(year, [i]);
    });
    group.forEach((row, i) => {
      for (const j of atYear.get((row.year as number) + 1) ?? [])
        if (sameWinDifferentYear(row, group[j] as TableRow)) parent[root(j)] = root(i);
    });
    const parts = new Map<number, TableRow[]>();
    group.forEach((row, i) => {
      const r = root(i);
      const part = parts.get(r);
      if (part) part.push(row);
      else parts.set(r, [row]);
    });
    for (const part of parts.values()) {
      if (part.length < 2) continue;
      const byYear = new Map<number, Reading>();
      for (const row of part) {
        const reading = byYear.get(row.year as number) ?? {
          value: row.year as number,
          ids: [],
          articles: [],
        };
        reading.ids.push(row.id);
        for (const r of row.readings)
          if (!reading.articles.includes(r.article)) reading.articles.push(r.article);
        byYear.set(row.year as number, reading);
      }
      const ids = part.map((r) => r.id).sort();
      out.push({
        kind: "year",
        key: `year:${ids.join(",")}`,
        ids,
        readings: [...byYear.values()].sort((a, b) => a.value - b.value),
      });
    }
  }
  return out;
}

/** Every disagreement among the active records. */
export function findConflicts(rows: readonly TableRow[]): Conflict[] {
  const active = rows.filter((r) => r.status !== "rejected");
  const out: Conflict[] = [];
  for (const row of active) {
    const conflict = rankConflict(row);
    if (conflict) out.push(conflict);
  }
  return [...out, ...yearConflicts(active)];
}

/** The conflicts each record is part of, by record id. */
export function conflictsById(conflicts: readonly Conflict[]): Map<string, Conflict[]> {
  const byId = new Map<string, Conflict[]>();
  for (const conflict of conflicts)
    for (const id of conflict.ids) byId.set(id, [...(byId.get(id) ?? []), conflict]);
  return byId;
}

/** A correction the reader's choice makes: the store applies it by its usual rules. */
export interface Resolution {
  id: string;
  patch: Partial<AwardFields>;
}

/**
 * What choosing a reading corrects. A place: the record's place (with the chosen article's label).
 * A year: every record of another year takes the chosen year (and the chosen record's name, where
 * its spelling would keep it apart), so the store makes them one record with all their sources.
 */
export function resolutionOf(
  conflict: Conflict,
  chosen: Reading,
  rows: ReadonlyMap<string, TableRow>,
  rankLabel: string | null = null,
): Resolution[] {
  if (conflict.kind === "rank") {
    return conflict.ids.map((id) => ({ id, patch: { rank: chosen.value, rankLabel } }));
  }
  const target = rows.get(chosen.ids[0] as string);
  if (!target) return [];
  const targetKey = awardeeKey(target.awardee, target.awardeeType);
  const out: Resolution[] = [];
  for (const id of conflict.ids) {
    const row = rows.get(id);
    if (!row || chosen.ids.includes(id)) continue;
    const patch: Partial<AwardFields> = { year: chosen.value };
    if (awardeeKey(row.awardee, row.awardeeType) !== targetKey) {
      patch.awardee = target.awardee;
      patch.awardeeType = target.awardeeType;
    }
    out.push({ id, patch });
  }
  return out;
}
