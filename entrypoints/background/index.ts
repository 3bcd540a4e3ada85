import { handleMessage } from "@/lib/messages";
import { SAVE_FAILURE_KEY, type SaveFailure } from "@/lib/save-failure";
import { type AwardStore, openAwardStore } from "@/lib/store";
import { type HistoryTarget, historyHash } from "@/lib/views/history-link";
import { forgetTab, rememberRecords, showCount, tabOwnsRecord } from "./page-records";
import { listenForScanRequests } from "./scan-requests";
import { scanGrantedTabs, syncUserSites } from "./user-sites";

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

const logFailure = (err: unknown) => console.warn("[paritrana-lens]", err);

const openHistory = async (target: HistoryTarget) => {
  await browser.tabs.create({ url: browser.runtime.getURL(`/table.html${historyHash(target)}`) });
};

/** A news page's save failed: keep it for the table to show (the page itself shows nothing). */
function rememberSaveFailure(
  raw: unknown,
  reply: { ok: boolean; error?: string } & Pick<SaveFailure, "code" | "reason" | "params">,
  url?: string,
): void {
  if (reply.ok || (raw as { type?: unknown } | null)?.type !== "save-article") return;
  const { code, reason, params } = reply;
  const failure: SaveFailure = {
    at: new Date().toISOString(),
    message: reply.error ?? "",
    url,
    code,
    reason,
    params,
  };
  void browser.storage.local.set({ [SAVE_FAILURE_KEY]: failure }).catch(logFailure);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const extensionOrigin = new URL(browser.runtime.getURL("/")).origin;
    const fromPage = sender.tab !== undefined && !sender.url?.startsWith(extensionOrigin);
    const tabId = sender.tab?.id;
    getStore()
      .then(async (s) => {
        if (!fromPage || tabId === undefined)
          return handleMessage(s, raw, { from: "extension-page", openHistory });
        const reply = await handleMessage(s, raw, {
          from: "content-script",
          openHistory,
          ownsRecord: (id) => tabOwnsRecord(tabId, id),
          showCount: (count) => showCount(tabId, count),
        });
        const saved = reply.ok && "records" in reply && Array.isArray(reply.records) ? reply.records : [];
        if (saved.length > 0)
          await rememberRecords(
            tabId,
            saved.map((r: { id: string }) => r.id),
          );
        return reply;
      })
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }))
      .then((reply) => {
        if (fromPage) rememberSaveFailure(raw, reply, sender.tab?.url);
        sendResponse(reply);
      });
    return true; // the reply is sent asynchronously
  });

  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(logFailure));
  // Sites the reader added keep their content script across restarts and permission changes.
  browser.runtime.onStartup.addListener(() => void syncUserSites().catch(logFailure));
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void syncUserSites().catch(logFailure);
    // A fresh install greets the reader once: what the extension does, and the choice of reach.
    if (reason === "install") void browser.tabs.create({ url: browser.runtime.getURL("/welcome.html") });
  });
  listenForScanRequests(logFailure);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    void syncUserSites()
      .then(() => scanGrantedTabs(origins))
      .catch(logFailure);
  });
  browser.permissions.onRemoved.addListener(() => void syncUserSites().catch(logFailure));
});
