// Where the gate runs beyond the manifest's news sites: on every origin the browser has granted —
// single sites the reader added, or every site once the reader said "Baca di semua situs" (or the
// build granted it at install). Synced from the granted permissions on start and whenever they
// change, so the browser's list is the only truth: revoking a grant stops the gate there.
import { MatchPattern } from "wxt/utils/match-patterns";
import { CONTENT_SCRIPT_FILE } from "@/lib/sites/content-script";
import { APP_SITE_MATCHES, addedSites, builtSites, grantsAllSites } from "@/lib/sites/reach";

const SCRIPT_ID = "paritrana-user-sites";
const isWeb = (origin: string) => /^https?:\/\//.test(origin);

const same = (a: readonly string[] = [], b: readonly string[] = []) =>
  [...a].sort().join("\n") === [...b].sort().join("\n");

export async function syncUserSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  // The manifest's script already runs on the build's own sites (the test build's local hosts
  // included; Firefox even lists them among the granted origins): they are skipped, and with every
  // site granted, web apps are left out altogether.
  const listed = builtSites(browser.runtime.getManifest());
  const matches = addedSites(origins, listed);
  const excludeMatches = [...listed, ...(grantsAllSites(origins) ? APP_SITE_MATCHES : [])];
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  // Kept as it is when it matches the grant (a restart): no moment without the registration.
  if (existing && same(existing.matches, matches) && same(existing.excludeMatches, excludeMatches)) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      excludeMatches,
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      runAt: "document_idle",
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Runs the content script at once in the open tabs of sites just granted (the page that asked may
 * have closed when the browser showed its permission prompt).
 */
export async function scanGrantedTabs(origins: readonly string[]): Promise<void> {
  const patterns = origins.filter(isWeb);
  if (patterns.length === 0) return;
  const apps = APP_SITE_MATCHES.map((m) => new MatchPattern(m));
  const tabs = await browser.tabs.query({ url: [...patterns] });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined || !tab.url || apps.some((app) => app.includes(tab.url as string))
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] })
            .catch(() => undefined),
    ),
  );
}
