// Every message between the content script, the background and the extension's pages, as zod.
// The background parses each message on receipt and refuses a malformed one before anything is
// written; callers parse each reply, so neither side trusts the other's shape. No browser API
// here: the entrypoints pass in how to send.
import * as z from "zod/mini";
import { describeIssues } from "./records/issues";
import { CorrectionPatch, HandRecord, RecordQuery } from "./records/requests";
import { ArticleMeta, AwardFields, RecordToSave, StoredRecord } from "./records/schema";
import { AWARDEE_TYPES } from "./records/vocabulary";
import { type FailureDetail, MessageError, type Send, unwrapReply } from "./reply";
import type { AwardStore } from "./store/award-store";
import { Backup } from "./store/backup";
import { StoreError } from "./store/errors";
import { RowPage, TableRow } from "./table/rows";
import type { HistoryTarget } from "./views/history-link";

const id = z.string().check(z.minLength(1));
const kind = <T extends string>(type: T) => ({ type: z.literal(type) });

export { MessageError, type Send } from "./reply";

export const Message = z.discriminatedUnion("type", [
  z.strictObject({ ...kind("ping") }),
  z.strictObject({ ...kind("save-article"), article: ArticleMeta, records: z.array(RecordToSave) }),
  z.strictObject({ ...kind("list-records"), query: z.optional(RecordQuery) }),
  // The table's lean rows, a page at a time: the first page shows while the rest arrive.
  z.strictObject({ ...kind("list-rows"), page: z.optional(RowPage) }),
  z.strictObject({ ...kind("get-record"), id }),
  z.strictObject({ ...kind("correct-record"), id, patch: CorrectionPatch }),
  z.strictObject({ ...kind("add-record"), record: HandRecord }),
  z.strictObject({ ...kind("reject-record"), id }),
  z.strictObject({ ...kind("restore-record"), id }),
  z.strictObject({ ...kind("delete-record"), id }),
  z.strictObject({ ...kind("merge-records"), keepId: id, otherId: id }),
  // Asked before a correction or an addition is saved: which record holds that award already.
  z.strictObject({ ...kind("find-same-award"), fields: AwardFields, exceptId: z.optional(id) }),
  z.strictObject({ ...kind("export-backup") }),
  // The backup is checked by the store, which explains exactly what is wrong with the file.
  z.strictObject({ ...kind("import-backup"), backup: z.unknown() }),
  // How many awards the page in this tab gave: the background shows it on the toolbar button.
  z.strictObject({ ...kind("page-records"), count: z.int().check(z.nonnegative(), z.maximum(9999)) }),
  // The hover card's "history": the background opens the full-page table on that awardee.
  z.strictObject({ ...kind("open-history"), awardee: id, awardeeType: z.enum(AWARDEE_TYPES) }),
]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message["type"];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * Content scripts run inside other people's pages: they may save and read, not wipe. From the hover
 * card they may correct or reject a record, but only one their own tab saved (see `ownsRecord`), so
 * a page (or a compromised renderer) cannot reach the rest of the table.
 */
export const CONTENT_SCRIPT_MESSAGES: readonly MessageType[] = [
  "ping",
  "save-article",
  "get-record",
  "correct-record",
  "reject-record",
  "page-records",
  "open-history",
];
const OWNED_ONLY: readonly MessageType[] = ["correct-record", "reject-record"];

const counts = { created: z.int(), merged: z.int() };
const withRecord = z.object({ record: StoredRecord });

/** What each message answers when it succeeds. */
export const Results = {
  ping: z.object({ recordCount: z.int() }),
  "save-article": z.object({ ...counts, records: z.array(StoredRecord) }),
  "list-records": z.object({ records: z.array(StoredRecord) }),
  "list-rows": z.object({
    rows: z.array(TableRow),
    next: z.nullable(z.string()),
    total: z.optional(z.int()),
  }),
  "get-record": z.object({ record: z.nullable(StoredRecord) }),
  "correct-record": withRecord,
  "add-record": z.object({ record: StoredRecord, existed: z.boolean() }),
  "reject-record": withRecord,
  "restore-record": withRecord,
  "delete-record": z.object({}),
  "merge-records": withRecord,
  "find-same-award": z.object({ record: z.nullable(StoredRecord) }),
  "export-backup": z.object({ backup: Backup }),
  "import-backup": z.object({ ...counts, skipped: z.int() }),
  "page-records": z.object({}),
  "open-history": z.object({}),
} satisfies Record<MessageType, z.ZodMiniType>;
export type Result<T extends MessageType> = z.infer<(typeof Results)[T]>;

/** Every message type (Results is checked above to answer each one). */
export const MESSAGE_TYPES = Object.keys(Results) as MessageType[];

export type Reply<T extends MessageType = MessageType> =
  | ({ ok: true } & Result<T>)
  | ({ ok: false; error: string } & FailureDetail);

/** Reads a message, or throws a MessageError saying what is wrong with it. */
export function parseMessage(raw: unknown): Message {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new MessageError('Message refused: expected an object with a "type".');
  }
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string" || !(MESSAGE_TYPES as string[]).includes(type)) {
    throw new MessageError(`Message refused: unknown type ${JSON.stringify(type ?? null)}.`);
  }
  const result = Message.safeParse(raw);
  if (!result.success) {
    throw new MessageError(
      `Message "${type}" refused, nothing was changed: ${describeIssues(result.error)}.`,
    );
  }
  return result.data;
}

