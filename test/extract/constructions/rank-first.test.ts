import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// Rank-first items in any order, also in parentheses after a category
// (constructions/parenthesised-list.ts; places from ranks.ts, bound in records.ts).
const lead = "Pemenang Paritrana Award 2024 tingkat Provinsi Jawa Tengah diumumkan di Semarang.\n";
const places = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 4).join("|"));

describe("rank-first items", () => {
  it("reads a descending list", () => {
    expect(
      places("Terbaik 3 Desa Sidomulyo, Terbaik 2 Desa Karangrejo dan Terbaik 1 Desa Sukorejo."),
    ).toEqual([
      "Desa Sidomulyo|desa|3|pemerintah_desa",
      "Desa Karangrejo|desa|2|pemerintah_desa",
      "Desa Sukorejo|desa|1|pemerintah_desa",
    ]);
  });

  it("reads the items in parentheses after a category", () => {
    expect(
      places(
        "Kategori Pemda (terbaik 3 Kabupaten Kendal, terbaik 2 Kota Salatiga, terbaik 1 Kabupaten Klaten).",
      ),
    ).toEqual([
      "Kabupaten Kendal|kabupaten|3|pemerintah_kabupaten_kota",
      "Kota Salatiga|kota|2|pemerintah_kabupaten_kota",
      "Kabupaten Klaten|kabupaten|1|pemerintah_kabupaten_kota",
    ]);
    expect(
      places(
        "Untuk kategori usaha besar (juara 1 PT Kereta Jaya; juara 2 PT Batik Lestari) penghargaan diserahkan gubernur.",
      ),
    ).toEqual(["PT Kereta Jaya|badan_usaha|1|usaha_besar", "PT Batik Lestari|badan_usaha|2|usaha_besar"]);
  });

  it("leaves an aside in parentheses alone", () => {
    expect(
      places("Kabupaten Klaten (Jawa Tengah) meraih juara pertama kategori pemerintah kabupaten/kota."),
    ).toEqual(["Kabupaten Klaten|kabupaten|1|pemerintah_kabupaten_kota"]);
  });
});
