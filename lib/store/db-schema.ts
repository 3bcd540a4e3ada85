// The database's layout and its history. The history is append-only: a shipped step is never
// edited (a user's database already ran it); a change is a new step at the end, with a test that
// upgrades a database made by the step before it (test/store/upgrade.test.ts).
import type { DBSchema, IDBPDatabase, IDBPTransaction } from "idb";
import { mergeRecordPair, sourceUrlKey } from "../records/merge";
import { awardeeKey, sameAwardKey } from "../records/same-award";
import { StoredRecord } from "../records/schema";

export const DEFAULT_DB_NAME = "paritrana-lens";

/** A record as the database row holds it: plus what its indexes need. */
export type RecordRow = StoredRecord & {
  /** The awardee as the same-award rule compares it: the "awardee" index. */
  awardeeKey: string;
  /** Its articles' addresses without fragment: the "sourceUrl" index, for an article read again. */
  sourceUrls: string[];
};

export interface MetaRows {
  /** The schema version the database was last upgraded to, and when. */
  schema: { version: number; upgradedAt: number };
  /** Written once when the database is created: if it is gone, the browser evicted the database. */
  sentinel: { createdAt: number };
}

export interface LensDB extends DBSchema {
  records: {
    key: string;
    value: RecordRow;
    indexes: {
      year: number;
      category: string;
      province: string;
      awardee: string;
      status: string;
      keys: string;
      sourceUrl: string;
      absorbed: string;
    };
  };
  meta: { key: keyof MetaRows; value: MetaRows[keyof MetaRows] };
}

export function toRow(record: StoredRecord): RecordRow {
  return {
    ...record,
    awardeeKey: awardeeKey(record.awardee, record.awardeeType),
    sourceUrls: [...new Set(record.sources.map((s) => sourceUrlKey(s.url)))],
  };
}

/**
 * The record a row holds, or undefined for a row the schema refuses (written by a bug, or kept by
 * an upgrade that could not read it). Such a row stays in the database and in backups; it is just
 * never shown, matched or edited.
 */
export function readRow(row: unknown): StoredRecord | undefined {
  const result = StoredRecord.safeParse(row);
  return result.success ? result.data : undefined;
}

// Steps see the database as it was at their version, not as the types say it is now.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], "versionchange">;
type UpgradeStep = (db: AnyDB, tx: UpgradeTx, now: number) => Promise<void> | void;

/** UPGRADES[n] takes a database from version n to n + 1. */
export const UPGRADES: readonly UpgradeStep[] = [
  // v0 → v1: records keyed by id, with the table's filters and the same-award keys as indexes.
  (db, _tx, now) => {
    const records = db.createObjectStore("records", { keyPath: "id" });
    records.createIndex("year", "year");
    records.createIndex("category", "category");
    records.createIndex("province", "province");
    records.createIndex("status", "status");
    records.createIndex("keys", "keys", { multiEntry: true });
    const meta = db.createObjectStore("meta");
    meta.put({ createdAt: now }, "sentinel");
  },
  // v1 → v2: an "awardee" index, on the awardee as the same-award rule compares it, so the table
  // finds "PT Bank Contoh Tbk" when asked for "Bank Contoh". Every existing row gets the field.
  async (_db, tx) => {
    const records = tx.objectStore("records");
    records.createIndex("awardee", "awardeeKey");
    let cursor = await records.openCursor();
    while (cursor) {
      const row = cursor.value as Partial<StoredRecord>;
      // A row this step cannot read still stays: it is kept as it was, just not in the index.
      if (typeof row.awardee === "string") {
        await cursor.update({ ...row, awardeeKey: awardeeKey(row.awardee, row.awardeeType ?? "lainnya") });
      }
      cursor = await cursor.continue();
    }
  },
  // v2 → v3: records are found by what they say now and an article's re-reading replaces its
  // earlier one, so rows get the "sourceUrl" index (and "absorbed", the ids merged into a record).
  // A rejection gets its time, so later sources can be told apart. Two active records of one award
  // (a correction into another's award, left by earlier versions) are folded into one,
  // unless the reader corrected the same field differently in each: then both stay for the reader.
  async (_db, tx) => {
    const records = tx.objectStore("records");
    records.createIndex("sourceUrl", "sourceUrls", { multiEntry: true });
    records.createIndex("absorbed", "absorbed", { multiEntry: true });
    const holders = new Map<string, StoredRecord>();
    let cursor = await records.openCursor();
    while (cursor) {
      const record = StoredRecord.safeParse(cursor.value).data;
      if (record) {
        const current =
          record.status === "rejected" && record.decidedAt === undefined
            ? { ...record, decidedAt: record.updatedAt }
            : record;
        const key = sameAwardKey(current);
        const holder = current.status === "rejected" ? undefined : holders.get(key);
        if (holder && !conflicting(holder, current)) {
          const folded = mergeRecordPair(holder, current, holder.updatedAt, "decisions");
          holders.set(key, folded);
          await records.put(toRow(folded));
          await cursor.delete();
        } else {
          if (current.status !== "rejected" && !holder) holders.set(key, current);
          await cursor.update(toRow(current));
        }
      }
      cursor = await cursor.continue();
    }
  },
];

/** The reader corrected one field to different values in two records: folding would lose one. */
function conflicting(a: StoredRecord, b: StoredRecord): boolean {
  return a.correctedFields.some((f) => b.correctedFields.includes(f) && a[f] !== b[f]);
}

export const SCHEMA_VERSION = UPGRADES.length;

export async function runUpgrades(
  db: AnyDB,
  tx: UpgradeTx,
  oldVersion: number,
  newVersion: number,
  now: number,
): Promise<void> {
  for (let version = oldVersion; version < newVersion; version++) {
    const step = UPGRADES[version];
    if (!step) throw new Error(`no upgrade step from schema version ${version}`);
    await step(db, tx, now);
  }
  await tx.objectStore("meta").put({ version: newVersion, upgradedAt: now }, "schema");
}
