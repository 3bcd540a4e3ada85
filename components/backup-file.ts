// The backup file, read and written in the extension page itself, on the store the background
// uses (the page shares its origin, hence its database; IndexedDB serializes the two). A large
// backup never crosses the messaging layer, which copies every message and caps its size (64 MiB
// in Chromium), and the page holds the file's text only once before the store parses it.
import { type ImportResult, MAX_BACKUP_CHARS, openAwardStore, StoreError } from "@/lib/store";
import type { Backup } from "@/lib/store/backup";

async function withStore<T>(
  fn: (store: Awaited<ReturnType<typeof openAwardStore>>) => Promise<T>,
): Promise<T> {
  const store = await openAwardStore();
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** Refused before reading when the file is larger than any backup may be; the store checks the rest. */
export async function importBackupFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_BACKUP_CHARS) {
    throw new StoreError(
      "invalid-backup",
      "Backup not imported, nothing was changed: the file is too large.",
      {
        reason: "too-large",
        params: [megabytes(file.size), megabytes(MAX_BACKUP_CHARS)],
      },
    );
  }
  const text = await file.text();
  return withStore((store) => store.importBackup(text));
}

/** The backup as compact JSON: half the size of an indented one, and what the import limit is sized for. */
export async function backupText(): Promise<string> {
  const backup: Backup = await withStore((store) => store.exportBackup());
  return JSON.stringify(backup);
}
