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
export const FIELD_GROUPS: readonly (readonly FieldName[])[] = [
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
    reading: { rank: input.rank, rankLabel: input.rankLabel },
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
 * same article is read again (keeping when it first joined and any quotes a merge added). When that
 * article is the record's only source its fresh reading replaces the fields (a better extractor
 * fixes its own mistakes); otherwise other articles only fill what is still unknown. Corrected
 * fields and a rejection are never touched.
 */
export function applyExtraction(
  record: StoredRecord,
  input: RecordToSave,
  article: ArticleMeta,
  now: number,
): StoredRecord {
  const urlKey = sourceUrlKey(article.url);
  const known = record.sources.findIndex((s) => sourceUrlKey(s.url) === urlKey);
  const fresh = toSource(article, input, now);
  const sources =
    known === -1
      ? [...record.sources, { ...fresh, addedAt: now }]
      : record.sources.map((s, i) => (i === known ? rereadSource(s, fresh) : s));
  const onlySource = record.sources.every((s) => sourceUrlKey(s.url) === urlKey);

  const next: StoredRecord = { ...withRejectionTime(record), sources, updatedAt: now };
  for (const group of FIELD_GROUPS) {
    if (group.some((f) => record.correctedFields.includes(f))) continue;
    if (onlySource || group.every((f) => record[f] === null)) {
      for (const f of group) (next as Record<FieldName, unknown>)[f] = input[f];
    }
  }
  next.keys = union(record.keys, [sameAwardKey(input), sameAwardKey(next)]);
  return next;
}

function rereadSource(old: Source, fresh: Source): Source {
  const next: Source = { ...fresh, addedAt: old.addedAt ?? old.extractedAt };
  if (old.moreEvidence) next.moreEvidence = old.moreEvidence;
  return next;
}

/** A rejection from before decisions were timed counts from the record's last change. */
function withRejectionTime(record: StoredRecord): StoredRecord {
  return record.status === "rejected" && record.decidedAt === undefined
    ? { ...record, decidedAt: record.updatedAt }
    : record;
}

