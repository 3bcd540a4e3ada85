import { openDB } from "idb";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type AwardStore, openAwardStore, SCHEMA_VERSION } from "../../lib/store";
import { ARTICLE_A, freshDbName, toSave } from "../fixtures/records";
import { upgradedRow } from "../fixtures/store/upgraded";
import { createV1Database, V1_CREATED_AT, V1_UNREADABLE_ROW, v1Rows } from "../fixtures/store/v1-database";

let store: AwardStore | undefined;
afterEach(() => store?.close());

describe("schema upgrade", () => {
  it("keeps every row of a version 1 database and makes them findable by awardee", async () => {
    const name = freshDbName();
    await createV1Database(name);
    store = await openAwardStore(name);

    const rows = v1Rows();
    expect(await store.count()).toBe(rows.length + 1);
    // A rejection gets its time (v3): the sources that come after it can be told apart.
    for (const row of rows) expect(await store.get(row.id as string)).toEqual(upgradedRow(row));
    // The unreadable row is kept as it was, not dropped: not shown, but carried in backups.
    expect(await store.get(V1_UNREADABLE_ROW.id)).toBeUndefined();
    expect(await store.list({ includeRejected: true })).toHaveLength(rows.length);
    const backup = await store.exportBackup();
    expect(backup.records).toHaveLength(rows.length);
    expect(backup.unreadable).toEqual([V1_UNREADABLE_ROW]);

    // The new "awardee" index covers the old rows.
    expect((await store.list({ awardee: "Bank Contoh" })).map((r) => r.id)).toEqual(["v1-bank"]);
    expect(await store.list({ province: "Jawa Timur", year: 2021 })).toHaveLength(10);
    expect(await store.createdAt()).toBe(V1_CREATED_AT);
  });

  it("records the new schema version and keeps old records working with new extractions", async () => {
    const name = freshDbName();
    await createV1Database(name);
    store = await openAwardStore(name);
    const raw = await openDB(name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    expect(await raw.get("meta", "schema")).toMatchObject({ version: SCHEMA_VERSION });
    raw.close();

    // A v1 corrected record still keeps its correction when an article reports it again.
    const [bank] = (
      await store.saveArticle(ARTICLE_A, [
        toSave({
          awardee: "Bank Contoh",
          awardeeType: "badan_usaha",
          rank: 3,
          rankLabel: "juara III",
          category: "sektor:keuangan",
          scope: "nasional",
          province: null,
          year: 2023,
        }),
      ])
    ).records;
    expect([bank?.id, bank?.rank, bank?.sources.length]).toEqual(["v1-bank", 1, 3]);
  });

  it("leaves a version 1 database exactly as it was when its upgrade fails halfway", async () => {
    const name = freshDbName();
    await createV1Database(name);
    const realUpdate = IDBCursor.prototype.update;
    let updates = 0;
    vi.spyOn(IDBCursor.prototype, "update").mockImplementation(function (this: IDBCursor, value) {
      updates += 1;
      if (updates === 5) throw new DOMException("disk went away", "UnknownError");
      return realUpdate.call(this, value);
    });
    await expect(openAwardStore(name)).rejects.toThrow(/Could not open the record database/);
    vi.restoreAllMocks();
    expect(updates).toBe(5);

    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(
      raw.objectStoreNames.contains("records") &&
        raw.transaction("records").store.indexNames.contains("awardee"),
    ).toBe(false);
    const rows = await raw.getAll("records");
    raw.close();
    expect(rows).toHaveLength(v1Rows().length + 1);
    expect(rows.some((row) => "awardeeKey" in row)).toBe(false);

    // Once the cause is gone, the upgrade runs again from the start and succeeds.
    store = await openAwardStore(name);
    expect(await store.list({ awardee: "Bank Contoh" })).toHaveLength(1);
  });

  it("refuses a database written by a newer version with a clear message and leaves it alone", async () => {
    const name = freshDbName();
    const newer = await openDB(name, SCHEMA_VERSION + 1, {
      upgrade(db) {
        db.createObjectStore("records", { keyPath: "id" }).put({ id: "future" });
      },
    });
    newer.close();
    await expect(openAwardStore(name)).rejects.toThrow(/written by a newer version of Paritrana Lens/);
    const after = await openDB(name);
    expect(await after.get("records", "future")).toEqual({ id: "future" });
    after.close();
  });

  it("steps aside when a newer version opens the database, instead of blocking its upgrade", async () => {
    const name = freshDbName();
    store = await openAwardStore(name);
    await store.saveArticle(ARTICLE_A, [toSave()]);
    const newer = await openDB(name, SCHEMA_VERSION + 1);
    expect(await newer.count("records")).toBe(1);
    newer.close();
    await expect(store.count()).rejects.toThrow(/written by a newer version/);
  });
});
