// How the extension's pages talk to the background (which owns the award store).
import { type MessageOf, type MessageType, type Result, sendMessage } from "@/lib/messages";

export function ask<T extends MessageType>(message: MessageOf<T>): Promise<Result<T>> {
  return sendMessage((m) => browser.runtime.sendMessage(m), message);
}
