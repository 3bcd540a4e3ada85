// The award table as CSV rows: the spec's fixed column order, one row per record. A record's
// article columns come from its first source (the article that first reported it); the number of
// sources says how many more there are.
import type { StoredRecord } from "../records/schema";
import { type Cell, type Separator, writeCsv } from "./write";

/** The columns in the spec's order; the interface supplies each header in its own language. */
export const CSV_COLUMNS = [
  "awardee",
  "awardeeType",
  "rank",
  "category",
  "scope",
  "province",
  "year",
  "status",
  "sources",
  "evidenceQuote",
  "articleUrl",
  "articleTitle",
  "articleDate",
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export function recordRow(record: StoredRecord): Cell[] {
  const source = record.sources[0];
  const cells: Record<CsvColumn, Cell> = {
    awardee: record.awardee,
    awardeeType: record.awardeeType,
    rank: record.rank,
    category: record.category,
    scope: record.scope,
    province: record.province,
    year: record.year,
    status: record.status,
    sources: record.sources.length,
    evidenceQuote: source?.evidence.quote,
    articleUrl: source?.url,
    articleTitle: source?.title,
    articleDate: source?.publishedAt,
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

export function recordsToCsv(
  records: readonly StoredRecord[],
  headers: Record<CsvColumn, string>,
  separator: Separator = ";",
): string {
  const head = CSV_COLUMNS.map((column) => headers[column]);
  return writeCsv([head, ...records.map(recordRow)], separator);
}
