// The glance's counts: active awards by year and by province, as the table's filters count them
// (a bar's count is what its filter leaves, before the other filters).
import { optionOf } from "../table/filters";
import type { TableRow } from "../table/rows";

export interface Bar {
  /** The table's filter value for this bar. */
  value: string;
  count: number;
}

/** Active records by a field's value (unknown values left out), largest first or in `order`. */
export function countBy(
  rows: readonly TableRow[],
  field: "year" | "province",
  order: (a: Bar, b: Bar) => number = (a, b) => b.count - a.count || a.value.localeCompare(b.value, "id"),
): Bar[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.status === "rejected" || row[field] === null) continue;
    const value = optionOf(row[field]);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort(order);
}
