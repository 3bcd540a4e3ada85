import { describe, expect, it } from "vitest";
import { MessageError, sendFromPage, unwrapReply } from "@/lib/reply";

describe("reading the background's reply on a page", () => {
  it("gives the payload of a successful reply", async () => {
    const result = await sendFromPage(async () => ({ ok: true, recordCount: 3 }), { type: "ping" });
    expect(result).toEqual({ recordCount: 3 });
  });

  it("turns a refusal into an error carrying the background's reason", () => {
    expect(() => unwrapReply("save-article", { ok: false, error: "disk full" })).toThrow(
      new MessageError("disk full"),
    );
  });

  it("says so when the background did not answer or answered something else", () => {
    expect(() => unwrapReply("ping", undefined)).toThrow(/No answer to "ping"/);
    expect(() => unwrapReply("ping", "yes")).toThrow(/Unreadable answer/);
    expect(() => unwrapReply("ping", { recordCount: 1 })).toThrow(/Unreadable answer/);
  });
});
