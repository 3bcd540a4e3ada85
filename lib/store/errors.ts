// Every failure the store reports, with a message a reader can act on. The message is English (for
// logs and the command line); `code`, `reason` and `params` travel with it in the reply, so the
// table says the same in the interface's language (components/errors.ts).

export type StoreErrorCode =
  | "invalid-input"
  | "not-found"
  | "invalid-backup"
  | "storage-full"
  | "write-failed"
  | "newer-database"
  | "closed";

export interface ErrorDetail {
  /** What exactly went wrong within the code: "not-json", "too-large"… */
  reason?: string;
  /** The values the localized message needs, in order. */
  params?: (string | number)[];
}

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  readonly reason?: string;
  readonly params: (string | number)[];
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } & ErrorDetail = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "StoreError";
    this.code = code;
    this.reason = options.reason;
    this.params = options.params ?? [];
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
    params: [detail],
  });
}
