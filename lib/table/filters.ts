// What the table's filters mean, pure so they can be tested without a browser.
import { compactName } from "../records/same-award";
import type { RecordStatus } from "../records/vocabulary";

/** A filter option for a value that may be unknown: NONE stands for "not stated". */
export const NONE = "__none__";
export const optionOf = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? NONE : String(value);

/**
 * Status filter: by default rejected records are hidden (kept, restorable). "rejected_new": the
 * rejected ones that articles reported again after the rejection, for the reader to look again.
 */
export const STATUS_OPTIONS = [
  "active",
  "all",
  "extracted",
  "corrected",
  "rejected",
  "rejected_new",
] as const;
export type StatusOption = (typeof STATUS_OPTIONS)[number];

export function statusMatches(
  status: RecordStatus,
  option: StatusOption | undefined,
  newSources = 0,
): boolean {
  if (option === undefined || option === "active") return status !== "rejected";
  if (option === "rejected_new") return status === "rejected" && newSources > 0;
  return option === "all" || option === status;
}

/** Part of the name, ignoring case, accents, punctuation and spacing: "sumber-rejo" finds "Desa Sumber Rejo". */
export function nameMatches(name: string, search: string): boolean {
  const wanted = compactName(search);
  return wanted === "" || compactName(name).includes(wanted);
}

/** The select filters whose choices show counts. */
export const FACET_IDS = ["year", "category", "province", "scope", "status"] as const;
export type FacetId = (typeof FACET_IDS)[number];
export type FacetCounts = Record<FacetId, Map<string, number>>;

type FacetFields = {
  year: number | null;
  category: string | null;
  province: string | null;
  scope: string | null;
  status: RecordStatus;
  newSourceCount?: number;
};

/** A rejected record with sources after its rejection counts as "rejected_new" (and as rejected). */
export const facetValue = (row: FacetFields, id: FacetId): string =>
  id !== "status"
    ? optionOf(row[id])
    : row.status === "rejected" && (row.newSourceCount ?? 0) > 0
      ? "rejected_new"
      : row.status;

/**
 * For each facet, how many rows have each value among the rows every *other* filter keeps: what
 * each choice would leave. One pass over the rows for all facets, not one per facet.
 */
export function facetCounts<R extends FacetFields>(
  rows: readonly R[],
  filters: readonly { id: string; keeps(row: R): boolean }[],
): FacetCounts {
  const counts = Object.fromEntries(FACET_IDS.map((id) => [id, new Map<string, number>()])) as FacetCounts;
  const add = (id: FacetId, row: R) => {
    const value = facetValue(row, id);
    counts[id].set(value, (counts[id].get(value) ?? 0) + 1);
  };
  for (const row of rows) {
    let failed: string | null = null;
    let failures = 0;
    for (const filter of filters) {
      if (!filter.keeps(row)) {
        failed = filter.id;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const id of FACET_IDS) add(id, row);
    else if (failures === 1 && (FACET_IDS as readonly string[]).includes(failed as string))
      add(failed as FacetId, row);
  }
  return counts;
}
