import { describe, expect, it } from "vitest";
import { ShapeFilter } from "../../lib/lexicon/shape-filter";

describe("ShapeFilter", () => {
  const words = ["juara", "peringkat", "a", "", "kabupatenbadung", "abcdefghijklmnopq"];
  const filter = new ShapeFilter(words);

  it("never rules out a listed word", () => {
    for (const w of words) expect(filter.mayHoldWord(w), w).toBe(true);
  });

  it("rules out words of a shape no listed word has", () => {
    for (const w of ["banjir", "warga", "kecamatan", "b", "juarb"])
      expect(filter.mayHoldWord(w), w).toBe(false);
  });
});