async function run(
  store: AwardStore,
  message: Message,
  options: HandleOptions,
): Promise<Record<string, unknown>> {
  switch (message.type) {
    case "ping":
      return { recordCount: await store.count() };
    case "save-article":
      return { ...(await store.saveArticle(message.article, message.records)) };
    case "list-records":
      return { records: await store.list(message.query) };
    case "list-rows":
      return { ...(await store.listRows(message.page)) };
    case "get-record":
      return { record: (await store.get(message.id)) ?? null };
    case "correct-record":
      return { record: await store.correct(message.id, message.patch) };
    case "add-record":
      return { ...(await store.addRecord(message.record)) };
    case "reject-record":
      return { record: await store.reject(message.id) };
    case "restore-record":
      return { record: await store.restore(message.id) };
    case "delete-record":
      await store.remove(message.id);
      return {};
    case "merge-records":
      return { record: await store.mergeRecords(message.keepId, message.otherId) };
    case "find-same-award":
      return { record: (await store.sameAward(message.fields, message.exceptId)) ?? null };
    case "export-backup":
      return { backup: await store.exportBackup() };
    case "import-backup":
      return { ...(await store.importBackup(message.backup)) };
    case "page-records":
      await options.showCount?.(message.count);
      return {};
    case "open-history":
      await options.openHistory?.({ awardee: message.awardee, awardeeType: message.awardeeType });
      return {};
  }
}

export interface HandleOptions {
  /**
   * Who sent the message. The background must pass "content-script" for anything sent from a tab's
   * content script (`sender.tab` set and `sender.url` not an extension page).
   */
  from?: "content-script" | "extension-page";
  /** For a content script: whether its tab saved this record (required to correct or reject it). */
  ownsRecord?: (id: string) => boolean | Promise<boolean>;
  /** Shows a tab's award count (the background: the toolbar badge of the sender's tab). */
  showCount?: (count: number) => void | Promise<void>;
  /** Opens the full-page table on an awardee's history (the background: a new tab). */
  openHistory?: (target: HistoryTarget) => void | Promise<void>;
}

/** The background's handler: never throws, and never writes on a message it refused. */
export async function handleMessage(
  store: AwardStore,
  raw: unknown,
  options: HandleOptions = {},
): Promise<Reply> {
  try {
    const message = parseMessage(raw);
    if (options.from === "content-script" && !CONTENT_SCRIPT_MESSAGES.includes(message.type)) {
      throw new MessageError(`Message "${message.type}" refused: not allowed from a web page.`);
    }
    if (
      options.from === "content-script" &&
      OWNED_ONLY.includes(message.type) &&
      "id" in message &&
      !(await options.ownsRecord?.(message.id))
    ) {
      throw new MessageError(`Message "${message.type}" refused: the record was not read from this page.`);
    }
    return { ok: true, ...(await run(store, message, options)) } as Reply;
  } catch (err) {
    const error = err instanceof Error ? err.message : `Unexpected error: ${String(err)}`;
    if (!(err instanceof StoreError)) return { ok: false, error };
    return {
      ok: false,
      error,
      code: err.code,
      ...(err.reason ? { reason: err.reason } : {}),
      params: err.params,
    };
  }
}

/**
 * Sends a message and returns its checked result, or throws a MessageError with the background's
 * reason (or with why its reply could not be read).
 */
export async function sendMessage<T extends MessageType>(
  send: Send,
  message: MessageOf<T>,
): Promise<Result<T>> {
  const checked = parseMessage(message);
  const payload = unwrapReply(message.type, await send(checked));
  const reply = (Results[message.type as T] as z.ZodMiniObject).safeParse(payload);
  if (!reply.success) {
    throw new MessageError(`Unreadable answer to "${message.type}": ${describeIssues(reply.error)}.`);
  }
  return reply.data as Result<T>;
}
