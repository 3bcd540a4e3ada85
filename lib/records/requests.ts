// What callers may ask of the record store, as schemas: shared by the store and the messages
// without pulling the database code into the content script.
import * as z from "zod/mini";
import { ArticleMeta, AwardFields, StoredEvidence } from "./schema";
import { RECORD_STATUSES } from "./vocabulary";

/** What the table filters by. Without `includeRejected` (or `status: "rejected"`) rejected records stay hidden. */
export const RecordQuery = z.strictObject({
  year: z.optional(z.nullable(z.int())),
  category: z.optional(z.nullable(z.string())),
  province: z.optional(z.nullable(z.string())),
  /** The same awardee, compared as the same-award rule does ("PT Bank Contoh Tbk" = "bank contoh"). */
  awardee: z.optional(z.string().check(z.minLength(1))),
  /** Part of the awardee's name, ignoring case, punctuation and spacing. */
  search: z.optional(z.string()),
  status: z.optional(z.enum(RECORD_STATUSES)),
  includeRejected: z.optional(z.boolean()),
});
export type RecordQuery = z.infer<typeof RecordQuery>;

/** A correction: award fields only (status, sources and ids are not the reader's to type). */
export const CorrectionPatch = z.partial(z.strictObject(AwardFields.shape));
export type CorrectionPatch = z.infer<typeof CorrectionPatch>;

/** A record the reader adds by hand, optionally with the article and sentence it comes from. */
export const HandRecord = z.strictObject({
  fields: AwardFields,
  source: z.optional(z.strictObject({ article: ArticleMeta, evidence: StoredEvidence })),
});
export type HandRecord = z.infer<typeof HandRecord>;
