// The table's rows read straight from the database by an extension page. Pages share the
// background's origin, hence its IndexedDB: reading here saves a message round trip (and a
// service-worker wake-up) per page of rows, and copying every row through the messaging layer.
// Read-only on purpose: every write still goes through the background's messages, serialized and
// checked. It never creates or upgrades the database; a missing, older or newer one makes the
// open fail, and the caller asks the background instead (which creates, upgrades or explains).
import { type IDBPDatabase, openDB } from "idb";
import type { RowPage } from "../table/rows";
import { DEFAULT_DB_NAME, type LensDB, SCHEMA_VERSION } from "./db-schema";
import { parsePage, type RowsResult, readRowPage } from "./row-page";

export interface RowReader {
  /** As the store's `listRows`, without the total: the table does not show it. */
  listRows(page?: RowPage): Promise<RowsResult>;
  close(): void;
}

export async function openRowReader(name = DEFAULT_DB_NAME): Promise<RowReader> {
  let db: IDBPDatabase<LensDB> | null = await openDB<LensDB>(name, SCHEMA_VERSION, {
    // Only the background shapes the database: aborting undoes this open (and its creation).
    upgrade(_db, _old, _new, tx) {
      tx.done.catch(() => {}); // the abort is reported by the open itself
      tx.abort();
    },
    // The background wants to upgrade: step aside at once, later reads fail and fall back.
    blocking: () => close(),
  });
  const close = () => {
    db?.close();
    db = null;
  };
  return {
    async listRows(pageInput = {}) {
      const page = parsePage(pageInput);
      if (!db) throw new Error("The row reader is closed.");
      return readRowPage(db.transaction("records").store, page, false);
    },
    close,
  };
}
