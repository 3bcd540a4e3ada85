import { describe, expect, it } from "vitest";
import { facetCounts, facetValue, NONE, nameMatches, optionOf, statusMatches } from "../../lib/table/filters";

describe("table filters", () => {
  it("hides rejected records unless asked for them", () => {
    expect(statusMatches("rejected", undefined)).toBe(false);
    expect(statusMatches("rejected", "active")).toBe(false);
    expect(statusMatches("corrected", "active")).toBe(true);
    expect(statusMatches("rejected", "all")).toBe(true);
    expect(statusMatches("rejected", "rejected")).toBe(true);
    expect(statusMatches("extracted", "rejected")).toBe(false);
  });

  it("finds the rejected awards that articles reported again since, for the reader to look again", () => {
    expect(statusMatches("rejected", "rejected_new", 1)).toBe(true);
    expect(statusMatches("rejected", "rejected_new", 0)).toBe(false);
    expect(statusMatches("extracted", "rejected_new", 1)).toBe(false);
    expect(statusMatches("rejected", "rejected", 1)).toBe(true);
    expect(
      facetValue(
        { year: null, category: null, province: null, scope: null, status: "rejected", newSourceCount: 2 },
        "status",
      ),
    ).toBe("rejected_new");
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

describe("facet counts", () => {
  const rows = [
    { year: 2024, category: "a", province: "Bali", scope: "provinsi", status: "extracted" },
    { year: 2024, category: "b", province: null, scope: "provinsi", status: "rejected" },
    { year: 2023, category: "a", province: "Bali", scope: null, status: "corrected" },
  ] as const;
  it("counts each choice among the rows the other filters keep", () => {
    const counts = facetCounts(rows, [
      { id: "status", keeps: (r) => statusMatches(r.status, "active") },
      { id: "year", keeps: (r) => r.year === 2024 },
    ]);
    // Years: the status filter alone applies (rejected 2024 row left out).
    expect(Object.fromEntries(counts.year)).toEqual({ "2024": 1, "2023": 1 });
    // Status: the year filter alone applies.
    expect(Object.fromEntries(counts.status)).toEqual({ extracted: 1, rejected: 1 });
    // Others: both apply.
    expect(Object.fromEntries(counts.category)).toEqual({ a: 1 });
    expect(Object.fromEntries(counts.province)).toEqual({ Bali: 1 });
    expect(counts.scope.get(NONE)).toBeUndefined();
  });
});
