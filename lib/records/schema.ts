// The one home of the award record's shape. Every boundary — the extract command, messages,
// the database, backups — parses through these schemas. zod/mini keeps the content script small.
import * as z from "zod/mini";
import { AWARDEE_TYPES, CATEGORY_PATTERN, RECORD_STATUSES, SCOPES } from "./vocabulary";

const text = z.string().check(z.trim(), z.minLength(1));

/** UTF-16 offsets into the article text, with quote === text.slice(start, end). */
export const Evidence = z
  .object({
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    quote: z.string().check(z.minLength(1)),
  })
  .check(
    z.refine((e) => e.end - e.start === e.quote.length, {
      message: "evidence end - start must equal the quote's length",
    }),
  );
export type Evidence = z.infer<typeof Evidence>;

/** The fields of one award result: what a reader can correct by hand. */
export const AwardFields = z.object({
  awardee: text,
  awardeeType: z.enum(AWARDEE_TYPES),
  rank: z.nullable(z.int().check(z.minimum(1), z.maximum(100))),
  rankLabel: z.nullable(z.string()),
  category: z.nullable(z.string().check(z.regex(CATEGORY_PATTERN, "unknown category code"))),
  categoryLabel: z.nullable(z.string()),
  scope: z.nullable(z.enum(SCOPES)),
  province: z.nullable(text),
  year: z.nullable(z.int().check(z.minimum(2000), z.maximum(2100))),
});
export type AwardFields = z.infer<typeof AwardFields>;
export const AWARD_FIELD_NAMES = Object.keys(AwardFields.shape) as (keyof AwardFields)[];

/** One record as the extractor emits it (the contract of ../shared/spec/records.md). */
export const ExtractedRecord = z.extend(AwardFields, { evidence: Evidence });
export type ExtractedRecord = z.infer<typeof ExtractedRecord>;

/** The article a record was read from. Only http(s): the table renders it as a link. */
export const ArticleMeta = z.object({
  url: z.url({ protocol: /^https?$/, error: "article URL must be an http(s) address" }),
  title: z.nullable(z.string()),
  site: z.nullable(z.string()),
  publishedAt: z.nullable(z.string()),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** Evidence as stored: enough context (quote, prefix/suffix, position) to re-anchor it later. */
export const StoredEvidence = z
  .object({
    quote: z.string().check(z.minLength(1)),
    prefix: z.string(),
    suffix: z.string(),
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
  })
  .check(
    z.refine((e) => e.end - e.start === e.quote.length, {
      message: "evidence end - start must equal the quote's length",
    }),
  );
export type StoredEvidence = z.infer<typeof StoredEvidence>;

/** One record as the content script sends it to be saved: the fields plus anchorable evidence. */
export const RecordToSave = z.extend(AwardFields, { evidence: StoredEvidence });
export type RecordToSave = z.infer<typeof RecordToSave>;

export const Source = z.extend(ArticleMeta, {
  evidence: StoredEvidence,
  /** Further quotes from the same article, kept when two records citing it were merged. */
  moreEvidence: z.optional(z.array(StoredEvidence)),
  /** When the article last was read. */
  extractedAt: z.int(),
  /** When the article became a source of this record (a re-read keeps it): tells the sources that came after a rejection. */
  addedAt: z.optional(z.int()),
  /**
   * The place this article gave the award, even where the record says another (the record keeps
   * its first article's place): two articles that disagree show as a conflict. Absent on sources
   * saved before it was kept.
   */
  reading: z.optional(z.pick(AwardFields, { rank: true, rankLabel: true })),
});
export type Source = z.infer<typeof Source>;

const FieldName = z.enum(AWARD_FIELD_NAMES as [keyof AwardFields]);

/** A record in the store: one award, with every article that reported it. */
export const StoredRecord = z.extend(AwardFields, {
  id: text,
  /**
   * Same-award keys this record has answered to (what it says now, and earlier readings of its
   * articles). An earlier reading finds the record only from an article already among its sources.
   */
  keys: z.array(text).check(z.minLength(1)),
  status: z.enum(RECORD_STATUSES),
  /** Fields the reader set by hand: a later extraction never overwrites them. */
  correctedFields: z.array(FieldName),
  /** When each field was last corrected: between two browsers the later correction wins. */
  correctedAt: z.optional(z.partialRecord(FieldName, z.int())),
  /** When the reader last rejected or restored the record: the later decision wins on import. */
  decidedAt: z.optional(z.int()),
  /** Ids of records merged into this one: a backup that still holds them finds this record. */
  absorbed: z.optional(z.array(text)),
  sources: z.array(Source),
  createdAt: z.int(),
  updatedAt: z.int(),
});
export type StoredRecord = z.infer<typeof StoredRecord>;
