// A CSV writer for spreadsheets, as ../shared/spec/records.md fixes it: UTF-8 BOM, CRLF, RFC 4180
// quoting, `;` by default, no `sep=` line (it breaks Excel's UTF-8 detection), and formula-safe
// text cells. Our own rather than a library's: both papaparse's and csv-stringify's formula
// escaping once prefixed negative numbers, and here a number is a number by its type, not its look.

export type Separator = ";" | ",";
export type Cell = string | number | null | undefined;

export const BOM = "\uFEFF";
const EOL = "\r\n";

/** Text a spreadsheet would run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as numbers; text defused, then quoted when it holds a quote, separator or line break. */
export function formatCell(cell: Cell, separator: Separator): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`cannot write ${cell} to CSV`);
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  const needsQuotes = text.includes('"') || text.includes(separator) || /[\r\n]/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, then each row on its own CRLF-ended line. */
export function writeCsv(rows: readonly (readonly Cell[])[], separator: Separator = ";"): string {
  return (
    BOM + rows.map((row) => row.map((cell) => formatCell(cell, separator)).join(separator) + EOL).join("")
  );
}
