// How far the gate reaches beyond the listed news sites: every http(s) site once the reader grants
// it (the optional host permissions in wxt.config.ts), less the web apps that never carry a news
// article, where the browser then does not even inject it.

/** The optional host permissions that together mean "every site". */
export const ALL_SITES = ["https://*/*", "http://*/*"] as const;

/** Web mail, office, video, shopping and chat apps: busy pages that are never a news article. */
export const APP_SITE_MATCHES = [
  // mail
  "*://mail.google.com/*",
  "*://outlook.live.com/*",
  "*://outlook.office.com/*",
  "*://outlook.office365.com/*",
  "*://mail.yahoo.com/*",
  "*://*.mail.yahoo.com/*",
  // office and notes
  "*://docs.google.com/*",
  "*://drive.google.com/*",
  "*://sheets.google.com/*",
  "*://*.sharepoint.com/*",
  "*://*.officeapps.live.com/*",
  "*://*.notion.so/*",
  "*://*.figma.com/*",
  // video
  "*://*.youtube.com/*",
  "*://*.netflix.com/*",
  "*://*.vidio.com/*",
  "*://*.tiktok.com/*",
  // shopping
  "*://*.tokopedia.com/*",
  "*://*.shopee.co.id/*",
  "*://*.lazada.co.id/*",
  "*://*.blibli.com/*",
  "*://*.bukalapak.com/*",
  // chat and meetings
  "*://web.whatsapp.com/*",
  "*://web.telegram.org/*",
  "*://meet.google.com/*",
  "*://*.zoom.us/*",
] as const;

/**
 * The sites the build's own content script runs on, as its manifest lists them (the news sites;
 * in the test build the local hosts too). Firefox even lists them among the granted origins.
 */
export const builtSites = (manifest: { content_scripts?: { matches?: string[] }[] }): string[] =>
  manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [];

/** The web origins granted beyond the build's own sites: the ones the reader added. */
export const addedSites = (origins: readonly string[], built: readonly string[]): string[] =>
  origins.filter((o) => /^https?:\/\//.test(o) && !built.includes(o));

/** Whether a set of granted origins amounts to every site. */
export const grantsAllSites = (origins: readonly string[]): boolean =>
  ALL_SITES.every((pattern) => origins.includes(pattern));
