// The table's row: a record's award fields, status and marks, with only what the table shows and
// the CSV writes of its sources. Lean on purpose: at 100,000 records every byte of a row is paid
// in reading it from the database, sending it between contexts and holding it in the page. The
// full record (every source, its evidence context) is fetched when a row is opened.
import * as z from "zod/mini";
import { sourcesSinceRejection, sourceUrlKey } from "../records/merge";
import { AWARD_FIELD_NAMES, type AwardFields, StoredRecord } from "../records/schema";
import { outletCount } from "../views/outlets";

/** One article's reading of a record, as the conflict finder needs it. */
export const SourceReading = z.object({
  /** The article's address without fragment: one article is one source. */
  article: z.string(),
  /** Days since 1970 of its publication date, or null when the page gave none. */
  day: z.nullable(z.int()),
  /** The place the article gave (null: none stated, or saved before places were kept per article). */
  rank: z.nullable(z.int()),
});
export type SourceReading = z.infer<typeof SourceReading>;

const DAY = 86_400_000;
const dayOf = (date: string | null): number | null => {
  const time = date === null ? Number.NaN : Date.parse(date);
  return Number.isNaN(time) ? null : Math.floor(time / DAY);
};

const pickedFields = Object.fromEntries(AWARD_FIELD_NAMES.map((f) => [f, true])) as {
  [K in keyof AwardFields]: true;
};

/** Derived from the record schema (its one home): the same fields, the same checks. */
export const TableRow = z.extend(
  z.pick(StoredRecord, { ...pickedFields, id: true, status: true, correctedFields: true }),
  {
    sourceCount: z.int().check(z.nonnegative()),
    /** A rejected record's sources that came after the rejection: the reader may look again. */
    newSourceCount: z.int().check(z.nonnegative()),
    /** The article that first reported the award (the CSV's article columns). */
    firstSource: z.nullable(
      z.object({
        url: z.string(),
        title: z.nullable(z.string()),
        publishedAt: z.nullable(z.string()),
        quote: z.string(),
      }),
    ),
    /** Independent outlets among the sources (regional channels of one outlet count once). */
    outlets: z.int().check(z.nonnegative()),
    /** Each source's article, publication day and place it gave: what conflicts are found from. */
    readings: z.array(SourceReading),
  },
);
export type TableRow = z.infer<typeof TableRow>;

export function toTableRow(record: StoredRecord): TableRow {
  const source = record.sources[0];
  return {
    id: record.id,
    awardee: record.awardee,
    awardeeType: record.awardeeType,
    rank: record.rank,
    rankLabel: record.rankLabel,
    category: record.category,
    categoryLabel: record.categoryLabel,
    scope: record.scope,
    province: record.province,
    year: record.year,
    status: record.status,
    correctedFields: record.correctedFields,
    sourceCount: record.sources.length,
    newSourceCount: sourcesSinceRejection(record),
    firstSource: source
      ? {
          url: source.url,
          title: source.title,
          publishedAt: source.publishedAt,
          quote: source.evidence.quote,
        }
      : null,
    outlets: outletCount(record.sources.map((s) => s.url)),
    readings: record.sources.map((s) => ({
      article: sourceUrlKey(s.url),
      day: dayOf(s.publishedAt),
      rank: s.reading?.rank ?? null,
    })),
  };
}

const collator = new Intl.Collator("id");

/** The table's order before the reader sorts: newest year first, then by name, rank and id. */
export const compareRows = (a: TableRow | StoredRecord, b: TableRow | StoredRecord): number =>
  (b.year ?? -1) - (a.year ?? -1) ||
  collator.compare(a.awardee, b.awardee) ||
  (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The most rows one page of `listRows` returns. */
export const MAX_ROW_PAGE = 20_000;

/** A page of rows in id order: the first `limit` rows after id `after`. */
export const RowPage = z.strictObject({
  after: z.optional(z.string()),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_ROW_PAGE))),
});
export type RowPage = z.infer<typeof RowPage>;
