// The backup file: every record, versioned, so a later version of the product can read an older
// file and an older version refuses a newer one instead of misreading it.
import * as z from "zod/mini";
import { describeIssues } from "../records/issues";
import { StoredRecord } from "../records/schema";
import { StoreError } from "./errors";

export const BACKUP_FORMAT = "paritrana-lens-backup";
/** The backup layout's own version (independent of the database schema version). */
export const BACKUP_VERSION = 1;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  records: z.array(StoredRecord),
  /** Rows the exporting store could not read: carried along so nothing is lost, never imported. */
  unreadable: z.optional(z.array(z.unknown())),
});
export type Backup = z.infer<typeof Backup>;

const Envelope = z.object({ format: z.string(), version: z.int() });

/**
 * The largest backup read: 200 million characters of JSON (200 MB), checked before parsing so a
 * wrong or hostile file cannot exhaust memory. It is sized from what the product exports: the most
 * records a backup may hold, at 2,000 characters each (a record with two articles and their quotes
 * takes about 1,600 in the compact JSON the table writes; test/store/backup-limits.test.ts). The
 * table checks a file's size against it before reading the file at all.
 */
export const MAX_BACKUP_CHARS = 200_000_000;
/** The most records one backup may hold (checked before each record is validated). */
export const MAX_BACKUP_RECORDS = 100_000;
const BYTE_ORDER_MARK = "\uFEFF";

const megabytes = (chars: number) => `${(chars / 1_000_000).toFixed(1)} MB`;

/** Reads a backup (object or JSON text) or throws a StoreError that says why it cannot be used. */
export function parseBackup(input: unknown): Backup {
  let value = input;
  if (typeof input === "string") {
    if (input.length > MAX_BACKUP_CHARS) {
      throw refuse(
        `the file is too large (${megabytes(input.length)}; a backup may be at most ` +
          `${megabytes(MAX_BACKUP_CHARS)}). Check that it is a Paritrana Lens backup`,
        "too-large",
        [megabytes(input.length), megabytes(MAX_BACKUP_CHARS)],
      );
    }
    try {
      // A text editor on Windows may have saved the file with a byte order mark.
      value = JSON.parse(input.startsWith(BYTE_ORDER_MARK) ? input.slice(1) : input);
    } catch {
      throw refuse("the file is not JSON", "not-json");
    }
  }
  const envelope = Envelope.safeParse(value);
  if (!envelope.success || envelope.data.format !== BACKUP_FORMAT) {
    throw refuse("the file is not a Paritrana Lens backup", "not-backup");
  }
  if (envelope.data.version > BACKUP_VERSION) {
    throw refuse(
      `it was made by a newer version of Paritrana Lens (backup version ${envelope.data.version}; ` +
        `this version reads up to ${BACKUP_VERSION}). Update the extension and import it again`,
      "newer",
      [envelope.data.version, BACKUP_VERSION],
    );
  }
  const records = (value as { records?: unknown }).records;
  if (Array.isArray(records) && records.length > MAX_BACKUP_RECORDS) {
    throw refuse(
      `it holds ${records.length} records, more than the ${MAX_BACKUP_RECORDS} one backup may hold`,
      "too-many",
      [records.length, MAX_BACKUP_RECORDS],
    );
  }
  const backup = Backup.safeParse(value);
  if (!backup.success) {
    const issues = describeIssues(backup.error);
    throw refuse(`the file is damaged: ${issues}`, "damaged", [issues]);
  }
  return backup.data;
}

function refuse(why: string, reason: string, params: (string | number)[] = []): StoreError {
  return new StoreError("invalid-backup", `Backup not imported, nothing was changed: ${why}.`, {
    reason,
    params,
  });
}
