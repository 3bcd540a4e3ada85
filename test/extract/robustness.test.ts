import { describe, expect, it } from "vitest";
import { extractAwards } from "../../lib/extract/index";
import { ExtractedRecord } from "../../lib/records/schema";

describe("bad input", () => {
  it("gives a clean empty result for empty, junk and award-free text", () => {
    for (const text of [
      "",
      "   \n\n",
      "\u0000\u0001\uFFFD\uD800",
      "Harga cabai naik di pasar Klaten pekan ini.",
    ]) {
      expect(extractAwards(text)).toEqual(expect.objectContaining({ isAwardArticle: false, records: [] }));
    }
    // Not a string at all, from a careless caller.
    expect(extractAwards(undefined as unknown as string).records).toEqual([]);
  });

  it("finishes 5 MB of adversarial text (a generous bound only a hang would break)", () => {
    const chunks = [
      "juara juara juara peringkat peringkat ke- ke- ke- ",
      "Paritrana Award Paritrana Award 2024 2024 2024 ",
      "Pemkab Pemkab Pemerintah Kabupaten ( ( ( ( Kota Kota Kota Desa Desa ",
      "PT PT PT BPR BPR Rumah Sakit Rumah ",
      "A".repeat(3000),
      ", , , dan dan dan yakni yakni : : : ",
      "Kabupaten Klaten meraih juara pertama Paritrana Award 2024. ",
    ];
    let text = "";
    for (let i = 0; text.length < 5_000_000; i++) text += chunks[i % chunks.length];
    const started = Date.now();
    const result = extractAwards(text);
    expect(Date.now() - started).toBeLessThan(60_000);
    for (const r of result.records) {
      expect(ExtractedRecord.safeParse(r).success).toBe(true);
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
    }
    // The test's own time limit matches the bound above (vitest's default 5 s fails on a busy machine).
  }, 90_000);

  it("emits records that parse through the shared schema", () => {
    const r = extractAwards(
      "Pemkot Cimahi meraih juara pertama Paritrana Award 2024 kategori Pemerintah Kabupaten/Kota.",
    );
    expect(r.records).toHaveLength(1);
    for (const rec of r.records) expect(ExtractedRecord.safeParse(rec).success).toBe(true);
  });
});
