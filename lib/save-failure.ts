// The last save from a news page that failed. The content script cannot tell the reader there, so
// the background keeps it in extension storage and the table shows it until the reader dismisses it.
import * as z from "zod/mini";

export const SAVE_FAILURE_KEY = "lastSaveFailure";
export const SaveFailure = z.object({
  at: z.iso.datetime(),
  /** The store's own message, which says what happened and that nothing was changed. */
  message: z.string(),
  url: z.optional(z.string()),
  /** What the failure is, so the table words it in its own language (see lib/reply.ts). */
  code: z.optional(z.string()),
  reason: z.optional(z.string()),
  params: z.optional(z.array(z.union([z.string(), z.number()]))),
});
export type SaveFailure = z.infer<typeof SaveFailure>;
