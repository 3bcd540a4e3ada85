// The merge rules, pure: what happens to a stored record when an article reports its award again,
// when the reader corrects or rejects it, and when two records turn out to be one award.
// The reader's word always wins over the extractor's: corrected fields are never overwritten and
// a rejected record stays rejected.
import { sameAwardKey } from "./same-award";
import {
  type ArticleMeta,
  AWARD_FIELD_NAMES,
  type AwardFields,
  type RecordToSave,
  type Source,
  type StoredRecord,
} from "./schema";
import type { RecordStatus } from "./vocabulary";

type FieldName = keyof AwardFields;

/** Fields that travel together: a rank without its label (or the reverse) would contradict itself. */
const FIELD_GROUPS: readonly (readonly FieldName[])[] = [
  ["awardee"],
  ["awardeeType"],
  ["rank", "rankLabel"],
  ["category"],
  ["categoryLabel"],
  ["scope"],
  ["province"],
  ["year"],
];

/** One article is one source, whatever fragment (#comments, #page2) it was opened at. */
export function sourceUrlKey(url: string): string {
  const hash = url.indexOf("#");
  return hash === -1 ? url : url.slice(0, hash);
}

export function pickFields(from: AwardFields): AwardFields {
  const fields = {} as Record<FieldName, unknown>;
  for (const name of AWARD_FIELD_NAMES) fields[name] = from[name];
  return fields as AwardFields;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function toSource(article: ArticleMeta, input: RecordToSave, now: number): Source {
  return {
    url: article.url,
    title: article.title,
    site: article.site,
    publishedAt: article.publishedAt,
    evidence: input.evidence,
    extractedAt: now,
  };
}

export function newRecord(input: RecordToSave, article: ArticleMeta, id: string, now: number): StoredRecord {
  return {
    ...pickFields(input),
    id,
    keys: [sameAwardKey(input)],
    status: "extracted",
    correctedFields: [],
    sources: [toSource(article, input, now)],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * An article reports a stored record's award (again). Its source is added, or replaced when the
 * same article is read again. When that article is the record's only source its fresh reading
 * replaces the fields (a better extractor fixes its own mistakes); otherwise other articles only
 * fill what is still unknown. Corrected fields and a rejection are never touched.
 */
export function applyExtraction(
  record: StoredRecord,
  input: RecordToSave,
  article: ArticleMeta,
  now: number,
): StoredRecord {
  const urlKey = sourceUrlKey(article.url);
  const source = toSource(article, input, now);
  const known = record.sources.findIndex((s) => sourceUrlKey(s.url) === urlKey);
  const sources =
    known === -1 ? [...record.sources, source] : record.sources.map((s, i) => (i === known ? source : s));
  const onlySource = record.sources.every((s) => sourceUrlKey(s.url) === urlKey);

  const next: StoredRecord = { ...record, sources, updatedAt: now };
  for (const group of FIELD_GROUPS) {
    if (group.some((f) => record.correctedFields.includes(f))) continue;
    if (onlySource || group.every((f) => record[f] === null)) {
      for (const f of group) (next as Record<FieldName, unknown>)[f] = input[f];
    }
  }
  next.keys = union(record.keys, [sameAwardKey(input), sameAwardKey(next)]);
  return next;
}

/**
 * An article may state the same award twice (headline sentence and a recap). Keep one input per
 * award: the first statement's evidence, with later statements filling what it left unknown.
 */
export function collapseArticle(inputs: readonly RecordToSave[]): RecordToSave[] {
  const byKey = new Map<string, RecordToSave>();
  for (const input of inputs) {
    const key = sameAwardKey(input);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, input);
      continue;
    }
    const filled = { ...first };
    for (const group of FIELD_GROUPS) {
      if (group.every((f) => first[f] === null)) {
        for (const f of group) (filled as Record<FieldName, unknown>)[f] = input[f];
      }
    }
    byKey.set(key, filled);
  }
  return [...byKey.values()];
}

/**
 * Several records may answer to one key (the reader corrected one into another's award). The
 * record whose current fields give that key is the better match; then the oldest.
 */
export function pickMatch(candidates: readonly StoredRecord[], key: string): StoredRecord | undefined {
  return [...candidates].sort((a, b) => {
    const own = Number(sameAwardKey(b) === key) - Number(sameAwardKey(a) === key);
    return own || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
  })[0];
}

/**
 * The reader sets fields by hand. Only fields whose value changes count as corrected (an editor
 * may send the whole form). The record keeps answering to its old keys, so the extractor's
 * reading of the same article still finds it instead of making a duplicate.
 */
export function correctRecord(record: StoredRecord, patch: Partial<AwardFields>, now: number): StoredRecord {
  const changed = (Object.keys(patch) as FieldName[]).filter(
    (f) => patch[f] !== undefined && patch[f] !== record[f],
  );
  if (changed.length === 0) return record;
  const next: StoredRecord = { ...record, ...pickChanged(patch, changed) };
  next.correctedFields = union(record.correctedFields, changed);
  next.status = record.status === "rejected" ? "rejected" : "corrected";
  next.keys = union(record.keys, [sameAwardKey(next)]);
  next.updatedAt = now;
  return next;
}

function pickChanged(patch: Partial<AwardFields>, changed: readonly FieldName[]): Partial<AwardFields> {
  const out: Partial<Record<FieldName, unknown>> = {};
  for (const f of changed) out[f] = patch[f];
  return out as Partial<AwardFields>;
}

export function setRejected(record: StoredRecord, rejected: boolean, now: number): StoredRecord {
  const status: RecordStatus = rejected
    ? "rejected"
    : record.correctedFields.length > 0
      ? "corrected"
      : "extracted";
  return status === record.status ? record : { ...record, status, updatedAt: now };
}

/**
 * How two records' statuses combine. "keep": the reader merged `other` into `keep` by hand, so
 * `keep`'s status stands. "decisions": records meet without the reader choosing (a backup is
 * imported), so any rejection or correction the reader made on either side is kept.
 */
export type StatusRule = "keep" | "decisions";

/** Two records are one award: one record with both records' keys, sources and corrections. */
export function mergeRecordPair(
  keep: StoredRecord,
  other: StoredRecord,
  now: number,
  rule: StatusRule = "keep",
): StoredRecord {
  const next: StoredRecord = { ...keep };
  const corrected = new Set(keep.correctedFields);
  for (const group of FIELD_GROUPS) {
    if (group.some((f) => corrected.has(f))) continue;
    const takeOther =
      group.some((f) => other.correctedFields.includes(f)) || group.every((f) => keep[f] === null);
    if (!takeOther) continue;
    for (const f of group) {
      (next as Record<FieldName, unknown>)[f] = other[f];
      if (other.correctedFields.includes(f)) corrected.add(f);
    }
  }
  next.correctedFields = AWARD_FIELD_NAMES.filter((f) => corrected.has(f));

  const seen = new Set(keep.sources.map((s) => sourceUrlKey(s.url)));
  next.sources = [...keep.sources, ...other.sources.filter((s) => !seen.has(sourceUrlKey(s.url)))];
  next.keys = union(union(keep.keys, other.keys), [sameAwardKey(next)]);

  const decided = next.correctedFields.length > 0 ? "corrected" : "extracted";
  if (rule === "keep") next.status = keep.status === "rejected" ? "rejected" : decided;
  else next.status = keep.status === "rejected" || other.status === "rejected" ? "rejected" : decided;

  next.createdAt = Math.min(keep.createdAt, other.createdAt);
  // Importing a backup twice must not touch what it already brought in.
  if (JSON.stringify(next) === JSON.stringify(keep)) return keep;
  next.updatedAt = now;
  return next;
}
