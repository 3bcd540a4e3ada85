import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoredRecord } from "../../lib/records/schema";
import { type AwardStore, openAwardStore } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, BANK_FIELDS, freshDbName, toSave } from "../fixtures/records";

let store: AwardStore;
let gianyar: StoredRecord;
let bank: StoredRecord;
beforeEach(async () => {
  store = await openAwardStore(freshDbName());
  const saved = await store.saveArticle(ARTICLE_A, [toSave(), toSave(BANK_FIELDS)]);
  [gianyar, bank] = saved.records as [StoredRecord, StoredRecord];
});
afterEach(() => store.close());

describe("correct", () => {
  it("saves the reader's values and marks them as corrected", async () => {
    const corrected = await store.correct(gianyar.id, { province: "Bali", rank: 2, rankLabel: "juara II" });
    expect(corrected.correctedFields).toEqual(["rank", "rankLabel"]);
    expect(await store.get(gianyar.id)).toEqual(corrected);
  });

  it("refuses an invalid value with a clear message and saves nothing", async () => {
    await expect(store.correct(gianyar.id, { rank: 2, year: 1800 })).rejects.toThrow(
      /Correction refused, nothing was saved: year: must be at least 2000/,
    );
    await expect(store.correct(gianyar.id, { awardee: "   " })).rejects.toThrow(
      /awardee: must have at least 1/,
    );
    await expect(store.correct(gianyar.id, { status: "corrected" } as never)).rejects.toThrow(
      /unknown field/,
    );
    expect(await store.get(gianyar.id)).toEqual(gianyar);
  });

  it("says so when the record no longer exists", async () => {
    await expect(store.correct("missing", { rank: 2 })).rejects.toThrow(/No record with id "missing"/);
  });
});

describe("remove", () => {
  it("deletes the record; reading the article again brings it back, unlike a rejection", async () => {
    await store.remove(gianyar.id);
    expect(await store.get(gianyar.id)).toBeUndefined();
    expect(await store.count()).toBe(1);
    await store.saveArticle(ARTICLE_A, [toSave(), toSave(BANK_FIELDS)]);
    expect(await store.count()).toBe(2);
    await expect(store.remove(gianyar.id)).rejects.toThrow(/No record/);
  });
});

describe("mergeRecords", () => {
  it("makes two records the reader says are one award into one, and later extractions of either join it", async () => {
    const [other] = (await store.saveArticle(ARTICLE_B, [toSave({ awardee: "Kab. Gianyar", year: null })]))
      .records;
    if (!other) throw new Error("not saved");
    await store.correct(other.id, { categoryLabel: "kabupaten/kota" });
    const merged = await store.mergeRecords(gianyar.id, other.id);
    expect(merged.id).toBe(gianyar.id);
    expect(merged.sources.map((s) => s.url)).toEqual([ARTICLE_A.url, ARTICLE_B.url]);
    expect(merged.categoryLabel).toBe("kabupaten/kota");
    expect(await store.get(other.id)).toBeUndefined();

    await store.saveArticle(ARTICLE_B, [toSave({ awardee: "Kab. Gianyar", year: null })]);
    expect(await store.count()).toBe(2); // Gianyar (merged) and the bank
  });

  it("refuses to merge a record with itself or with a missing one", async () => {
    await expect(store.mergeRecords(bank.id, bank.id)).rejects.toThrow(/with itself/);
    await expect(store.mergeRecords(bank.id, "gone")).rejects.toThrow(/No record with id "gone"/);
    expect(await store.count()).toBe(2);
  });
});
