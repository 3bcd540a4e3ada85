// Which stored record an article's reading belongs to, and what an article's new reading does to
// the records its earlier reading made. A record is found by what it says now; an earlier reading
// of a record the reader corrected finds it only from an article already among its sources.
import { sourceUrlKey } from "./merge";
import { sameAwardKey } from "./same-award";
import type { StoredRecord } from "./schema";

const oldestFirst = (a: StoredRecord, b: StoredRecord) =>
  a.createdAt - b.createdAt || a.id.localeCompare(b.id);

const citesArticle = (record: StoredRecord, urlKey: string) =>
  record.sources.some((s) => sourceUrlKey(s.url) === urlKey);

/**
 * The record that holds an award now, among records that answer to its key: the active one
 * (oldest first), or with `orRejected` a rejected one when no active record holds it.
 */
export function holderOf(
  candidates: readonly StoredRecord[],
  key: string,
  options: { except?: string; orRejected?: boolean } = {},
): StoredRecord | undefined {
  const saying = candidates
    .filter((c) => c.id !== options.except && sameAwardKey(c) === key)
    .sort(oldestFirst);
  return (
    saying.find((c) => c.status !== "rejected") ??
    (options.orRejected ? saying.find((c) => c.status === "rejected") : undefined)
  );
}

/**
 * The record an article's reading of one award joins: the record this article's earlier reading
 * of it went to (so a correction survives re-reading), else the record that says this award now —
 * active first, else rejected (it stays rejected and counts the new source).
 */
export function matchReading(
  candidates: readonly StoredRecord[],
  key: string,
  articleUrl: string,
): StoredRecord | undefined {
  const urlKey = sourceUrlKey(articleUrl);
  const own = candidates
    .filter((c) => c.keys.includes(key) && citesArticle(c, urlKey))
    .sort((a, b) => Number(sameAwardKey(b) === key) - Number(sameAwardKey(a) === key) || oldestFirst(a, b));
  return own[0] ?? holderOf(candidates, key, { orRejected: true });
}

/** Whether the reader did anything to a record: corrected, rejected, restored or merged it. */
export function touchedByReader(record: StoredRecord): boolean {
  return (
    record.status !== "extracted" ||
    record.correctedFields.length > 0 ||
    record.decidedAt !== undefined ||
    (record.absorbed?.length ?? 0) > 0
  );
}

/**
 * An article was read again and no longer reports this record's award. A record the reader
 * touched stays as it is; otherwise the article stops being one of its sources, and a record
 * left with no source is removed (null).
 */
export function forgetReading(record: StoredRecord, articleUrl: string): StoredRecord | null {
  if (touchedByReader(record)) return record;
  const urlKey = sourceUrlKey(articleUrl);
  const sources = record.sources.filter((s) => sourceUrlKey(s.url) !== urlKey);
  if (sources.length === record.sources.length) return record;
  return sources.length === 0 ? null : { ...record, sources };
}
