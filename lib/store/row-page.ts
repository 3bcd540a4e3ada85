// One page of the table's rows from the records store: shared by the background's store and the
// read-only reader the extension's pages use, so both return exactly the same rows.
import type { IDBPObjectStore } from "idb";
import { describeIssues } from "../records/issues";
import type { StoredRecord } from "../records/schema";
import { MAX_ROW_PAGE, RowPage, TableRow, toTableRow } from "../table/rows";
import type { LensDB } from "./db-schema";
import { StoreError } from "./errors";

export interface RowsResult {
  rows: TableRow[];
  /** The id to ask for the next page after, or null when this was the last page. */
  next: string | null;
  /** How many records the store holds (on the first page only). */
  total?: number;
}

type RecordsStore = IDBPObjectStore<LensDB, ["records"], "records", "readonly">;

function projectRow(row: unknown): TableRow | undefined {
  const candidate = row as Partial<StoredRecord>;
  if (typeof candidate !== "object" || candidate === null || !Array.isArray(candidate.sources))
    return undefined;
  const first = candidate.sources[0] as Partial<StoredRecord["sources"][number]> | undefined;
  if (
    first !== undefined &&
    (typeof first !== "object" || first === null || typeof first.evidence !== "object")
  )
    return undefined;
  const result = TableRow.safeParse(toTableRow(candidate as StoredRecord));
  return result.success ? result.data : undefined;
}

export function parsePage(input: unknown): RowPage {
  const result = RowPage.safeParse(input);
  if (!result.success) {
    throw new StoreError(
      "invalid-input",
      `Page refused, nothing was saved: ${describeIssues(result.error)}.`,
    );
  }
  return result.data;
}

/**
 * The first `limit` rows after id `after`, in id order (rejected ones included), and on the first
 * page the total when `count` is set (counting walks every key: tens of ms at 10,000 records).
 */
export async function readRowPage(store: RecordsStore, page: RowPage, count = true): Promise<RowsResult> {
  const limit = page.limit ?? MAX_ROW_PAGE;
  const range = page.after === undefined ? undefined : IDBKeyRange.lowerBound(page.after, true);
  const [rows, total] = await Promise.all([
    store.getAll(range, limit),
    page.after === undefined && count ? store.count() : undefined,
  ]);
  // Rows come from our own writes, each checked whole then: here only what the table shows is
  // checked again (a row the schema would refuse is never shown; opening one reads it whole).
  const out: TableRow[] = [];
  for (const row of rows) {
    const projected = projectRow(row);
    if (projected) out.push(projected);
  }
  const last = rows.at(-1);
  return {
    rows: out,
    next: rows.length === limit && last ? last.id : null,
    ...(total === undefined ? {} : { total }),
  };
}
