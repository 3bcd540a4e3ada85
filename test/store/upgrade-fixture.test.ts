// The database a user of schema version 1 really has (test/fixtures/db/v1.json, frozen; see
// make-v1.ts), restored with raw IndexedDB calls and opened by today's store: every row survives.
import { readFileSync } from "node:fs";
import { openDB } from "idb";
import { afterEach, describe, expect, it } from "vitest";
import { type AwardStore, openAwardStore, SCHEMA_VERSION } from "../../lib/store";
import { ARTICLE_A, freshDbName, toSave } from "../fixtures/records";
import { upgradedRow } from "../fixtures/store/upgraded";

type Dump = {
  version: number;
  stores: {
    name: string;
    keyPath: string | null;
    autoIncrement: boolean;
    indexes: { name: string; keyPath: string; unique: boolean; multiEntry: boolean }[];
    entries: { key?: IDBValidKey; value: Record<string, unknown> }[];
  }[];
};

const dump: Dump = JSON.parse(readFileSync(new URL("../fixtures/db/v1.json", import.meta.url), "utf8"));
const recordRows = dump.stores.find((s) => s.name === "records")?.entries.map((e) => e.value) ?? [];
const readable = recordRows.filter((row) => typeof row.awardee === "string");
const unreadable = recordRows.filter((row) => typeof row.awardee !== "string");

/** Recreates the dumped database exactly: its stores, indexes and rows, at its version. */
async function restore(name: string): Promise<void> {
  const db = await openDB(name, dump.version, {
    upgrade(raw) {
      for (const s of dump.stores) {
        const store = raw.createObjectStore(s.name, {
          keyPath: s.keyPath ?? undefined,
          autoIncrement: s.autoIncrement,
        });
        for (const i of s.indexes)
          store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
      }
    },
  });
  const tx = db.transaction(
    dump.stores.map((s) => s.name),
    "readwrite",
  );
  for (const s of dump.stores) {
    for (const e of s.entries)
      await tx.objectStore(s.name).put(e.value, s.keyPath === null ? e.key : undefined);
  }
  await tx.done;
  db.close();
}

let store: AwardStore | undefined;
afterEach(() => store?.close());

describe("upgrading the frozen version 1 database", () => {
  it("is a real v1 database: version 1, no awardee index, rows without the v2 field", () => {
    expect(dump.version).toBe(1);
    expect(SCHEMA_VERSION).toBeGreaterThan(1);
    expect(dump.stores.find((s) => s.name === "records")?.indexes.map((i) => i.name)).not.toContain(
      "awardee",
    );
    expect(readable.length).toBeGreaterThanOrEqual(6);
    expect(recordRows.some((row) => "awardeeKey" in row)).toBe(false);
  });

  it("keeps every row, field for field, and the reader's corrections and rejections", async () => {
    const name = freshDbName();
    await restore(name);
    store = await openAwardStore(name);

    expect(await store.count()).toBe(recordRows.length);
    // A rejection gets its time (v3): the sources that come after it can be told apart.
    for (const row of readable) expect(await store.get(row.id as string)).toEqual(upgradedRow(row));
    const all = await store.list({ includeRejected: true });
    expect(all.map((r) => r.id).sort()).toEqual(readable.map((r) => r.id).sort());
    expect(all.filter((r) => r.status === "corrected").map((r) => r.correctedFields)).toEqual([
      ["rank", "rankLabel"],
    ]);
    expect(all.filter((r) => r.status === "rejected")).toHaveLength(1);
    // The row v1 could not read is still there: carried in backups, never shown.
    const backup = await store.exportBackup();
    expect(backup.records).toHaveLength(readable.length);
    expect(backup.unreadable).toEqual(unreadable);
    // When the database was created is kept (the eviction check relies on it).
    const sentinel = dump.stores.find((s) => s.name === "meta")?.entries.find((e) => e.key === "sentinel");
    expect(sentinel).toBeDefined();
    expect(await store.createdAt()).toBe(sentinel?.value.createdAt);
  });

  it("makes old rows findable by the new awardee index and merges new readings into them", async () => {
    const name = freshDbName();
    await restore(name);
    store = await openAwardStore(name);
    const raw = await openDB(name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    raw.close();

    const company = readable.find((r) => r.awardeeType === "badan_usaha");
    expect((await store.list({ awardee: "Sumber Makmur Abadi" })).map((r) => r.id)).toEqual([company?.id]);

    // Klaten's record (corrected to rank 2 in v1) gets a new source; its correction stands.
    const klaten = readable.find((r) => r.awardee === "Kabupaten Klaten");
    if (!klaten) throw new Error("fixture has no Klaten record");
    const result = await store.saveArticle(ARTICLE_A, [
      toSave({
        awardee: "Kabupaten Klaten",
        rank: 1,
        category: "pemerintah_kabupaten_kota",
        province: "Jawa Tengah",
        year: 2024,
      }),
    ]);
    expect(result).toMatchObject({ created: 0, merged: 1 });
    const after = await store.get(klaten.id as string);
    expect([after?.rank, after?.sources.length]).toEqual([2, (klaten.sources as unknown[]).length + 1]);
  });
});
