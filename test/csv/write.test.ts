import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BOM, formatCell, writeCsv } from "../../lib/csv/write";

/** Reads our file back the way a strict RFC 4180 reader does (papaparse, delimiter fixed). */
function readBack(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: "\r\n", skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  // the file ends with CRLF, which papaparse reads as one last empty row
  expect(parsed.data.at(-1)).toEqual([""]);
  return parsed.data.slice(0, -1);
}

describe("CSV writer", () => {
  it("starts with a BOM, ends every line with CRLF and has no sep= line", () => {
    const csv = writeCsv([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(csv).toBe(`${BOM}a;b\r\nc;d\r\n`);
    expect(csv).not.toMatch(/sep=/);
  });

  it("uses `,` only on request", () => {
    expect(writeCsv([["a", "b"]], ",")).toBe(`${BOM}a,b\r\n`);
  });

  it("quotes cells with the separator, quotes or line breaks, doubling quotes (RFC 4180)", () => {
    expect(formatCell('Desa "Maju", Jaya', ",")).toBe('"Desa ""Maju"", Jaya"');
    expect(formatCell("Desa Maju, Jaya", ";")).toBe("Desa Maju, Jaya");
    expect(formatCell("Kota Baru; Utara", ";")).toBe('"Kota Baru; Utara"');
    expect(formatCell("baris satu\nbaris dua", ";")).toBe('"baris satu\nbaris dua"');
    expect(formatCell("a\r\nb", ";")).toBe('"a\r\nb"');
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(formatCell('=HYPERLINK("http://x")', ";")).toBe('"\'=HYPERLINK(""http://x"")"');
    for (const start of ["+", "-", "@", "\t", "\r"]) {
      expect(formatCell(`${start}1`, ";").replace(/^"/, "")).toMatch(/^'/);
    }
    expect(formatCell("Kota =Baru", ";")).toBe("Kota =Baru");
  });

  it("writes numbers as numbers, negative ones included, and empty cells for null", () => {
    expect(formatCell(-3, ";")).toBe("-3");
    expect(formatCell(2024, ";")).toBe("2024");
    expect(formatCell(1.5, ";")).toBe("1.5");
    expect(formatCell(null, ";")).toBe("");
    expect(formatCell("-3", ";")).toBe("'-3"); // text that looks like a number is still text
    expect(() => formatCell(Number.NaN, ";")).toThrow();
  });

  it("round-trips awkward Indonesian names through a strict reader with either separator", () => {
    const rows = [
      ["Penerima", "Tahun"],
      ['Desa "Sumber Rejo", Kec. Ngaglik', "2024"],
      ["PT Tirta; Makmur\r\nTbk", "2023"],
      ["Kelurahan Kampung\nBaru", ""],
      ["Koperasi 'Sejahtera'", "2022"],
    ];
    for (const sep of [";", ","] as const) {
      expect(readBack(writeCsv(rows, sep), sep)).toEqual(rows);
    }
  });
});
