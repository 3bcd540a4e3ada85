import { afterEach, describe, expect, it } from "vitest";
import { type AwardStore, openAwardStore, openRowReader } from "../../lib/store";
import { ARTICLE_A, freshDbName, toSave } from "../fixtures/records";

let store: AwardStore | undefined;
afterEach(() => store?.close());

describe("openRowReader (the table page reading the database itself)", () => {
  it("reads the same rows and pages as the background's store", async () => {
    const name = freshDbName();
    store = await openAwardStore(name);
    await store.saveArticle(ARTICLE_A, [
      toSave(),
      toSave({ awardee: "Kota Denpasar", awardeeType: "kota", rank: 2, rankLabel: "juara II" }),
      toSave({ year: 2023, rank: 3, rankLabel: "juara III" }),
    ]);
    const reader = await openRowReader(name);
    const first = await reader.listRows({ limit: 2 });
    const { total, ...stored } = await store.listRows({ limit: 2 });
    expect(total).toBe(3);
    expect(first).toEqual(stored);
    const rest = await reader.listRows({ after: first.next as string, limit: 2 });
    expect(rest).toEqual(await store.listRows({ after: first.next as string, limit: 2 }));
    expect(rest.next).toBeNull();
    await expect(reader.listRows({ limit: 0 })).rejects.toThrow(/Page refused/);
    reader.close();
  });

  it("never creates a database: a missing one fails, and the background then creates it whole", async () => {
    const name = freshDbName();
    await expect(openRowReader(name)).rejects.toThrow();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    store = await openAwardStore(name);
    expect(await store.count()).toBe(0);
    expect((await store.listRows()).rows).toEqual([]);
  });

  it("steps aside when the background upgrades the database", async () => {
    const name = freshDbName();
    store = await openAwardStore(name);
    store.close();
    const reader = await openRowReader(name);
    const upgraded = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(name, 99);
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
      open.onblocked = () => fail(new Error("blocked by the reader"));
    });
    upgraded.close();
    await expect(reader.listRows()).rejects.toThrow(/closed/);
  });
});
