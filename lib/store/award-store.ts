// The award store: every record the reader has collected, in the extension's own IndexedDB (the
// background's origin — a content script's database would belong to the news site). Each write
// is one transaction: it happens whole or not at all, and concurrent saves of one award serialize
// into one record because lookup and write share the transaction.
import { type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from "idb";
import * as z from "zod/mini";
import { describeIssues } from "../records/issues";
import { forgetReading, holderOf, matchReading } from "../records/match";
import {
  applyExtraction,
  collapseArticle,
  confirmFields,
  correctRecord,
  filledFields,
  mergeRecordPair,
  newRecord,
  pickFields,
  type StatusRule,
  setRejected,
  sourceUrlKey,
} from "../records/merge";
import { CorrectionPatch, HandRecord, RecordQuery } from "../records/requests";
import { awardeeKey, compactName, sameAwardKey } from "../records/same-award";
import {
  ArticleMeta,
  AwardFields,
  RecordToSave,
  StoredRecord,
  type StoredRecord as StoredRecordT,
} from "../records/schema";
import type { RowPage } from "../table/rows";
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, parseBackup } from "./backup";
import { DEFAULT_DB_NAME, type LensDB, readRow, runUpgrades, SCHEMA_VERSION, toRow } from "./db-schema";
import { StoreError, writeError } from "./errors";
import { parsePage, type RowsResult, readRowPage } from "./row-page";

export type { RowsResult };

export { CorrectionPatch, RecordQuery };

export interface SaveResult {
  created: number;
  merged: number;
  /** The stored record for each record sent, in the order sent (a rejected one says so). */
  records: StoredRecordT[];
}

export interface ImportResult {
  created: number;
  merged: number;
  /** Rows the backup carried as unreadable: kept in the file, not imported. */
  skipped: number;
}

export interface AddResult {
  record: StoredRecordT;
  /** The award was already stored: the reader's values and source were added to that record. */
  existed: boolean;
}

export interface StoreOptions {
  now?: () => number;
  newId?: () => string;
}

export interface AwardStore {
  readonly name: string;
  saveArticle(article: ArticleMeta, records: readonly RecordToSave[]): Promise<SaveResult>;
  list(query?: RecordQuery): Promise<StoredRecordT[]>;
  /** The table's rows, page by page in id order (rejected ones included). */
  listRows(page?: RowPage): Promise<RowsResult>;
  get(id: string): Promise<StoredRecordT | undefined>;
  count(): Promise<number>;
  correct(id: string, patch: CorrectionPatch): Promise<StoredRecordT>;
  addRecord(input: HandRecord): Promise<AddResult>;
  reject(id: string): Promise<StoredRecordT>;
  restore(id: string): Promise<StoredRecordT>;
  remove(id: string): Promise<void>;
  mergeRecords(keepId: string, otherId: string): Promise<StoredRecordT>;
  /** The active record that holds the award these fields state, other than `exceptId`: asked before a correction is saved. */
  sameAward(fields: AwardFields, exceptId?: string): Promise<StoredRecordT | undefined>;
  exportBackup(): Promise<Backup>;
  importBackup(input: unknown): Promise<ImportResult>;
  /** When the database was created: a later date than the reader expects means it was evicted. */
  createdAt(): Promise<number | undefined>;
  close(): void;
}

type Names = StoreNames<LensDB>[];
type WriteTx = IDBPTransaction<LensDB, Names, "readwrite">;
type ReadTx = IDBPTransaction<LensDB, ["records"], "readonly">;

function parse<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw new StoreError("invalid-input", `${what} refused, nothing was saved: ${issues}.`, {
      params: [issues],
    });
  }
  return result.data as z.infer<S>;
}

/** A record from a backup of an earlier version: its rejection gets a time, as the upgrade gives stored ones. */
const withDecisionTimes = (record: StoredRecordT): StoredRecordT =>
  record.status === "rejected" && record.decidedAt === undefined
    ? { ...record, decidedAt: record.updatedAt }
    : record;

function notFound(id: string): StoreError {
  return new StoreError("not-found", `No record with id "${id}" (it may have been deleted).`, {
    params: [id],
  });
}

