// Words that are also names of Object's own members must read as plain words, never as lexicon
// entries (a bug: "juara constructor" once took Object's constructor function for a rank).
import { describe, expect, it } from "vitest";
import { extractAwardsUnguarded } from "../../lib/extract/index";
import { ExtractedRecord } from "../../lib/records/schema";

describe("words that name Object's members", () => {
  it.each(["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"])(
    "give no rank or category when %s stands where a rank or category word would",
    (word) => {
      const text = `Kabupaten Sragen meraih juara ${word} Paritrana Award 2024 kategori ${word}.`;
      const records = extractAwardsUnguarded(text, {}).records;
      expect(records).toHaveLength(1);
      for (const record of records) {
        expect(ExtractedRecord.safeParse(record).success).toBe(true);
        expect(record.rank).toBeNull();
        expect(record.rankLabel).not.toContain(word);
      }
    },
  );
});
