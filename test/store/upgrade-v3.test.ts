// Version 2 → 3: the sourceUrl index, rejection times, and today's stale duplicates folded.
import { afterEach, describe, expect, it } from "vitest";
import type { StoredRecord } from "../../lib/records/schema";
import { type AwardStore, openAwardStore } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, freshDbName, toSave } from "../fixtures/records";
import { createV2Database, V2_UNREADABLE } from "../fixtures/store/v2-database";

let store: AwardStore | undefined;
afterEach(() => store?.close());

async function upgraded() {
  const name = freshDbName();
  await createV2Database(name);
  store = await openAwardStore(name);
  return store;
}

const byId = (records: readonly StoredRecord[], id: string) => records.find((r) => r.id === id);

describe("upgrade from schema version 2", () => {
  it("folds two active records of one award into one, keeping the correction and every source", async () => {
    const s = await upgraded();
    const all = await s.list({ includeRejected: true });
    const gianyar = all.filter((r) => r.awardee === "Kabupaten Gianyar");
    expect(gianyar).toHaveLength(1);
    expect(gianyar[0]).toMatchObject({
      id: "v2-corrected",
      status: "corrected",
      rank: 2,
      absorbed: ["v2-extracted"],
    });
    expect(gianyar[0]?.correctedFields).toEqual(["awardee"]);
    expect(gianyar[0]?.sources.map((src) => src.url)).toEqual([ARTICLE_A.url, ARTICLE_B.url]);
    // Article A's other quote (from the folded record) is kept beside its first.
    expect(gianyar[0]?.sources[0]?.moreEvidence?.map((e) => e.quote)).toEqual(["Gianyar"]);
  });

  it("leaves both records where the reader corrected one field differently, and a rejected one apart", async () => {
    const s = await upgraded();
    const all = await s.list({ includeRejected: true });
    expect(byId(all, "v2-denpasar-2")?.rank).toBe(2);
    expect(byId(all, "v2-denpasar-3")?.rank).toBe(3);
    expect(byId(all, "v2-rejected")).toMatchObject({
      status: "rejected",
      decidedAt: byId(all, "v2-rejected")?.updatedAt,
    });
    expect(byId(all, "v2-active")?.status).toBe("extracted");
    expect(all).toHaveLength(5);
    expect((await s.exportBackup()).unreadable).toEqual([V2_UNREADABLE]);
  });

  it("finds records by their articles: re-reading the corrected article keeps one record", async () => {
    const s = await upgraded();
    await s.saveArticle(ARTICLE_A, [
      toSave({ awardee: "Kabupaten Badung", rank: 2, rankLabel: "peringkat kedua" }, "Badung"),
      toSave({ awardee: "Kota Denpasar", awardeeType: "kota" }, "Denpasar"),
      toSave({ awardee: "Kabupaten Bangli" }, "Bangli"),
    ]);
    const all = await s.list({ includeRejected: true });
    expect(all.filter((r) => r.awardee === "Kabupaten Gianyar")).toHaveLength(1);
    expect(all.some((r) => r.awardee === "Kabupaten Badung")).toBe(false);
    // A re-read does not settle the reader's two differing corrections for them.
    expect(all.filter((r) => r.awardee === "Kota Denpasar").map((r) => r.rank)).toEqual([2, 3]);
    // The rejected Bangli record got nothing new from an article it already had.
    expect((await s.listRows()).rows.find((r) => r.id === "v2-rejected")?.newSourceCount).toBe(0);
  });
});
