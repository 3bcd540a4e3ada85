// An awardee's history: every round it was placed in, newest first, gathered across spellings.
import type { TableRow } from "../table/rows";
import { canonicalName, historyKey } from "./awardee";

export interface History {
  name: string;
  entries: TableRow[];
}

const scopeOrder = (scope: TableRow["scope"]) => (scope === "nasional" ? 0 : scope === "provinsi" ? 1 : 2);

/** The awardee of `of` across every active record that names it, however spelled. */
export function historyOf(rows: readonly TableRow[], of: Pick<TableRow, "awardee" | "awardeeType">): History {
  const key = historyKey(of.awardee, of.awardeeType);
  const entries = rows
    .filter((r) => r.status !== "rejected" && historyKey(r.awardee, r.awardeeType) === key)
    .sort(
      (a, b) =>
        (b.year ?? -1) - (a.year ?? -1) ||
        scopeOrder(a.scope) - scopeOrder(b.scope) ||
        (a.category ?? "").localeCompare(b.category ?? "") ||
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER),
    );
  return { name: entries.length > 0 ? canonicalName(entries) : of.awardee, entries };
}
