import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { sheetToCsv } from "../../lib/csv/sheet";
import { buildSheet, listRounds } from "../../lib/views/rounds";
import { baliRound } from "../fixtures/rounds";

describe("the round sheet as CSV", () => {
  it("writes the sheet's shape: a header, one line per category, places across, awardees with their sources", () => {
    const rows = baliRound();
    const sheet = buildSheet(rows, listRounds(rows)[0]?.key as string);
    const csv = sheetToCsv(sheet, {
      headers: ["Kategori", "1", "2", "3", "Lain"],
      category: (c) => c ?? "?",
      cell: (r) => `${r.rank === null || r.rank <= 3 ? "" : `${r.rank}. `}${r.awardee} (${r.sourceCount})`,
    });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ";", skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ["Kategori", "1", "2", "3", "Lain"],
      [
        "pemerintah_kabupaten_kota",
        "Kabupaten Gianyar (3)",
        "Kabupaten Badung (2)",
        "Kota Denpasar (1)",
        "4. Kabupaten Tabanan (1)\nKabupaten Bangli (1)",
      ],
      ["usaha_besar", "PT Tirta Segara (1)", "", "", ""],
      ["usaha_kecil_mikro", "", "CV Anyaman Lestari (1)", "", ""],
    ]);
  });
});
