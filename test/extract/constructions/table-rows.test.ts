import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A table row arrives as one line, its cells split by tabs (constructions/table-rows.ts).
const lead = "Berikut para pemenang Paritrana Award 2024 tingkat Provinsi Jawa Tengah.\n";
const rows = (text: string) => summary(lead + text).lines;

describe("table rows", () => {
  it("reads a rank cell written with its rank word, under a category line", () => {
    expect(rows("Kategori Pemerintah Desa\nTerbaik 1\tDesa Sidomulyo\nTerbaik 2\tDesa Karangrejo")).toEqual([
      "Desa Sidomulyo|desa|1|pemerintah_desa|provinsi|Jawa Tengah|2024",
      "Desa Karangrejo|desa|2|pemerintah_desa|provinsi|Jawa Tengah|2024",
    ]);
  });

  it("reads bare numbers as places under a header row that names the rank column", () => {
    const table = [
      "Peringkat\tNama Daerah\tKategori",
      "1\tKabupaten Klaten\tPemerintah Kabupaten/Kota",
      "2\tKota Surakarta\tPemerintah Kabupaten/Kota",
      "3\tPT Tekstil Merapi\tUsaha Besar",
    ].join("\n");
    expect(rows(table)).toEqual([
      "Kabupaten Klaten|kabupaten|1|pemerintah_kabupaten_kota|provinsi|Jawa Tengah|2024",
      "Kota Surakarta|kota|2|pemerintah_kabupaten_kota|provinsi|Jawa Tengah|2024",
      "PT Tekstil Merapi|badan_usaha|3|usaha_besar|provinsi|Jawa Tengah|2024",
    ]);
  });

  it("reads a row number as no place, and a bare number as a place where the text above speaks of places", () => {
    const numbered = ["No\tPenerima", "1\tKabupaten Klaten", "2\tKota Surakarta"].join("\n");
    expect(rows(numbered)).toEqual([
      "Kabupaten Klaten|kabupaten|null|pemerintah_kabupaten_kota|provinsi|Jawa Tengah|2024",
      "Kota Surakarta|kota|null|pemerintah_kabupaten_kota|provinsi|Jawa Tengah|2024",
    ]);
    const ranked = ["Juara kategori kabupaten/kota:", "1\tKabupaten Klaten", "II\tKota Surakarta"].join("\n");
    expect(rows(ranked)).toEqual([
      "Kabupaten Klaten|kabupaten|1|pemerintah_kabupaten_kota|provinsi|Jawa Tengah|2024",
      "Kota Surakarta|kota|2|pemerintah_kabupaten_kota|provinsi|Jawa Tengah|2024",
    ]);
  });

  it("keeps every evidence span on its own row", () => {
    const text = `${lead}Peringkat\tNama\n1\tKabupaten Klaten\n2\tKota Surakarta`;
    const { records } = summary(text);
    expect(records.map((r) => r.evidence.quote)).toEqual(["1\tKabupaten Klaten", "2\tKota Surakarta"]);
  });
});
