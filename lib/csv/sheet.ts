// A round's results sheet as CSV, in the sheet's own shape: one line per category, the places
// across, each cell its awardees with their source counts. The interface supplies every word.
import type { TableRow } from "../table/rows";
import type { SheetRow } from "../views/rounds";
import { BOM, csvLine, type Separator } from "./write";

export interface SheetWords {
  /** Category, first, second, third, other places. */
  headers: readonly [string, string, string, string, string];
  category(code: string | null): string;
  /** One awardee in a cell: "Kabupaten Gianyar (2 sumber)". */
  cell(row: TableRow): string;
}

/** Awardees sharing a cell are kept apart by a line break (a spreadsheet shows them one a line). */
const joinCell = (rows: readonly TableRow[], words: SheetWords) => rows.map(words.cell).join("\n");

export function sheetToCsv(
  sheet: readonly SheetRow[],
  words: SheetWords,
  separator: Separator = ";",
): string {
  const lines = [BOM, csvLine(words.headers, separator)];
  for (const line of sheet) {
    lines.push(
      csvLine(
        [
          words.category(line.category),
          ...line.places.map((place) => joinCell(place, words)),
          joinCell(line.other, words),
        ],
        separator,
      ),
    );
  }
  return lines.join("");
}
