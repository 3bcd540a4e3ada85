import { afterEach, describe, expect, it, vi } from "vitest";
import { type AwardStore, openAwardStore } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, BANK_FIELDS, freshDbName, toSave } from "../fixtures/records";

let store: AwardStore;
const open = async () => {
  store = await openAwardStore(freshDbName());
  return store;
};
afterEach(() => {
  vi.restoreAllMocks();
  store?.close();
});

describe("saveArticle", () => {
  it("keeps the same award from two articles as one record with two sources", async () => {
    await open();
    const a = await store.saveArticle(ARTICLE_A, [toSave()]);
    const b = await store.saveArticle(ARTICLE_B, [toSave({ awardee: "KABUPATEN GIANYAR" }, "Gianyar")]);
    expect([a.created, a.merged, b.created, b.merged]).toEqual([1, 0, 0, 1]);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.sources.map((s) => s.url)).toEqual([ARTICLE_A.url, ARTICLE_B.url]);
    expect(all[0]?.sources[1]?.evidence.quote).toBe("Gianyar");
  });

  it("does not add a source twice when the same article is read again", async () => {
    await open();
    await store.saveArticle(ARTICLE_A, [toSave()]);
    await store.saveArticle(ARTICLE_A, [toSave()]);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.sources).toHaveLength(1);
  });

  it("keeps two different awards apart and answers with the stored record for each one sent", async () => {
    await open();
    const result = await store.saveArticle(ARTICLE_A, [toSave(), toSave(BANK_FIELDS), toSave()]);
    expect(result.created).toBe(2);
    expect(result.records.map((r) => r.awardee)).toEqual([
      "Kabupaten Gianyar",
      "PT Bank Contoh Tbk",
      "Kabupaten Gianyar",
    ]);
    expect(result.records[0]?.id).toBe(result.records[2]?.id);
    expect(await store.count()).toBe(2);
  });

  it("ends with one record when two articles about one award are saved at the same time", async () => {
    await open();
    await Promise.all([store.saveArticle(ARTICLE_A, [toSave()]), store.saveArticle(ARTICLE_B, [toSave()])]);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.sources).toHaveLength(2);
  });

  it("keeps a correction when the article is read again and when another article reports it", async () => {
    await open();
    const [saved] = (await store.saveArticle(ARTICLE_A, [toSave()])).records;
    if (!saved) throw new Error("not saved");
    await store.correct(saved.id, { rank: 2, rankLabel: "peringkat kedua" });
    await store.saveArticle(ARTICLE_A, [toSave({ rank: 1 })]);
    await store.saveArticle(ARTICLE_B, [toSave({ rank: 1 })]);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect([all[0]?.rank, all[0]?.rankLabel, all[0]?.status]).toEqual([2, "peringkat kedua", "corrected"]);
    expect(all[0]?.sources).toHaveLength(2);
  });

  it("finds a record whose awardee the reader corrected when the extractor reads it the old way", async () => {
    await open();
    const [saved] = (await store.saveArticle(ARTICLE_A, [toSave({ awardee: "Kabupaten Gianyarr" })])).records;
    if (!saved) throw new Error("not saved");
    await store.correct(saved.id, { awardee: "Kabupaten Gianyar" });
    await store.saveArticle(ARTICLE_A, [toSave({ awardee: "Kabupaten Gianyarr" })]);
    // …and the corrected spelling, as a correct article would state it, joins the same record.
    await store.saveArticle(ARTICLE_B, [toSave({ awardee: "Kabupaten Gianyar" })]);
    const all = await store.list();
    expect(all.map((r) => r.awardee)).toEqual(["Kabupaten Gianyar"]);
    expect(all[0]?.sources).toHaveLength(2);
  });

  it("does not bring back a rejected record when the article is read again", async () => {
    await open();
    const [saved] = (await store.saveArticle(ARTICLE_A, [toSave()])).records;
    if (!saved) throw new Error("not saved");
    await store.reject(saved.id);
    const again = await store.saveArticle(ARTICLE_A, [toSave()]);
    await store.saveArticle(ARTICLE_B, [toSave()]);
    expect(again.records[0]?.status).toBe("rejected");
    expect(await store.list()).toEqual([]);
    const withRejected = await store.list({ includeRejected: true });
    expect(withRejected.map((r) => r.status)).toEqual(["rejected"]);
    expect(await store.count()).toBe(1);
    expect((await store.restore(saved.id)).status).toBe("extracted");
    expect(await store.list()).toHaveLength(1);
  });

  it("refuses malformed records with a clear error and saves none of them", async () => {
    await open();
    const bad = { ...toSave(), year: 1850 };
    await expect(store.saveArticle(ARTICLE_A, [toSave(BANK_FIELDS), bad])).rejects.toThrow(
      /Records refused, nothing was saved: \[1\]\.year: must be at least 2000/,
    );
    await expect(store.saveArticle({ ...ARTICLE_A, url: "javascript:alert(1)" }, [toSave()])).rejects.toThrow(
      /url: article URL must be an http\(s\) address/,
    );
    expect(await store.count()).toBe(0);
  });

  it("leaves nothing half-written when the browser's storage is full", async () => {
    await open();
    await store.saveArticle(ARTICLE_A, [toSave()]);
    const before = await store.exportBackup();
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 2) throw new DOMException("quota", "QuotaExceededError");
      return realPut.apply(this, args);
    });
    await expect(store.saveArticle(ARTICLE_B, [toSave(), toSave(BANK_FIELDS)])).rejects.toThrow(
      /storage for Paritrana Lens is full, so nothing was saved/,
    );
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect((await store.exportBackup()).records).toEqual(before.records);
  });
});
