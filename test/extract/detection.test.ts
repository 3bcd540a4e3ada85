import { describe, expect, it } from "vitest";
import { AWARD_SPELLINGS } from "../../lib/extract/award-name";
import { extractAwards } from "../../lib/extract/index";
import { mentionsAward, NAME_HINTS } from "../../lib/extract/quick-check";

describe("quick check", () => {
  it("finds the award's name and its misspellings, nothing else", () => {
    for (const s of [
      "Paritrana Award",
      "PARITRANA",
      "anugerah Patriana",
      "Paritana Award",
      "Paritna",
      "paritrana-award",
      "PAritrana", // a slip of the shift key
      "Pariterana",
      "PATRIRANA",
    ])
      expect(mentionsAward(s), s).toBe(true);
    for (const s of ["Parasamya Purnakarya", "Pariwisata", "paripurna", "Patria", "parit di tepi jalan", ""])
      expect(mentionsAward(s), s).toBe(false);
  });
});

describe("article detection", () => {
  it("accepts a result article", () => {
    const r = extractAwards(
      "Pemkab Klaten meraih juara pertama Paritrana Award 2024 tingkat Jawa Tengah. Penghargaan diserahkan Sekda Provinsi.",
    );
    expect(r.isAwardArticle).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0.5);
  });

  it("accepts a ceremony report whose excerpt names no winner", () => {
    const r = extractAwards(
      "BPJS Ketenagakerjaan menyerahkan Paritrana Award 2023 kepada para pemenang. Penganugerahan Paritrana Award digelar di Jakarta.",
    );
    expect(r.isAwardArticle).toBe(true);
    expect(r.records).toEqual([]);
  });

  it("rejects look-alikes: other awards, candidates, BPJS news, passing mentions", () => {
    for (const text of [
      "Pemkab Klaten meraih juara pertama penghargaan Parasamya Purnakarya Nugraha 2024.",
      "Pemkab Klaten meraih UHC Award 2024 dari BPJS Kesehatan sebagai juara pertama.",
      "Sebanyak 12 kandidat Paritrana Award 2024 mengikuti tahap wawancara. Para kandidat memaparkan inovasi di depan tim penilai.",
      "BPJS Ketenagakerjaan membuka kantor layanan baru di Klaten untuk pekerja informal.",
      "Pemkab Klaten berharap bisa terpilih menjadi kandidat Paritrana Award tahun depan.",
    ]) {
      expect(extractAwards(text).isAwardArticle, text).toBe(false);
    }
  });

  it("recognises the award under a misspelled name", () => {
    const r = extractAwards(
      "Pemprov Riau meraih juara pertama anugerah Patriana 2019 kategori pemerintah provinsi.",
    );
    expect(r.isAwardArticle).toBe(true);
    expect(r.records.map((x) => x.awardee)).toEqual(["Provinsi Riau"]);
  });

  it("looks for every spelling in lower, upper and capitalised case", () => {
    for (const spelling of AWARD_SPELLINGS) {
      const capitalised = spelling[0]?.toUpperCase() + spelling.slice(1);
      for (const written of [
        spelling,
        spelling.toUpperCase(),
        capitalised,
        `P${spelling.slice(1).replace(/^./, (c) => c.toUpperCase())}`,
      ]) {
        expect(
          NAME_HINTS.some((hint) => written.includes(hint)),
          written,
        ).toBe(true);
        expect(mentionsAward(`Meraih ${written} Award`), written).toBe(true);
      }
    }
  });
});
