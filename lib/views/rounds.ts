// Rounds and their results sheets. A round is one year's national round, or one province's round
// of a year; its sheet is what an organiser publishes: one row per category, places across.
import { provinceKey } from "../records/same-award";
import { FIXED_CATEGORIES, type Scope } from "../records/vocabulary";
import type { TableRow } from "../table/rows";

export interface Round {
  key: string;
  scope: Scope;
  /** The province as most of its records write it; null for the national round. */
  province: string | null;
  year: number;
  /** Active records in the round. */
  count: number;
}

/** The round a record belongs to, or null when its year, level or (provincial) province is unknown. */
export function roundKeyOf(row: Pick<TableRow, "year" | "scope" | "province">): string | null {
  if (row.year === null || row.scope === null) return null;
  if (row.scope === "nasional") return `${row.year}|nasional`;
  return row.province ? `${row.year}|provinsi|${provinceKey(row.province)}` : null;
}

/** Every round the active records name, newest year first, the national round before the provinces. */
export function listRounds(rows: readonly TableRow[]): Round[] {
  const rounds = new Map<string, Round & { spellings: Map<string, number> }>();
  for (const row of rows) {
    if (row.status === "rejected") continue;
    const key = roundKeyOf(row);
    if (key === null) continue;
    let round = rounds.get(key);
    if (!round) {
      round = {
        key,
        scope: row.scope as Scope,
        province: null,
        year: row.year as number,
        count: 0,
        spellings: new Map(),
      };
      rounds.set(key, round);
    }
    round.count++;
    if (row.scope === "provinsi" && row.province)
      round.spellings.set(row.province, (round.spellings.get(row.province) ?? 0) + 1);
  }
  const out: Round[] = [];
  for (const { spellings, ...round } of rounds.values()) {
    let best: string | null = null;
    for (const [name, n] of spellings) if (best === null || n > (spellings.get(best) ?? 0)) best = name;
    out.push({ ...round, province: best });
  }
  return out.sort(
    (a, b) =>
      b.year - a.year ||
      Number(a.scope === "provinsi") - Number(b.scope === "provinsi") ||
      (a.province ?? "").localeCompare(b.province ?? "", "id"),
  );
}

/** The places a sheet has a column for; every other place (or none stated) goes to "other". */
export const PLACES = [1, 2, 3] as const;

export interface SheetRow {
  category: string | null;
  /** Awardees at first, second and third place (more than one: a tie, or sources that disagree). */
  places: [TableRow[], TableRow[], TableRow[]];
  /** Other places and awards whose place no source stated, in place order. */
  other: TableRow[];
}

const FIXED_ORDER = new Map<string, number>(FIXED_CATEGORIES.map((c, i) => [c, i]));
const categoryOrder = (a: string | null, b: string | null) =>
  a === null
    ? b === null
      ? 0
      : 1
    : b === null
      ? -1
      : (FIXED_ORDER.get(a) ?? 99) - (FIXED_ORDER.get(b) ?? 99) || a.localeCompare(b);

const bySupport = (a: TableRow, b: TableRow) =>
  b.outlets - a.outlets || b.sourceCount - a.sourceCount || a.awardee.localeCompare(b.awardee, "id");

/** The round's sheet: its active records, one row per category (fixed categories first, unknown last). */
export function buildSheet(rows: readonly TableRow[], roundKey: string): SheetRow[] {
  const byCategory = new Map<string | null, SheetRow>();
  for (const row of rows) {
    if (row.status === "rejected" || roundKeyOf(row) !== roundKey) continue;
    let line = byCategory.get(row.category);
    if (!line) {
      line = { category: row.category, places: [[], [], []], other: [] };
      byCategory.set(row.category, line);
    }
    const place = row.rank !== null && row.rank <= PLACES.length ? line.places[row.rank - 1] : line.other;
    place?.push(row);
  }
  const sheet = [...byCategory.values()].sort((a, b) => categoryOrder(a.category, b.category));
  for (const line of sheet) {
    for (const place of line.places) place.sort(bySupport);
    line.other.sort(
      (a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || bySupport(a, b),
    );
  }
  return sheet;
}
