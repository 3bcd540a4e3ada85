import { describe, expect, it } from "vitest";
import { compactName, sameAwardKey } from "../../lib/records/same-award";
import type { AwardFields } from "../../lib/records/schema";
import { BANK_FIELDS, GIANYAR_FIELDS } from "../fixtures/records";

const gianyar = (patch: Partial<AwardFields> = {}) => sameAwardKey({ ...GIANYAR_FIELDS, ...patch });
const bank = (patch: Partial<AwardFields> = {}) =>
  sameAwardKey({ ...GIANYAR_FIELDS, ...BANK_FIELDS, ...patch });

describe("sameAwardKey", () => {
  it("treats an awardee written with other case, punctuation or spacing as the same", () => {
    expect(gianyar({ awardee: "KABUPATEN  GIANYAR" })).toBe(gianyar());
    expect(gianyar({ awardee: "Kabupaten-Gianyar." })).toBe(gianyar());
  });

  it("treats a business with or without a leading PT and a trailing Tbk as the same", () => {
    expect(bank({ awardee: "Bank Contoh" })).toBe(bank());
    expect(bank({ awardee: "PT. Bank Contoh, Tbk." })).toBe(bank());
    expect(bank({ awardee: "pt bank contoh" })).toBe(bank());
  });

  it("does not cut PT off a name that only starts with those letters", () => {
    expect(bank({ awardee: "PTPN Nusantara" })).not.toBe(bank({ awardee: "Nusantara" }));
  });

  it("keeps different years, categories and scopes apart", () => {
    expect(gianyar({ year: 2023 })).not.toBe(gianyar());
    expect(gianyar({ year: null })).not.toBe(gianyar());
    expect(gianyar({ category: "lainnya:inovasi" })).not.toBe(gianyar());
    expect(gianyar({ scope: "nasional" })).not.toBe(gianyar());
    expect(gianyar({ awardee: "Kota Gianyar" })).not.toBe(gianyar());
  });

  it("compares the province only for a provincial round", () => {
    expect(gianyar({ province: "Jawa Timur" })).not.toBe(gianyar());
    expect(gianyar({ province: "Provinsi Bali" })).toBe(gianyar());
    expect(bank({ province: null })).toBe(bank({ province: "Jawa Barat" }));
  });

  it("does not depend on rank or labels", () => {
    expect(gianyar({ rank: 3, rankLabel: "juara III", categoryLabel: "kabupaten/kota" })).toBe(gianyar());
  });
});

describe("compactName", () => {
  // The rule as first written with \p patterns: keys are stored, so the table-based version must
  // give the very same string for every input.
  const byPatterns = (name: string) =>
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");

  it("gives the patterns' key for names with accents, other scripts, marks and odd characters", () => {
    const names = [
      "Kab. Gianyar",
      "PT. Bank Contoh, Tbk.",
      "Desa Sukamaju\u00a0Lor",
      "Kota  Bau-Bau",
      "Café Ñusantara",
      "ＰＴ Ｆｕｌｌ Ｗｉｄｔｈ",
      "İstanbul ǅemal ß",
      "Zero\u200bWidth\u00adSoft",
      "Ⅻ ½ ² ٣ 〇",
      "Math 𝐀𝐁 and 𝟙 emoji 🏆",
      "lone \ud800 high and \udc00 low",
      "東京 서울 Москва",
      "",
      "…",
    ];
    for (const name of names) expect(compactName(name), name).toBe(byPatterns(name));
  });

  it("gives the patterns' key around every single UTF-16 unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const name = `a${String.fromCharCode(c)}b`;
      if (compactName(name) !== byPatterns(name))
        expect(compactName(name), c.toString(16)).toBe(byPatterns(name));
    }
  });
});