/** Guard against our own merge bugs: nothing leaves a transaction that the schema would refuse. */
function checked(record: StoredRecordT): StoredRecordT {
  const result = StoredRecord.safeParse(record);
  if (!result.success) {
    const issues = describeIssues(result.error);
    throw new StoreError("write-failed", `Internal error, nothing was saved: ${issues}.`, {
      params: [issues],
    });
  }
  return result.data;
}

/** Every record that answers to a same-award key (what it says now, or an earlier reading). */
async function answering(tx: ReadTx | WriteTx, key: string): Promise<StoredRecordT[]> {
  const index: { getAll(key: string): Promise<unknown[]> } = (tx as ReadTx)
    .objectStore("records")
    .index("keys");
  return (await index.getAll(key)).map(readRow).filter((r) => r !== undefined);
}

/**
 * After a write that may have made a record state an award another active record holds: fold
 * them into one (the record just written kept, its corrections first), so that no award has two
 * active records whatever path led there.
 */
async function settle(
  tx: WriteTx,
  record: StoredRecordT,
  at: number,
  rule: StatusRule,
): Promise<StoredRecordT> {
  if (record.status === "rejected") return record;
  const store = tx.objectStore("records");
  let current = record;
  for (;;) {
    const other = holderOf(await answering(tx, sameAwardKey(current)), sameAwardKey(current), {
      except: current.id,
    });
    if (!other) return current;
    current = checked(mergeRecordPair(current, other, at, rule));
    await store.delete(other.id);
    await store.put(toRow(current));
  }
}

const compareForTable = (a: StoredRecordT, b: StoredRecordT) =>
  (b.year ?? -1) - (a.year ?? -1) ||
  a.awardee.localeCompare(b.awardee, "id") ||
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
  a.id.localeCompare(b.id);

