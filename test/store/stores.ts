// Stores opened by a test file, each on its own database, closed after every test.
import { afterEach, vi } from "vitest";
import { type AwardStore, openAwardStore, type StoreOptions } from "../../lib/store";
import { freshDbName } from "../fixtures/records";

const stores: AwardStore[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const store of stores.splice(0)) store.close();
});

/** A store on a new, empty database. */
export async function openStore(options?: StoreOptions): Promise<AwardStore> {
  const store = await openAwardStore(freshDbName(), options);
  stores.push(store);
  return store;
}

/** Several handles on one new database, as several tabs would hold. */
export async function openHandles(count: number): Promise<AwardStore[]> {
  const name = freshDbName();
  const opened: AwardStore[] = [];
  for (let i = 0; i < count; i++) opened.push(await openAwardStore(name));
  stores.push(...opened);
  return opened;
}

/** Everything a store holds (a backup without its export time). */
export async function contents(store: AwardStore) {
  const { records, unreadable } = await store.exportBackup();
  return { records, unreadable };
}
