// The reader's reach, as the browser granted it: every site, the listed news sites plus sites
// added one by one, or the listed news sites alone. The popup scan works in every mode.

import { ALL_SITES, addedSites, builtSites, grantsAllSites } from "@/lib/sites/reach";

export type Reach = { mode: "all" } | { mode: "added"; sites: string[] } | { mode: "listed" };

export async function readReach(): Promise<Reach> {
  const { origins = [] } = await browser.permissions.getAll();
  if (grantsAllSites(origins)) return { mode: "all" };
  const sites = addedSites(origins, builtSites(browser.runtime.getManifest()));
  return sites.length > 0 ? { mode: "added", sites } : { mode: "listed" };
}

/** Asks the browser for every site (its own prompt; must run straight from a click). True when
 * granted; the background then registers the gate everywhere (permissions.onAdded). */
export function requestAllSites(): Promise<boolean> {
  return browser.permissions.request({ origins: [...ALL_SITES] });
}

/** Gives back every-site access (and `sites` added one by one, if named). */
export function dropSites(sites: readonly string[] = ALL_SITES): Promise<boolean> {
  return browser.permissions.remove({ origins: [...sites] });
}

/** Follows grants made or revoked elsewhere (the browser's own settings, another page). */
export function onReachChange(callback: () => void): () => void {
  browser.permissions.onAdded.addListener(callback);
  browser.permissions.onRemoved.addListener(callback);
  return () => {
    browser.permissions.onAdded.removeListener(callback);
    browser.permissions.onRemoved.removeListener(callback);
  };
}
