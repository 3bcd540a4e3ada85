import { describe, expect, it, vi } from "vitest";
import { handleMessage } from "../../lib/messages";
import { historyHash, parseHistoryHash } from "../../lib/views/history-link";
import { openStore } from "../store/stores";

describe("the history's address", () => {
  it("carries a name with spaces, quotes and ampersands there and back", () => {
    const target = { awardee: 'PT "Tirta & Segara"', awardeeType: "badan_usaha" as const };
    expect(parseHistoryHash(historyHash(target))).toEqual(target);
    expect(parseHistoryHash(historyHash({ awardee: "Kabupaten Gianyar", awardeeType: "kabupaten" }))).toEqual(
      {
        awardee: "Kabupaten Gianyar",
        awardeeType: "kabupaten",
      },
    );
  });

  it("reads nothing from another hash or an unknown awardee type", () => {
    expect(parseHistoryHash("")).toBeNull();
    expect(parseHistoryHash("#top")).toBeNull();
    expect(parseHistoryHash("#riwayat=X&jenis=raja")).toBeNull();
    expect(parseHistoryHash("#riwayat=%20&jenis=kota")).toBeNull();
  });
});

describe("the hover card's history message", () => {
  it("asks the background to open the history, from a news page's content script too", async () => {
    const store = await openStore();
    const openHistory = vi.fn();
    const message = { type: "open-history", awardee: "Kota Bima", awardeeType: "kota" };
    expect(await handleMessage(store, message, { from: "content-script", openHistory })).toEqual({
      ok: true,
    });
    expect(openHistory).toHaveBeenCalledWith({ awardee: "Kota Bima", awardeeType: "kota" });
    const refused = await handleMessage(
      store,
      { ...message, awardeeType: "raja" },
      { from: "content-script", openHistory },
    );
    expect(refused.ok).toBe(false);
    expect(openHistory).toHaveBeenCalledTimes(1);
  });
});
