import { handleMessage } from "@/lib/messages";
import { type AwardStore, openAwardStore } from "@/lib/store";

// The award store lives here, in the extension's own origin. A service worker can be stopped at
// any time, so the database is opened on first use and kept while the worker lives.
let store: Promise<AwardStore> | undefined;
const getStore = () => {
  store ??= openAwardStore().catch((err) => {
    store = undefined;
    throw err;
  });
  return store;
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const extensionOrigin = new URL(browser.runtime.getURL("/")).origin;
    const fromPage = sender.tab !== undefined && !sender.url?.startsWith(extensionOrigin);
    getStore()
      .then((s) => handleMessage(s, raw, { from: fromPage ? "content-script" : "extension-page" }))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }))
      .then(sendResponse);
    return true; // the reply is sent asynchronously
  });
});
