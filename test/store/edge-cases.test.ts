// The store's edge cases of issue 13, each as a reader meets it over weeks: correcting, adding by
// hand, re-reading pages, moving a backup between two browsers.
import { describe, expect, it } from "vitest";
import type { StoredRecord } from "../../lib/records/schema";
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, GIANYAR_FIELDS, toSave } from "../fixtures/records";
import { openStore } from "./stores";

const THIRD_2023 = { year: 2023, rank: 3, rankLabel: "juara ketiga" };

async function savedOne(store: Awaited<ReturnType<typeof openStore>>, ...args: Parameters<typeof toSave>) {
  const [record] = (await store.saveArticle(ARTICLE_A, [toSave(...args)])).records;
  if (!record) throw new Error("not saved");
  return record;
}

const active = (records: readonly StoredRecord[]) => records.filter((r) => r.status !== "rejected");

describe("A. a record is found by what it says now", () => {
  it("a corrected year does not swallow another article's report of the old year", async () => {
    const store = await openStore();
    const read = await savedOne(store, THIRD_2023);
    await store.correct(read.id, { year: 2024 });
    const later = await store.saveArticle(ARTICLE_B, [toSave(THIRD_2023)]);
    expect([later.created, later.merged]).toEqual([1, 0]);
    const years = (await store.list()).map((r) => r.year).sort();
    expect(years).toEqual([2023, 2024]);
  });

  it("a corrected awardee does not swallow the old awardee's own win", async () => {
    const store = await openStore();
    const read = await savedOne(store, { awardee: "Kabupaten Badung" });
    await store.correct(read.id, { awardee: "Kabupaten Gianyar" });
    await store.saveArticle(ARTICLE_B, [toSave({ awardee: "Kabupaten Badung" }, "Badung")]);
    expect((await store.list()).map((r) => r.awardee).sort()).toEqual([
      "Kabupaten Badung",
      "Kabupaten Gianyar",
    ]);
  });

  it("re-reading the corrected article keeps the correction and makes no new record", async () => {
    const store = await openStore();
    const read = await savedOne(store, THIRD_2023);
    await store.correct(read.id, { year: 2024 });
    const again = await store.saveArticle(ARTICLE_A, [toSave(THIRD_2023)]);
    expect([again.created, again.merged]).toEqual([0, 1]);
    expect(again.records[0]).toMatchObject({ id: read.id, year: 2024 });
    expect(await store.count()).toBe(1);
  });
});

describe("F. importing a backup never rewrites a different award", () => {
  it("a backup's corrected 2024 record does not overwrite the 2023 third place of another browser", async () => {
    const first = await openStore();
    const read = await savedOne(first, THIRD_2023);
    await first.correct(read.id, { year: 2024 });
    const backup = await first.exportBackup();

    const second = await openStore();
    await second.saveArticle(ARTICLE_B, [toSave(THIRD_2023)]);
    await second.importBackup(backup);
    const all = await second.list();
    expect(all.map((r) => [r.year, r.rank]).sort()).toEqual([
      [2023, 3],
      [2024, 3],
    ]);
  });
});

