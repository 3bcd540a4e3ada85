// CSV export of many records in Node: the same writer the table's export button uses.
import { CSV_COLUMNS, type CsvColumn, recordsToCsv } from "../lib/csv/records";
import { storedRecords } from "./records-gen";
import { type Summary, summarize, timeRuns } from "./stats";

export type CsvResult = { records: number; mb: number; ms: Summary };

export function benchCsv(n = 100_000): CsvResult {
  const records = storedRecords(n);
  const headers = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<CsvColumn, string>;
  let size = 0;
  const ms = timeRuns(() => {
    size = recordsToCsv(records, headers).length;
  }, 3);
  return { records: n, mb: size / 1e6, ms: summarize(ms) };
}
