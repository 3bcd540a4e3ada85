// Every failure the store reports, with a message a reader can act on. Messages cross to the popup
// as plain strings, so the message itself must say what happened and that nothing was changed.

export type StoreErrorCode =
  | "invalid-input"
  | "not-found"
  | "invalid-backup"
  | "storage-full"
  | "write-failed"
  | "newer-database"
  | "closed";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}

/** A failed write: the transaction was aborted, so the database is as it was before. */
export function writeError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const name = err instanceof Error || err instanceof DOMException ? err.name : "";
  if (name === "QuotaExceededError") {
    return new StoreError(
      "storage-full",
      "The browser's storage for Paritrana Lens is full, so nothing was saved. Export a backup, " +
        "delete records you no longer need, and try again.",
      { cause: err },
    );
  }
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new StoreError("write-failed", `Could not save, so nothing was changed (${detail}).`, {
    cause: err,
  });
}