describe("D. adding by hand an award that exists never erases", () => {
  it("blank fields of the form leave the stored values and are not corrections", async () => {
    const store = await openStore();
    const stored = await savedOne(store, { categoryLabel: "kabupaten/kota" });
    const { record, existed } = await store.addRecord({
      fields: { ...GIANYAR_FIELDS, rank: null, rankLabel: null, categoryLabel: null },
    });
    expect(existed).toBe(true);
    expect(record).toMatchObject({
      id: stored.id,
      rank: 1,
      rankLabel: "peringkat pertama",
      categoryLabel: "kabupaten/kota",
    });
    // What the reader filled in is theirs; what they left blank is not.
    expect(record.correctedFields).toEqual([
      "awardee",
      "awardeeType",
      "category",
      "scope",
      "province",
      "year",
    ]);
  });

  // Found by the model-based test (model.test.ts), shrunk: the addition was the reader's act.
  it("an award added by hand that was already stored stays when its article is re-read without it", async () => {
    const store = await openStore();
    const stored = await savedOne(store);
    await store.addRecord({ fields: GIANYAR_FIELDS });
    await store.saveArticle(ARTICLE_A, []);
    expect((await store.get(stored.id))?.status).toBe("corrected");
  });

  it("a new record typed with blanks lets a later article fill them", async () => {
    const store = await openStore();
    const { record } = await store.addRecord({
      fields: { ...GIANYAR_FIELDS, rank: null, rankLabel: null },
    });
    expect(record.correctedFields).not.toContain("rank");
    await store.saveArticle(ARTICLE_B, [toSave()]);
    expect(await store.get(record.id)).toMatchObject({ rank: 1, rankLabel: "peringkat pertama" });
  });
});

describe("E. an article's reading replaces its earlier reading", () => {
  it("a first read without a year leaves no stale record once the year is read", async () => {
    const store = await openStore();
    await savedOne(store, { year: null });
    await store.saveArticle(ARTICLE_A, [toSave()]);
    const all = await store.list({ includeRejected: true });
    expect(all.map((r) => r.year)).toEqual([2024]);
  });

  it("a reading the reader touched stays; one other articles support only loses this article", async () => {
    const store = await openStore();
    const touched = await savedOne(store, { year: null, awardee: "Kabupaten Badung" });
    await store.correct(touched.id, { rank: 2, rankLabel: "juara kedua" });
    const shared = await savedOne(store, { year: null });
    await store.saveArticle(ARTICLE_B, [toSave({ year: null })]);
    await store.saveArticle(ARTICLE_A, [toSave()]);

    expect((await store.get(touched.id))?.sources.map((s) => s.url)).toEqual([ARTICLE_A.url]);
    expect((await store.get(shared.id))?.sources.map((s) => s.url)).toEqual([ARTICLE_B.url]);
    expect(await store.count()).toBe(3);
  });
});

describe("B. a correction into another record's award leaves one record", () => {
  it("folds the two, sources united and the reader's fields winning, and a re-read adds nothing", async () => {
    const store = await openStore();
    const [badung] = (await store.saveArticle(ARTICLE_A, [toSave({ awardee: "Kabupaten Badung", rank: 2 })]))
      .records;
    const [gianyar] = (await store.saveArticle(ARTICLE_B, [toSave()])).records;
    if (!badung || !gianyar) throw new Error("not saved");
    const folded = await store.correct(badung.id, { awardee: "Kabupaten Gianyar" });
    expect(folded.sources.map((s) => s.url).sort()).toEqual([ARTICLE_A.url, ARTICLE_B.url].sort());
    expect(folded.awardee).toBe("Kabupaten Gianyar");
    expect(folded.rank).toBe(2);
    expect(await store.count()).toBe(1);

    await store.saveArticle(ARTICLE_A, [toSave({ awardee: "Kabupaten Badung", rank: 2 })]);
    const all = await store.list();
    expect(all).toHaveLength(1);
    expect(all[0]?.sources).toHaveLength(2);
  });

  it("says which record holds the award before a correction is saved", async () => {
    const store = await openStore();
    const badung = await savedOne(store, { awardee: "Kabupaten Badung" });
    const [gianyar] = (await store.saveArticle(ARTICLE_B, [toSave()])).records;
    expect(await store.sameAward({ ...GIANYAR_FIELDS }, badung.id)).toMatchObject({ id: gianyar?.id });
    expect(await store.sameAward({ ...GIANYAR_FIELDS, year: 2020 }, badung.id)).toBeUndefined();
  });
});

