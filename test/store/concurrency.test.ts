// Two tabs (two store handles on one database) saving at once, and writes the browser fails
// partway: the result is always whole — one merged record, or the database as it was.
import { describe, expect, it, vi } from "vitest";
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, BANK_FIELDS, toSave } from "../fixtures/records";
import { contents, openHandles } from "./stores";

describe("two tabs saving the same award at once", () => {
  it("leave one record with both articles as sources, seen alike by both", async () => {
    const [tab1, tab2] = await openHandles(2);
    if (!tab1 || !tab2) throw new Error("not opened");
    const [a, b] = await Promise.all([
      tab1.saveArticle(ARTICLE_A, [toSave(), toSave(BANK_FIELDS)]),
      tab2.saveArticle(ARTICLE_B, [toSave(BANK_FIELDS), toSave({ awardee: "KABUPATEN GIANYAR" })]),
    ]);
    // One save created each award, the other merged into it.
    expect([(a?.created ?? 0) + (b?.created ?? 0), (a?.merged ?? 0) + (b?.merged ?? 0)]).toEqual([2, 2]);
    const one = await tab1.list();
    expect(one).toHaveLength(2);
    for (const record of one) {
      expect(record.sources.map((s) => s.url).sort()).toEqual([ARTICLE_A.url, ARTICLE_B.url].sort());
    }
    expect(await tab2.list()).toEqual(one);
  });

  it("leave one record when many tabs save it at the same moment", async () => {
    const tabs = await openHandles(6);
    const articles = [ARTICLE_A, ARTICLE_B, ARTICLE_C];
    await Promise.all(
      tabs.flatMap((tab, i) => [
        tab.saveArticle(articles[i % 3] ?? ARTICLE_A, [toSave()]),
        tab.saveArticle(articles[(i + 1) % 3] ?? ARTICLE_A, [toSave()]),
      ]),
    );
    const all = await tabs[0]?.list();
    expect(all).toHaveLength(1);
    expect(all?.[0]?.sources.map((s) => s.url).sort()).toEqual(articles.map((a) => a.url).sort());
  });

  it("keep a correction made in one tab while another tab saves the award again", async () => {
    const [tab1, tab2] = await openHandles(2);
    if (!tab1 || !tab2) throw new Error("not opened");
    const [saved] = (await tab1.saveArticle(ARTICLE_A, [toSave()])).records;
    if (!saved) throw new Error("not saved");
    await Promise.all([
      tab1.correct(saved.id, { rank: 3, rankLabel: "juara III" }),
      tab2.saveArticle(ARTICLE_A, [toSave({ rank: 1 })]),
      tab2.saveArticle(ARTICLE_B, [toSave({ rank: 1 })]),
    ]);
    const [record] = await tab2.list();
    expect([record?.rank, record?.status, record?.sources.length]).toEqual([3, "corrected", 2]);
  });
});

describe("a write the browser fails partway", () => {
  /** Fails the `n`-th call of an IDBObjectStore method with a browser error. */
  function failNth(method: "put" | "delete", n: number, name = "UnknownError") {
    const real = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, method) as unknown as {
      mockImplementation(fn: (this: IDBObjectStore, ...args: unknown[]) => IDBRequest): void;
    };
    spy.mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
      calls += 1;
      if (calls === n) throw new DOMException("injected", name);
      return real.apply(this, args);
    });
    return () => calls;
  }

  it("merging two records: the deletion of one is undone when writing the other fails", async () => {
    const [store] = await openHandles(1);
    if (!store) throw new Error("not opened");
    const { records } = await store.saveArticle(ARTICLE_A, [
      toSave(),
      toSave({ awardee: "Kabupaten Gianyarr", rank: null }),
    ]);
    const [keep, other] = records;
    if (!keep || !other || keep.id === other.id) throw new Error("expected two records");
    const before = await contents(store);
    const calls = failNth("put", 1, "QuotaExceededError");
    await expect(store.mergeRecords(keep.id, other.id)).rejects.toThrow(/storage for Paritrana Lens is full/);
    vi.restoreAllMocks();
    expect(calls()).toBe(1);
    expect(await contents(store)).toEqual(before);
  });

  it("a correction leaves the record as it was", async () => {
    const [store] = await openHandles(1);
    if (!store) throw new Error("not opened");
    const [saved] = (await store.saveArticle(ARTICLE_A, [toSave()])).records;
    if (!saved) throw new Error("not saved");
    const before = await contents(store);
    failNth("put", 1);
    await expect(store.correct(saved.id, { rank: 2 })).rejects.toThrow(
      /Could not save, so nothing was changed/,
    );
    vi.restoreAllMocks();
    expect(await contents(store)).toEqual(before);
  });

  it("a hand-added record that merges into a stored one leaves both as they were", async () => {
    const [store] = await openHandles(1);
    if (!store) throw new Error("not opened");
    await store.saveArticle(ARTICLE_A, [toSave(), toSave(BANK_FIELDS)]);
    const before = await contents(store);
    failNth("put", 1);
    const { evidence: _evidence, ...fields } = toSave({ rank: 2 });
    await expect(store.addRecord({ fields })).rejects.toThrow(/nothing was changed/);
    vi.restoreAllMocks();
    expect(await contents(store)).toEqual(before);
  });
});
