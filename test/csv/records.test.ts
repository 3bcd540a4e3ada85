import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, type CsvColumn, recordsToCsv } from "../../lib/csv/records";
import { newRecord } from "../../lib/records/merge";
import { ARTICLE_A, ARTICLE_B, toSave } from "../fixtures/records";

const HEADERS = Object.fromEntries(CSV_COLUMNS.map((c) => [c, `h:${c}`])) as Record<CsvColumn, string>;

describe("records as CSV", () => {
  it("writes the spec's columns in order, one row per record, first source's article", () => {
    const record = newRecord(toSave(), ARTICLE_A, "r1", 1);
    record.sources.push({ ...record.sources[0]!, url: ARTICLE_B.url, title: ARTICLE_B.title });
    const csv = recordsToCsv([record], HEADERS);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data;
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => `h:${c}`));
    expect(rows[1]).toEqual([
      "Kabupaten Gianyar",
      "kabupaten",
      "1",
      "pemerintah_kabupaten_kota",
      "provinsi",
      "Bali",
      "2024",
      "extracted",
      "2",
      "Pemerintah Kabupaten Gianyar",
      ARTICLE_A.url,
      ARTICLE_A.title,
      ARTICLE_A.publishedAt,
    ]);
  });

  it("leaves unknown values and a record without sources as empty cells", () => {
    const record = {
      ...newRecord(toSave({ rank: null, rankLabel: null, year: null }), ARTICLE_A, "r2", 1),
      sources: [],
    };
    const line = recordsToCsv([record], HEADERS, ",").split("\r\n")[1];
    expect(line).toBe(
      "Kabupaten Gianyar,kabupaten,,pemerintah_kabupaten_kota,provinsi,Bali,,extracted,0,,,,",
    );
  });
});
