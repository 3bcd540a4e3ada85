// The award table as CSV rows: the spec's fixed column order, one row per record. A record's
// article columns come from its first source (the article that first reported it); the number of
// sources says how many more there are.
import type { StoredRecord } from "../records/schema";
import type { TableRow } from "../table/rows";
import { BOM, type Cell, csvLine, formatCell, type Separator } from "./write";

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

/** A table row or a whole stored record: a row carries what the CSV needs of its first source. */
export type CsvRecord = StoredRecord | TableRow;

type FirstSource = { url: string; title: string | null; publishedAt: string | null; quote: string };

const EMPTY_SOURCE: FirstSource = { url: "", title: null, publishedAt: null, quote: "" };

function firstSource(record: CsvRecord): FirstSource | null {
  if (!("sources" in record)) return record.firstSource;
  const source = record.sources[0];
  return source
    ? { url: source.url, title: source.title, publishedAt: source.publishedAt, quote: source.evidence.quote }
    : null;
}

export function recordRow(record: CsvRecord): Cell[] {
  const source = firstSource(record);
  // In CSV_COLUMNS order.
  return [
    record.awardee,
    record.awardeeType,
    record.rank,
    record.category,
    record.scope,
    record.province,
    record.year,
    record.status,
    "sources" in record ? record.sources.length : record.sourceCount,
    source?.quote,
    source?.url,
    source?.title,
    source?.publishedAt,
  ];
}

/** One record's line, as csvLine(recordRow(record)) but without the arrays (100,000 of them). */
function recordLine(record: CsvRecord, sep: Separator): string {
  const hasSource = "sources" in record ? record.sources.length > 0 : record.firstSource !== null;
  const full = "sources" in record ? record.sources[0] : undefined;
  const source = full ? null : "sources" in record ? null : record.firstSource;
  const s = source ?? EMPTY_SOURCE;
  const f = (cell: Cell) => formatCell(cell, sep);
  return `${f(record.awardee)}${sep}${f(record.awardeeType)}${sep}${f(record.rank)}${sep}${f(record.category)}${sep}${f(record.scope)}${sep}${f(record.province)}${sep}${f(record.year)}${sep}${f(record.status)}${sep}${"sources" in record ? record.sources.length : record.sourceCount}${sep}${
    hasSource
      ? `${f(full ? full.evidence.quote : s.quote)}${sep}${f(full ? full.url : s.url)}${sep}${f(full ? full.title : s.title)}${sep}${f(full ? full.publishedAt : s.publishedAt)}`
      : `${sep}${sep}${sep}`
  }\r\n`;
}

// Lines are joined a chunk at a time: short-lived strings die young instead of 100,000 of them
// being held (and copied by the garbage collector) until one final join.
const CHUNK = 2000;

/** The file as parts to write in order (a Blob takes them as they are): BOM, header, lines. */
export function recordsToCsvParts(
  records: readonly CsvRecord[],
  headers: Record<CsvColumn, string>,
  separator: Separator = ";",
): string[] {
  const chunks = [
    BOM,
    csvLine(
      CSV_COLUMNS.map((column) => headers[column]),
      separator,
    ),
  ];
  for (let start = 0; start < records.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, records.length);
    const lines = new Array<string>(end - start);
    for (let i = start; i < end; i++) lines[i - start] = recordLine(records[i] as CsvRecord, separator);
    chunks.push(lines.join(""));
  }
  return chunks;
}

export function recordsToCsv(
  records: readonly CsvRecord[],
  headers: Record<CsvColumn, string>,
  separator: Separator = ";",
): string {
  return recordsToCsvParts(records, headers, separator).join("");
}
