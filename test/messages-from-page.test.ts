// What a content script may do from the hover card: correct or reject the records its own tab
// saved, show its count — and nothing on records it did not read.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handleMessage } from "../lib/messages";
import { type AwardStore, openAwardStore } from "../lib/store";
import { ARTICLE_A, BANK_FIELDS, freshDbName, toSave } from "./fixtures/records";

let store: AwardStore;
beforeEach(async () => {
  store = await openAwardStore(freshDbName());
});
afterEach(() => store.close());

describe("content-script corrections from the hover card", () => {
  it("rejects or corrects only a record the tab owns", async () => {
    await handleMessage(store, {
      type: "save-article",
      article: ARTICLE_A,
      records: [toSave(), toSave(BANK_FIELDS)],
    });
    const [own, other] = await store.list();
    if (!own || !other) throw new Error("two records expected");
    const owned = new Set([own.id]);
    const from = { from: "content-script", ownsRecord: (id: string) => owned.has(id) } as const;

    const refused = await handleMessage(store, { type: "reject-record", id: other.id }, from);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/not read from this page/) });
    const refusedEdit = await handleMessage(
      store,
      { type: "correct-record", id: other.id, patch: { rank: 9 } },
      from,
    );
    expect(refusedEdit.ok).toBe(false);
    expect((await store.get(other.id))?.status).toBe("extracted");

    const rejected = await handleMessage(store, { type: "reject-record", id: own.id }, from);
    expect(rejected).toMatchObject({ ok: true, record: { id: own.id, status: "rejected" } });
    // without an ownership check the background refuses too
    const noCheck = await handleMessage(
      store,
      { type: "reject-record", id: other.id },
      { from: "content-script" },
    );
    expect(noCheck.ok).toBe(false);
  });

  it("passes a page's award count to the badge", async () => {
    const shown: number[] = [];
    const reply = await handleMessage(
      store,
      { type: "page-records", count: 3 },
      { from: "content-script", showCount: (n) => void shown.push(n) },
    );
    expect(reply).toEqual({ ok: true });
    expect(shown).toEqual([3]);
    expect(
      (await handleMessage(store, { type: "page-records", count: -1 }, { from: "content-script" })).ok,
    ).toBe(false);
  });
});