describe("a rejection is a decision about evidence, not a silencer", () => {
  it("a rejected award stays rejected and counts the sources that came after the rejection", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock++ });
    const read = await savedOne(store);
    await store.reject(read.id);
    await store.saveArticle(ARTICLE_A, [toSave()]); // the same article again: not new
    await store.saveArticle(ARTICLE_B, [toSave()]);
    const [row] = (await store.listRows()).rows;
    expect(row).toMatchObject({ status: "rejected", sourceCount: 2, newSourceCount: 1 });
    await store.restore(read.id);
    expect((await store.listRows()).rows[0]?.newSourceCount).toBe(0);
  });

  // Found by the model test: an award rejected, added again by hand, then the rejection undone.
  it("restoring an award that was added again since leaves one record of it", async () => {
    const store = await openStore();
    const { record: first } = await store.addRecord({ fields: GIANYAR_FIELDS });
    await store.reject(first.id);
    await store.addRecord({ fields: GIANYAR_FIELDS });
    await store.restore(first.id);
    expect(active(await store.list())).toHaveLength(1);
  });
});

describe("merge and import keep what the reader did", () => {
  it("a merge keeps the second record's quote from the same article", async () => {
    const store = await openStore();
    const [one, two] = (
      await store.saveArticle(ARTICLE_A, [toSave({}, "Gianyar"), toSave({ year: 2023 }, "Kabupaten Gianyar")])
    ).records;
    if (!one || !two) throw new Error("not saved");
    const merged = await store.mergeRecords(one.id, two.id);
    const quotes = merged.sources.flatMap((s) => [s.evidence, ...(s.moreEvidence ?? [])].map((e) => e.quote));
    expect(quotes.sort()).toEqual(["Gianyar", "Kabupaten Gianyar"]);
  });

  it("importing an old backup does not re-reject a record restored since", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock++ });
    const read = await savedOne(store);
    await store.reject(read.id);
    const old = await store.exportBackup();
    await store.restore(read.id);
    await store.importBackup(old);
    expect((await store.get(read.id))?.status).toBe("extracted");
  });

  it("the later of two corrections of one field wins on import, either way round", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock++ });
    const read = await savedOne(store);
    await store.correct(read.id, { rank: 2, rankLabel: "juara II" });
    const old = await store.exportBackup();
    await store.correct(read.id, { rank: 3, rankLabel: "juara III" });
    await store.importBackup(old);
    expect((await store.get(read.id))?.rank).toBe(3);

    const fresh = await openStore({ now: () => clock++ });
    await fresh.importBackup(old);
    await fresh.importBackup(await store.exportBackup());
    expect((await fresh.get(read.id))?.rank).toBe(3);
  });

  it("an import that brings a record into an award already held folds them into one", async () => {
    const first = await openStore();
    const badung = await savedOne(first, { awardee: "Kabupaten Badung" });
    const backup = await first.exportBackup();
    await first.correct(badung.id, { awardee: "Kabupaten Gianyar" });
    const second = await openStore();
    await second.importBackup(backup);
    await second.saveArticle(ARTICLE_C, [toSave()]);
    await second.importBackup(await first.exportBackup());
    expect(active(await second.list()).map((r) => r.awardee)).toEqual(["Kabupaten Gianyar"]);
  });

  it("a merge's choice of the kept record's values survives importing a backup from before it", async () => {
    let clock = 1_000;
    const store = await openStore({ now: () => clock++ });
    const [one, two] = (
      await store.saveArticle(ARTICLE_A, [toSave({}, "Gianyar"), toSave({ year: 2023 }, "Kabupaten Gianyar")])
    ).records;
    if (!one || !two) throw new Error("not saved");
    await store.correct(one.id, { rank: 2, rankLabel: "juara II" });
    await store.correct(two.id, { rank: 3, rankLabel: "juara III" });
    const before = await store.exportBackup();
    await store.mergeRecords(one.id, two.id);
    await store.importBackup(before);
    expect(await store.get(one.id)).toMatchObject({ rank: 2, rankLabel: "juara II" });
    expect(await store.count()).toBe(1);
  });
});
