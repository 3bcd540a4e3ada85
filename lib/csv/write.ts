// A CSV writer for spreadsheets, as ../shared/spec/records.md fixes it: UTF-8 BOM, CRLF, RFC 4180
// quoting, `;` by default, no `sep=` line (it breaks Excel's UTF-8 detection), and formula-safe
// text cells. Our own rather than a library's: both papaparse's and csv-stringify's formula
// escaping once prefixed negative numbers, and here a number is a number by its type, not its look.

export type Separator = ";" | ",";
export type Cell = string | number | null | undefined;

export const BOM = "\uFEFF";
const EOL = "\r\n";

/** Text a spreadsheet would run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = new Set([..."=+-@\t\r"].map((c) => c.charCodeAt(0)));
// One scan per cell for everything that needs quotes (100,000 records are 1.3 million cells).
const NEEDS_QUOTES: Record<Separator, RegExp> = { ";": /[";\r\n]/, ",": /[",\r\n]/ };

/** One cell: numbers as numbers; text defused, then quoted when it holds a quote, separator or line break. */
export function formatCell(cell: Cell, separator: Separator): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new Error(`cannot write ${cell} to CSV`);
    return String(cell);
  }
  const text = FORMULA_START.has(cell.charCodeAt(0)) ? `'${cell}` : cell;
  return NEEDS_QUOTES[separator].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, CRLF-ended. */
export function csvLine(row: readonly Cell[], separator: Separator = ";"): string {
  const cells = new Array<string>(row.length);
  for (let i = 0; i < row.length; i++) cells[i] = formatCell(row[i], separator);
  return cells.join(separator) + EOL;
}

/** The whole file: BOM, then each row on its own CRLF-ended line. */
export function writeCsv(rows: Iterable<readonly Cell[]>, separator: Separator = ";"): string {
  const lines = [BOM];
  for (const row of rows) lines.push(csvLine(row, separator));
  return lines.join("");
}
