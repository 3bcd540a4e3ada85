// A real store behind the fake browser's messages, as the background would answer them: for
// component tests of dialogs that send messages. Fresh for each test, closed after it.
import { cleanup } from "@testing-library/react";
import { afterEach, beforeEach, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { handleMessage } from "../../lib/messages";
import { type AwardStore, openAwardStore, type StoreOptions } from "../../lib/store";
import { freshDbName } from "../fixtures/records";
import { useIndonesianMessages } from "./messages";

/** The store of the running test (read it inside a test or a hook, not at import). */
export function storeBehindMessages(options: () => StoreOptions = () => ({})): () => AwardStore {
  let store: AwardStore | undefined;
  beforeEach(async () => {
    useIndonesianMessages();
    const opened = await openAwardStore(freshDbName(), options());
    store = opened;
    vi.spyOn(fakeBrowser.runtime, "sendMessage").mockImplementation(((raw: unknown) =>
      handleMessage(opened, raw, { from: "extension-page" })) as never);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    store?.close();
  });
  return () => {
    if (!store) throw new Error("the store opens before each test");
    return store;
  };
}
