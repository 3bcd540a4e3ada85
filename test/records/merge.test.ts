import { describe, expect, it } from "vitest";
import {
  applyExtraction,
  collapseArticle,
  correctRecord,
  mergeRecordPair,
  newRecord,
  setRejected,
} from "../../lib/records/merge";
import { sameAwardKey } from "../../lib/records/same-award";
import { ARTICLE_A, ARTICLE_B, toSave } from "../fixtures/records";

const first = () => newRecord(toSave(), ARTICLE_A, "r1", 1000);

describe("applyExtraction", () => {
  it("adds a second article as a second source", () => {
    const next = applyExtraction(first(), toSave({}, "Gianyar juara"), ARTICLE_B, 2000);
    expect(next.sources.map((s) => s.url)).toEqual([ARTICLE_A.url, ARTICLE_B.url]);
    expect(next.updatedAt).toBe(2000);
  });

  it("replaces the source when the same article is read again, even from another #fragment", () => {
    const again = { ...ARTICLE_A, url: `${ARTICLE_A.url}#komentar`, title: "Judul baru" };
    const next = applyExtraction(first(), toSave({}, "Gianyar juara"), again, 2000);
    expect(next.sources).toHaveLength(1);
    expect(next.sources[0]?.title).toBe("Judul baru");
    expect(next.sources[0]?.evidence.quote).toBe("Gianyar juara");
  });

  it("lets another article fill an unknown field but not change a known one", () => {
    const record = newRecord(
      toSave({ rank: null, rankLabel: null, categoryLabel: "kab/kota" }),
      ARTICLE_A,
      "r1",
      1,
    );
    const next = applyExtraction(
      record,
      toSave({ rank: 2, rankLabel: "juara II", categoryLabel: "lain" }),
      ARTICLE_B,
      2,
    );
    expect([next.rank, next.rankLabel]).toEqual([2, "juara II"]);
    expect(next.categoryLabel).toBe("kab/kota");
  });

  it("takes the fresh reading when the record's only article is read again", () => {
    const next = applyExtraction(first(), toSave({ rank: 2, rankLabel: "peringkat kedua" }), ARTICLE_A, 2);
    expect([next.rank, next.rankLabel]).toEqual([2, "peringkat kedua"]);
  });

  it("never overwrites a corrected field", () => {
    const corrected = correctRecord(first(), { rank: 3, rankLabel: "juara III" }, 2);
    const next = applyExtraction(corrected, toSave({ rank: 1 }), ARTICLE_A, 3);
    expect([next.rank, next.rankLabel]).toEqual([3, "juara III"]);
    expect(next.status).toBe("corrected");
  });

  it("never brings a rejected record back", () => {
    const rejected = setRejected(first(), true, 2);
    const next = applyExtraction(rejected, toSave(), ARTICLE_B, 3);
    expect(next.status).toBe("rejected");
    expect(next.sources).toHaveLength(2);
  });
});

describe("collapseArticle", () => {
  it("keeps one record per award an article states twice, with the first evidence", () => {
    const out = collapseArticle([
      toSave({ rank: null, rankLabel: null }, "Gianyar"),
      toSave({ awardee: "KABUPATEN GIANYAR" }, "Kabupaten Gianyar"),
      toSave({ year: 2023 }),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]?.evidence.quote).toBe("Gianyar");
    expect(out[0]?.rank).toBe(1);
  });
});

describe("correctRecord", () => {
  it("marks only fields whose value changed and keeps the record findable by its old key", () => {
    const record = first();
    const next = correctRecord(record, { awardee: "Kabupaten Gianyar Baru", rank: 1 }, 5);
    expect(next.correctedFields).toEqual(["awardee"]);
    expect(next.status).toBe("corrected");
    expect(next.keys).toEqual([sameAwardKey(record), sameAwardKey(next)]);
  });

  it("changes nothing when nothing differs", () => {
    const record = first();
    expect(correctRecord(record, { rank: 1 }, 5)).toBe(record);
  });

  it("leaves a rejected record rejected", () => {
    expect(correctRecord(setRejected(first(), true, 2), { rank: 2 }, 3).status).toBe("rejected");
  });
});

describe("setRejected", () => {
  it("restores to corrected when the reader had corrected fields", () => {
    const corrected = correctRecord(first(), { rank: 2 }, 2);
    expect(setRejected(setRejected(corrected, true, 3), false, 4).status).toBe("corrected");
    expect(setRejected(setRejected(first(), true, 3), false, 4).status).toBe("extracted");
  });
});

describe("mergeRecordPair", () => {
  const other = () => newRecord(toSave({ awardee: "Gianyar", year: 2023 }), ARTICLE_B, "r2", 500);

  it("unites keys and sources and keeps the older creation date", () => {
    const merged = mergeRecordPair(first(), other(), 3000);
    expect(merged.id).toBe("r1");
    expect(merged.sources.map((s) => s.url)).toEqual([ARTICLE_A.url, ARTICLE_B.url]);
    expect(merged.keys).toEqual(expect.arrayContaining([...first().keys, ...other().keys]));
    expect(merged.createdAt).toBe(500);
  });

  it("carries the other record's corrections over fields the kept one did not correct", () => {
    const keep = correctRecord(first(), { rank: 3 }, 2);
    const corrected = correctRecord(other(), { rank: 2, categoryLabel: "kabupaten" }, 2);
    const merged = mergeRecordPair(keep, corrected, 3);
    expect(merged.rank).toBe(3);
    expect(merged.categoryLabel).toBe("kabupaten");
    expect(merged.correctedFields).toEqual(["rank", "rankLabel", "categoryLabel"]);
    expect(merged.status).toBe("corrected");
  });

  it("keeps a rejection from either side when records meet without the reader choosing", () => {
    const rejected = setRejected(other(), true, 2);
    expect(mergeRecordPair(first(), rejected, 3, "decisions").status).toBe("rejected");
    expect(mergeRecordPair(first(), rejected, 3, "keep").status).toBe("extracted");
  });
});

describe("correctRecord and the rank's written label", () => {
  it("drops the old label when the reader changes only the rank (no 'juara kedua' beside rank 1)", () => {
    const record = newRecord(toSave({ rank: 2, rankLabel: "juara kedua" }), ARTICLE_A, "r1", 1);
    const next = correctRecord(record, { rank: 1 }, 2);
    expect([next.rank, next.rankLabel]).toEqual([1, null]);
    expect(next.correctedFields).toEqual(["rank", "rankLabel"]);
  });

  it("keeps a label the reader gives with the rank, and leaves the label alone when the rank stays", () => {
    const record = newRecord(toSave({ rank: 2, rankLabel: "juara kedua" }), ARTICLE_A, "r1", 1);
    expect(correctRecord(record, { rank: 1, rankLabel: "juara pertama" }, 2).rankLabel).toBe("juara pertama");
    expect(correctRecord(record, { rank: 2, year: 2023 }, 2).rankLabel).toBe("juara kedua");
  });
});