export async function openAwardStore(
  name = DEFAULT_DB_NAME,
  options: StoreOptions = {},
): Promise<AwardStore> {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => crypto.randomUUID());
  let closed = false;
  let current: Promise<IDBPDatabase<LensDB>> | null = null;

  const open = () =>
    openDB<LensDB>(name, SCHEMA_VERSION, {
      upgrade(db, oldVersion, newVersion, tx) {
        // An upgrade that fails halfway must not commit half a migration. The abort then rejects
        // openDB itself, which reports it; tx.done's copy of that rejection is not news.
        tx.done.catch(() => {});
        const untypedDb = db as unknown as IDBPDatabase<unknown>;
        const untypedTx = tx as unknown as Parameters<typeof runUpgrades>[1];
        runUpgrades(untypedDb, untypedTx, oldVersion, newVersion ?? SCHEMA_VERSION, now()).catch(() => {
          try {
            tx.abort();
          } catch {
            // already finished
          }
        });
      },
      blocking() {
        // A newer version wants to upgrade: step aside; the next call reopens.
        void current?.then((db) => db.close());
        current = null;
      },
      terminated() {
        current = null;
      },
    }).catch((err: unknown) => {
      current = null;
      if (err instanceof Error && err.name === "VersionError") {
        throw new StoreError(
          "newer-database",
          "The saved records were written by a newer version of Paritrana Lens. Update the extension to open them.",
          { cause: err },
        );
      }
      throw new StoreError("write-failed", `Could not open the record database (${String(err)}).`, {
        cause: err,
        reason: "open",
        params: [String(err)],
      });
    });

  const database = () => {
    if (closed) return Promise.reject(new StoreError("closed", "The record store is closed."));
    current ??= open();
    return current;
  };

  async function write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    const db = await database();
    const tx = db.transaction(["records", "meta"], "readwrite");
    const done = tx.done;
    done.catch(() => {}); // observed below; an abort must not surface as an unhandled rejection
    try {
      const result = await fn(tx);
      await done;
      return result;
    } catch (err) {
      try {
        tx.abort();
      } catch {
        // already aborted by the browser (quota) or finished
      }
      throw writeError(err);
    }
  }

  async function update(
    id: string,
    change: (record: StoredRecordT) => StoredRecordT,
    fold = false,
  ): Promise<StoredRecordT> {
    return write(async (tx) => {
      const records = tx.objectStore("records");
      const before = readRow(await records.get(id));
      if (!before) throw notFound(id);
      const after = change(before);
      if (after === before) return after;
      await records.put(toRow(checked(after)));
      return fold ? settle(tx, after, after.updatedAt, "keep") : after;
    });
  }

  await database();

  return {
    name,

    async saveArticle(articleInput, recordsInput) {
      const article = parse(ArticleMeta, articleInput, "Article");
      const inputs = parse(z.array(RecordToSave), recordsInput, "Records");
      return write(async (tx) => {
        const store = tx.objectStore("records");
        const at = now();
        let created = 0;
        let merged = 0;
        const idByKey = new Map<string, string>();
        const latest = new Map<string, StoredRecordT>();
        for (const input of collapseArticle(inputs)) {
          const key = sameAwardKey(input);
          const match = matchReading(await answering(tx, key), key, article.url);
          let next = match
            ? applyExtraction(match, input, article, at)
            : newRecord(input, article, newId(), at);
          if (match) merged++;
          else created++;
          await store.put(toRow(checked(next)));
          // Filling what was unknown may make it state an award another record holds.
          if (match && sameAwardKey(match) !== sameAwardKey(next))
            next = await settle(tx, next, at, "decisions");
          idByKey.set(key, next.id);
          latest.set(next.id, next);
        }
        // This reading replaces the article's earlier one: what only that one said goes.
        const urlKey = sourceUrlKey(article.url);
        for (const row of await store.index("sourceUrl").getAll(urlKey)) {
          const record = readRow(row);
          if (!record || latest.has(record.id)) continue;
          const kept = forgetReading(record, article.url);
          if (kept === null) await store.delete(record.id);
          else if (kept !== record) await store.put(toRow(checked({ ...kept, updatedAt: at })));
        }
        const records = inputs.map((input) => {
          const id = idByKey.get(sameAwardKey(input));
          const record = id === undefined ? undefined : latest.get(id);
          if (!record) throw new Error("a saved record went missing");
          return record;
        });
        return { created, merged, records };
      });
    },

    async list(queryInput = {}) {
      const query = parse(RecordQuery, queryInput, "Query");
      const db = await database();
      const store = db.transaction("records").store;
      const wantedAwardee =
        query.awardee === undefined ? undefined : awardeeKey(query.awardee, "badan_usaha");
      // Start from the most selective index given; the other filters run on what it returns.
      let rows: Awaited<ReturnType<typeof store.getAll>>;
      if (wantedAwardee !== undefined) rows = await store.index("awardee").getAll(wantedAwardee);
      else if (typeof query.year === "number") rows = await store.index("year").getAll(query.year);
      else if (typeof query.province === "string")
        rows = await store.index("province").getAll(query.province);
      else if (typeof query.category === "string")
        rows = await store.index("category").getAll(query.category);
      else if (query.status !== undefined) rows = await store.index("status").getAll(query.status);
      else rows = await store.getAll();

      const search = query.search === undefined ? "" : compactName(query.search);
      const showRejected = query.includeRejected === true || query.status === "rejected";
      const records: StoredRecordT[] = [];
      for (const row of rows) {
        if (
          typeof row.awardee === "string" &&
          (wantedAwardee === undefined || row.awardeeKey === wantedAwardee) &&
          (query.year === undefined || row.year === query.year) &&
          (query.province === undefined || row.province === query.province) &&
          (query.category === undefined || row.category === query.category) &&
          (query.status === undefined || row.status === query.status) &&
          (showRejected || row.status !== "rejected") &&
          (search === "" || compactName(row.awardee).includes(search))
        ) {
          const record = readRow(row);
          if (record) records.push(record);
        }
      }
      return records.sort(compareForTable);
    },

    async listRows(pageInput = {}) {
      const page = parsePage(pageInput);
      return readRowPage((await database()).transaction("records").store, page);
    },

    async get(id) {
      const row = await (await database()).get("records", id);
      return readRow(row);
    },

    async count() {
      return (await database()).count("records");
    },

    async correct(id, patchInput) {
      const patch = parse(CorrectionPatch, patchInput, "Correction");
      return update(id, (record) => correctRecord(record, patch, now()), true);
    },

    async addRecord(input) {
      const { fields, source } = parse(HandRecord, input, "Record");
      return write(async (tx) => {
        const store = tx.objectStore("records");
        const at = now();
        const key = sameAwardKey(fields);
        const sources = source
          ? [
              {
                ...source.article,
                evidence: source.evidence,
                extractedAt: at,
                addedAt: at,
                reading: { rank: fields.rank, rankLabel: fields.rankLabel },
              },
            ]
          : [];
        const match = holderOf(await answering(tx, key), key);
        // Only what the reader filled in is theirs: a blank erases nothing and stays open to articles.
        const filled = filledFields(fields);
        if (match) {
          const corrected = confirmFields(match, fields, at);
          const known = new Set(corrected.sources.map((s) => sourceUrlKey(s.url)));
          const added = sources.filter((s) => !known.has(sourceUrlKey(s.url)));
          const next =
            added.length > 0
              ? { ...corrected, sources: [...corrected.sources, ...added], updatedAt: at }
              : corrected;
          if (next !== match) await store.put(toRow(checked(next)));
          return { record: next, existed: true };
        }
        const names = Object.keys(filled) as (keyof AwardFields)[];
        const record = checked({
          ...pickFields(fields),
          id: newId(),
          keys: [key],
          status: "corrected",
          correctedFields: names,
          correctedAt: Object.fromEntries(names.map((f) => [f, at])),
          sources,
          createdAt: at,
          updatedAt: at,
        });
        await store.put(toRow(record));
        return { record, existed: false };
      });
    },

    reject: (id) => update(id, (record) => setRejected(record, true, now())),
    // A restored award may meanwhile have been added again: the two fold into one.
    restore: (id) => update(id, (record) => setRejected(record, false, now()), true),

    async remove(id) {
      await write(async (tx) => {
        const records = tx.objectStore("records");
        if (!(await records.getKey(id))) throw notFound(id);
        await records.delete(id);
      });
    },

    async mergeRecords(keepId, otherId) {
      if (keepId === otherId) {
        throw new StoreError("invalid-input", "A record cannot be merged with itself.", {
          reason: "self-merge",
        });
      }
      return write(async (tx) => {
        const records = tx.objectStore("records");
        const keep = readRow(await records.get(keepId));
        const other = readRow(await records.get(otherId));
        if (!keep) throw notFound(keepId);
        if (!other) throw notFound(otherId);
        const merged = checked(mergeRecordPair(keep, other, now(), "keep"));
        await records.delete(otherId);
        await records.put(toRow(merged));
        return settle(tx, merged, merged.updatedAt, "keep");
      });
    },

    async sameAward(fieldsInput, exceptId) {
      const fields = parse(AwardFields, fieldsInput, "Record");
      const key = sameAwardKey(fields);
      const tx = (await database()).transaction("records");
      return holderOf(await answering(tx, key), key, { except: exceptId });
    },

    async exportBackup() {
      const rows = await (await database()).getAll("records");
      const records: StoredRecordT[] = [];
      const unreadable: unknown[] = [];
      for (const row of rows) {
        const record = readRow(row);
        if (record) records.push(record);
        else unreadable.push(row);
      }
      records.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date(now()).toISOString(),
        records,
        // Kept so that no row is lost, even one this version cannot read; import skips them.
        ...(unreadable.length > 0 ? { unreadable } : {}),
      };
    },

    async importBackup(input) {
      // Everything is checked before the first write: a bad file changes nothing.
      const backup = parseBackup(input);
      return write(async (tx) => {
        const store = tx.objectStore("records");
        const at = now();
        let created = 0;
        let merged = 0;
        for (const incoming of backup.records.map(withDecisionTimes)) {
          // By id (or the record it was merged into), then by what it says now: never by old readings.
          const key = sameAwardKey(incoming);
          const existing =
            readRow(await store.get(incoming.id)) ??
            readRow(await store.index("absorbed").get(incoming.id)) ??
            holderOf(await answering(tx, key), key, { orRejected: true });
          let next = incoming;
          if (existing) {
            next = checked(mergeRecordPair(existing, incoming, at, "decisions"));
            if (next !== existing) await store.put(toRow(next));
            merged++;
          } else {
            await store.put(toRow(incoming));
            created++;
          }
          await settle(tx, next, at, "decisions");
        }
        return { created, merged, skipped: backup.unreadable?.length ?? 0 };
      });
    },

    async createdAt() {
      const sentinel = await (await database()).get("meta", "sentinel");
      return sentinel && "createdAt" in sentinel ? sentinel.createdAt : undefined;
    },

    close() {
      closed = true;
      void current?.then((db) => db.close());
      current = null;
    },
  };
}