/** How many of a rejected record's sources came after the rejection (0 for any other record). */
export function sourcesSinceRejection(record: StoredRecord): number {
  if (record.status !== "rejected") return 0;
  const rejectedAt = record.decidedAt ?? record.updatedAt;
  return record.sources.filter((s) => (s.addedAt ?? s.extractedAt) > rejectedAt).length;
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
 * The reader sets fields by hand. Only fields whose value changes count as corrected (an editor
 * may send the whole form). The record keeps answering to its old keys, but only for the articles
 * already among its sources: re-reading them keeps the correction, another article's report of
 * the old reading is another award (see match.ts).
 */
export function correctRecord(record: StoredRecord, input: Partial<AwardFields>, now: number): StoredRecord {
  // A rank and its label travel together: the label is the rank as the text wrote it, so a rank
  // the reader types without one has none ("juara kedua" must not stay beside rank 1).
  const patch =
    input.rank !== undefined && input.rank !== record.rank && input.rankLabel === undefined
      ? { ...input, rankLabel: null }
      : input;
  const changed = (Object.keys(patch) as FieldName[]).filter(
    (f) => patch[f] !== undefined && patch[f] !== record[f],
  );
  if (changed.length === 0) return record;
  const next: StoredRecord = { ...record, ...pickChanged(patch, changed) };
  next.correctedFields = AWARD_FIELD_NAMES.filter(
    (f) => record.correctedFields.includes(f) || changed.includes(f),
  );
  next.correctedAt = { ...record.correctedAt };
  for (const f of changed) next.correctedAt[f] = now;
  next.status = record.status === "rejected" ? "rejected" : "corrected";
  next.keys = union(record.keys, [sameAwardKey(next)]);
  next.updatedAt = now;
  return next;
}

/**
 * The reader adds by hand an award a record holds: every field they filled in is theirs (a
 * correction, even where it repeats the stored value); a blank erases nothing.
 */
export function confirmFields(record: StoredRecord, fields: AwardFields, now: number): StoredRecord {
  const filled = filledFields(fields);
  const next = correctRecord(record, filled, now);
  const confirmed = (Object.keys(filled) as FieldName[]).filter((f) => !next.correctedFields.includes(f));
  if (confirmed.length === 0) return next;
  const correctedAt = { ...next.correctedAt };
  for (const f of confirmed) correctedAt[f] = now;
  return {
    ...next,
    correctedFields: AWARD_FIELD_NAMES.filter(
      (f) => next.correctedFields.includes(f) || confirmed.includes(f),
    ),
    correctedAt,
    status: next.status === "rejected" ? "rejected" : "corrected",
    updatedAt: now,
  };
}

/** The fields a reader filled in a form: a blank (null) is no correction, it erases nothing. */
export function filledFields(fields: AwardFields): Partial<AwardFields> {
  const out: Partial<Record<FieldName, unknown>> = {};
  for (const f of AWARD_FIELD_NAMES) if (fields[f] !== null) out[f] = fields[f];
  return out as Partial<AwardFields>;
}

function pickChanged(patch: Partial<AwardFields>, changed: readonly FieldName[]): Partial<AwardFields> {
  const out: Partial<Record<FieldName, unknown>> = {};
  for (const f of changed) out[f] = patch[f];
  return out as Partial<AwardFields>;
}

const statusOf = (record: StoredRecord, rejected: boolean): RecordStatus =>
  rejected ? "rejected" : record.correctedFields.length > 0 ? "corrected" : "extracted";

export function setRejected(record: StoredRecord, rejected: boolean, now: number): StoredRecord {
  const status = statusOf(record, rejected);
  return status === record.status ? record : { ...record, status, decidedAt: now, updatedAt: now };
}

/**
 * How two records' statuses and corrections combine. "keep": the reader merged `other` into `keep`
 * by hand, so `keep`'s status and corrections stand. "decisions": records meet without the reader
 * choosing (a backup is imported, an upgrade folds duplicates), so of two decisions on a field or
 * on rejection the later one wins.
 */
export type StatusRule = "keep" | "decisions";

const correctionTime = (record: StoredRecord, group: readonly FieldName[]) =>
  Math.max(
    ...group.map(
      (f) => record.correctedAt?.[f] ?? (record.correctedFields.includes(f) ? record.updatedAt : -1),
    ),
  );

const decisionTime = (record: StoredRecord) =>
  record.decidedAt ?? (record.status === "rejected" ? record.updatedAt : Number.NEGATIVE_INFINITY);

/** Two records are one award: one record with both records' keys, sources (every quote) and corrections. */
export function mergeRecordPair(
  keep: StoredRecord,
  other: StoredRecord,
  now: number,
  rule: StatusRule = "keep",
): StoredRecord {
  const next: StoredRecord = { ...keep };
  const corrected = new Set(keep.correctedFields);
  const correctedAt = { ...keep.correctedAt };
  for (const group of FIELD_GROUPS) {
    const keepHas = group.some((f) => keep.correctedFields.includes(f));
    const otherHas = group.some((f) => other.correctedFields.includes(f));
    const takeOther = keepHas
      ? otherHas && rule === "decisions" && correctionTime(other, group) > correctionTime(keep, group)
      : otherHas || group.every((f) => keep[f] === null);
    if (!takeOther) {
      // The reader chose this record's values over the other's: a decision made now, which an
      // older backup of the other record must not undo.
      if (keepHas && otherHas && rule === "keep")
        for (const f of group) if (corrected.has(f)) correctedAt[f] = now;
      continue;
    }
    for (const f of group) {
      (next as Record<FieldName, unknown>)[f] = other[f];
      if (other.correctedFields.includes(f)) {
        corrected.add(f);
        const at = other.correctedAt?.[f];
        if (at !== undefined) correctedAt[f] = at;
      }
    }
  }
  next.correctedFields = AWARD_FIELD_NAMES.filter((f) => corrected.has(f));
  if (Object.keys(correctedAt).length > 0) next.correctedAt = correctedAt;

  next.sources = unionSources(keep.sources, other.sources);
  next.keys = union(union(keep.keys, other.keys), [sameAwardKey(next)]);
  const absorbed = union(
    union(keep.absorbed ?? [], other.absorbed ?? []),
    other.id === keep.id ? [] : [other.id],
  );
  if (absorbed.length > 0) next.absorbed = absorbed;

  const keepWins = rule === "keep" || decisionTime(keep) >= decisionTime(other);
  const decider = keepWins ? keep : other;
  const rejected =
    rule === "decisions" && decisionTime(keep) === decisionTime(other)
      ? keep.status === "rejected" || other.status === "rejected"
      : decider.status === "rejected";
  next.status = statusOf(next, rejected);
  // Merging by hand decides the other record's rejection or restoration too, now.
  const overruled = rule === "keep" && (other.decidedAt !== undefined || other.status === "rejected");
  const decidedAt = overruled ? now : decisionTime(decider);
  if (Number.isFinite(decidedAt)) next.decidedAt = decidedAt;
  else delete next.decidedAt;

  next.createdAt = Math.min(keep.createdAt, other.createdAt);
  // Importing a backup twice must not touch what it already brought in.
  if (JSON.stringify(next) === JSON.stringify(keep)) return keep;
  next.updatedAt = now;
  return next;
}

const sameEvidence = (a: Source["evidence"], b: Source["evidence"]) =>
  a.quote === b.quote && a.start === b.start;

/** One source per article; the second record's quotes from an article both cite are kept with it. */
function unionSources(keep: readonly Source[], other: readonly Source[]): Source[] {
  const out = [...keep];
  for (const source of other) {
    const at = out.findIndex((s) => sourceUrlKey(s.url) === sourceUrlKey(source.url));
    if (at === -1) {
      out.push(source);
      continue;
    }
    const target = out[at] as Source;
    const quotes = [target.evidence, ...(target.moreEvidence ?? [])];
    const extra = [source.evidence, ...(source.moreEvidence ?? [])].filter(
      (e) => !quotes.some((q) => sameEvidence(q, e)),
    );
    if (extra.length > 0) out[at] = { ...target, moreEvidence: [...(target.moreEvidence ?? []), ...extra] };
  }
  return out;
}
