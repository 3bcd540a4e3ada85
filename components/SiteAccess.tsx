// "Scan this page" and "Add this site" for the tab the popup was opened on. Scanning uses the
// activeTab grant (no lasting access); adding asks for that one origin, and the background then
// registers the content script there (entrypoints/background/user-sites.ts).
import { useEffect, useState } from "react";
import { MatchPattern } from "wxt/utils/match-patterns";
import { t } from "@/components/i18n";
import { CONTENT_SCRIPT_FILE, SCAN_REQUEST_KEY } from "@/lib/sites/content-script";
import { NEWS_SITE_MATCHES } from "@/lib/sites/news-sites";

type Tab = { id: number; origin: string; listed: boolean; granted: boolean };

async function activeTab(): Promise<Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url) return null;
  const url = new URL(tab.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const listed = NEWS_SITE_MATCHES.some((m) => new MatchPattern(m).includes(url));
  const granted = await browser.permissions.contains({ origins: [`${url.origin}/*`] });
  return { id: tab.id, origin: url.origin, listed, granted };
}

/** Runs the content script once in the tab, telling it the reader asked (skip the quick check). */
export async function scanTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world: it gets the key as an argument, not by closure.
    func: (key: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = true;
    },
    args: [SCAN_REQUEST_KEY],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

export function SiteAccess() {
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  const [message, setMessage] = useState("");
  useEffect(() => {
    activeTab().then(setTab, () => setTab(null));
  }, []);
  if (tab === undefined) return null;
  if (tab === null) return <p className="site-access-note">{t("siteUnsupported")}</p>;
  const fail = (err: unknown) => setMessage(t("siteError", err instanceof Error ? err.message : String(err)));
  const scan = () => scanTab(tab.id).then(() => setMessage(t("siteScanned")), fail);
  const add = () =>
    // must be called straight from the click: the browser shows its own permission prompt
    browser.permissions.request({ origins: [`${tab.origin}/*`] }).then(async (ok) => {
      if (!ok) return setMessage(t("siteDenied"));
      // the background registers the site and scans its open tabs (permissions.onAdded)
      setTab({ ...tab, granted: true });
      setMessage(t("siteAdded"));
    }, fail);
  return (
    <fieldset className="site-access-controls" aria-label={t("siteHeading")}>
      <button type="button" onClick={scan}>
        {t("siteScan")}
      </button>
      {tab.listed || tab.granted ? (
        <span className="site-access-note">{t("siteListed")}</span>
      ) : (
        <button type="button" onClick={add}>
          {t("siteAdd")}
        </button>
      )}
      <output aria-live="polite">{message}</output>
    </fieldset>
  );
}
