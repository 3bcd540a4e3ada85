import { describe, expect, it } from "vitest";
import { sameAwardKey } from "../../lib/records/same-award";
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
