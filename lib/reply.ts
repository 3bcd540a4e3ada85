// Reading the background's reply without zod. The background parses every message on receipt
// with the record schema before anything is written; the lens on a news page (which must stay
// small: zod alone is a third of it) only unwraps replies from its own extension's background.
// Extension pages go further and check the reply's shape too (sendMessage in messages.ts).
import type { Message, MessageOf, MessageType, Result } from "./messages";

/** What a failure is, beside its English message: the interface words it in its own language. */
export interface FailureDetail {
  code?: string;
  reason?: string;
  params?: (string | number)[];
}

export class MessageError extends Error {
  readonly detail: FailureDetail;
  constructor(message: string, detail: FailureDetail = {}) {
    super(message);
    this.name = "MessageError";
    this.detail = detail;
  }
}

function failureDetail(rest: Record<string, unknown>): FailureDetail {
  const detail: FailureDetail = {};
  if (typeof rest.code === "string") detail.code = rest.code;
  if (typeof rest.reason === "string") detail.reason = rest.reason;
  if (Array.isArray(rest.params))
    detail.params = rest.params.filter((p) => typeof p === "string" || typeof p === "number");
  return detail;
}

/** How a caller delivers a message and gets the raw reply (e.g. `browser.runtime.sendMessage`). */
export type Send = (message: Message) => Promise<unknown>;

/** The reply's payload without `ok`, or a MessageError with the background's reason. */
export function unwrapReply(type: string, raw: unknown): Record<string, unknown> {
  if (raw === undefined) throw new MessageError(`No answer to "${type}" from the background.`);
  if (typeof raw !== "object" || raw === null) throw new MessageError(`Unreadable answer to "${type}".`);
  const { ok, ...rest } = raw as { ok?: unknown; error?: unknown };
  if (ok === false) {
    throw new MessageError(
      typeof rest.error === "string" ? rest.error : `"${type}" failed.`,
      failureDetail(rest),
    );
  }
  if (ok !== true) throw new MessageError(`Unreadable answer to "${type}".`);
  return rest;
}

/** Sends a message from a content script; the background checks it, the reply is unwrapped. */
export async function sendFromPage<T extends MessageType>(
  send: Send,
  message: MessageOf<T>,
): Promise<Result<T>> {
  return unwrapReply(message.type, await send(message)) as Result<T>;
}
