import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  handleMessage,
  type Message,
  MessageError,
  parseMessage,
  type Send,
  sendMessage,
} from "../lib/messages";
import { pickFields } from "../lib/records/merge";
import { type AwardStore, openAwardStore } from "../lib/store";
import { ARTICLE_A, BANK_FIELDS, freshDbName, toSave } from "./fixtures/records";

let store: AwardStore;
beforeEach(async () => {
  store = await openAwardStore(freshDbName());
});
afterEach(() => store.close());

/** Messages cross a structured-clone boundary, as runtime.sendMessage does. */
const send: Send = async (message) => structuredClone(await handleMessage(store, structuredClone(message)));

describe("handleMessage", () => {
  it("answers ping with the number of stored records", async () => {
    expect(await handleMessage(store, { type: "ping" })).toEqual({ ok: true, recordCount: 0 });
    await handleMessage(store, { type: "save-article", article: ARTICLE_A, records: [toSave()] });
    expect(await handleMessage(store, { type: "ping" })).toEqual({ ok: true, recordCount: 1 });
  });

  it("saves an article's records and lists them", async () => {
    const saved = await handleMessage(store, {
      type: "save-article",
      article: ARTICLE_A,
      records: [toSave(), toSave(BANK_FIELDS)],
    });
    expect(saved).toMatchObject({ ok: true, created: 2, merged: 0 });
    const listed = await handleMessage(store, { type: "list-records", query: { year: 2023 } });
    expect(listed.ok && "records" in listed && listed.records.map((r) => r.awardee)).toEqual([
      "PT Bank Contoh Tbk",
    ]);
  });

  const malformed: [string, unknown, RegExp][] = [
    ["not an object", "save everything", /expected an object with a "type"/],
    ["an unknown type", { type: "drop-database" }, /unknown type "drop-database"/],
    ["a missing field", { type: "save-article", article: ARTICLE_A }, /records: expected array/],
    [
      "a bad record among good ones",
      { type: "save-article", article: ARTICLE_A, records: [toSave(), { ...toSave(), awardeeType: "raja" }] },
      /Message "save-article" refused, nothing was changed: records\[1\]\.awardeeType: must be one of/,
    ],
    ["an extra field", { type: "ping", sql: "DROP" }, /unknown field\(s\) sql/],
  ];
  for (const [what, raw, error] of malformed) {
    it(`refuses ${what} with a readable error and writes nothing`, async () => {
      const reply = await handleMessage(store, raw);
      expect(reply.ok).toBe(false);
      expect(!reply.ok && reply.error).toMatch(error);
      expect(await store.count()).toBe(0);
    });
  }

  it("passes the store's reason back when a correction is invalid, and keeps the record", async () => {
    await handleMessage(store, { type: "save-article", article: ARTICLE_A, records: [toSave()] });
    const [record] = await store.list();
    const reply = await handleMessage(store, { type: "correct-record", id: record?.id, patch: { rank: 0 } });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/patch\.rank: must be at least 1/) });
    expect(await store.list()).toEqual([record]);
  });

  it("refuses a content script's attempt to edit or wipe records, but lets it save", async () => {
    const from = { from: "content-script" } as const;
    const saved = await handleMessage(
      store,
      { type: "save-article", article: ARTICLE_A, records: [toSave()] },
      from,
    );
    expect(saved.ok).toBe(true);
    const [record] = await store.list();
    for (const raw of [
      { type: "delete-record", id: record?.id },
      { type: "import-backup", backup: {} },
      { type: "export-backup" },
    ]) {
      const reply = await handleMessage(store, raw, from);
      expect(reply).toEqual({ ok: false, error: expect.stringMatching(/not allowed from a web page/) });
    }
    expect(await store.count()).toBe(1);
  });

  it("never throws, even when the store is gone", async () => {
    store.close();
    expect(await handleMessage(store, { type: "ping" })).toEqual({
      ok: false,
      error: "The record store is closed.",
      // What the interface needs to say it in its own language.
      code: "closed",
      params: [],
    });
  });
});

describe("sendMessage", () => {
  it("returns each message's result, typed and checked", async () => {
    const saved = await sendMessage(send, { type: "save-article", article: ARTICLE_A, records: [toSave()] });
    const id = saved.records[0]?.id ?? "";
    const rejected = await sendMessage(send, { type: "reject-record", id });
    expect(rejected.record.status).toBe("rejected");
    expect((await sendMessage(send, { type: "list-records" })).records).toEqual([]);
    const { backup } = await sendMessage(send, { type: "export-backup" });
    expect(backup.records).toHaveLength(1);
    expect(await sendMessage(send, { type: "import-backup", backup })).toEqual({
      created: 0,
      merged: 1,
      skipped: 0,
    });
    expect(await sendMessage(send, { type: "delete-record", id })).toEqual({});
    expect(await sendMessage(send, { type: "get-record", id })).toEqual({ record: null });
  });

  it("throws the background's reason when it refuses", async () => {
    await expect(sendMessage(send, { type: "import-backup", backup: { format: "x" } })).rejects.toThrow(
      /Backup not imported, nothing was changed: the file is not a Paritrana Lens backup/,
    );
  });

  it("does not send a malformed message at all", async () => {
    const spy = vi.fn(send);
    const bad = { type: "get-record", id: "" } as Message;
    await expect(sendMessage(spy, bad)).rejects.toBeInstanceOf(MessageError);
    expect(spy).not.toHaveBeenCalled();
  });

  it("says so when the background does not answer or answers nonsense", async () => {
    await expect(sendMessage(async () => undefined, { type: "ping" })).rejects.toThrow(/No answer to "ping"/);
    await expect(
      sendMessage(async () => ({ ok: true, recordCount: "many" }), { type: "ping" }),
    ).rejects.toThrow(/Unreadable answer to "ping": recordCount: expected number/);
  });
});

describe("parseMessage", () => {
  it("returns a well-formed message unchanged", () => {
    const message = { type: "merge-records", keepId: "a", otherId: "b" };
    expect(parseMessage(message)).toEqual(message);
  });
});

describe("add-record", () => {
  it("adds a record by hand from an extension page, never from a web page", async () => {
    const fields = pickFields(toSave());
    const added = await sendMessage(send, { type: "add-record", record: { fields } });
    expect(added.existed).toBe(false);
    expect(added.record.status).toBe("corrected");
    const refused = await handleMessage(
      store,
      { type: "add-record", record: { fields } },
      { from: "content-script" },
    );
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/not allowed from a web page/) });
  });
});
