// Sites the reader added: each granted host permission gets the content script registered at run
// time. Synced from the granted permissions on start and whenever they change, so the list the
// browser keeps is the only truth.
import { CONTENT_SCRIPT_FILE } from "@/lib/sites/content-script";

const SCRIPT_ID = "paritrana-user-sites";

export async function syncUserSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  // Firefox lists the manifest's own content script sites among the granted origins: skip them
  // (the build's list, which in the test build includes the local test hosts).
  const listed = new Set(browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []));
  const matches = origins.filter((o) => /^https?:\/\//.test(o) && !listed.has(o));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      runAt: "document_idle",
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Runs the content script at once in the open tabs of sites just granted (the popup that asked
 * may have closed when the browser showed its permission prompt).
 */
export async function scanGrantedTabs(origins: readonly string[]): Promise<void> {
  const patterns = origins.filter((o) => /^https?:\/\//.test(o));
  if (patterns.length === 0) return;
  const tabs = await browser.tabs.query({ url: [...patterns] });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] })
            .catch(() => undefined),
    ),
  );
}
