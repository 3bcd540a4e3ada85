import { describe, expect, it } from "vitest";
import { NONE, nameMatches, optionOf, statusMatches } from "../../lib/table/filters";

describe("table filters", () => {
  it("hides rejected records unless asked for them", () => {
    expect(statusMatches("rejected", undefined)).toBe(false);
    expect(statusMatches("rejected", "active")).toBe(false);
    expect(statusMatches("corrected", "active")).toBe(true);
    expect(statusMatches("rejected", "all")).toBe(true);
    expect(statusMatches("rejected", "rejected")).toBe(true);
    expect(statusMatches("extracted", "rejected")).toBe(false);
  });

  it("finds a name by any part, whatever its case, accents and punctuation", () => {
    expect(nameMatches("Desa Sumber Rejo", "sumber-rejo")).toBe(true);
    expect(nameMatches("PT Bank Contoh Tbk", "BANK contoh")).toBe(true);
    expect(nameMatches("Kabupaten Tabanan", "badung")).toBe(false);
    expect(nameMatches("Kabupaten Tabanan", "  ")).toBe(true);
  });

  it("gives unknown values their own option", () => {
    expect(optionOf(null)).toBe(NONE);
    expect(optionOf(2024)).toBe("2024");
  });
});
