// The page in front of the popup. Opening the popup gives the activeTab grant, so the popup runs
// the gate there at once (on any site, listed or not) and says what it found: on an award article
// the lens paints and saves it as on a listed site. "Pindai halaman ini" reads the page even when
// the gate found no mention of the award; "Tambahkan situs ini" asks for that one site, and the
// background registers the gate there from then on (entrypoints/background/user-sites.ts).
import { useEffect, useState } from "react";
import { MatchPattern } from "wxt/utils/match-patterns";
import { t } from "@/components/i18n";
import { builtSites } from "@/lib/sites/reach";
import { errorText } from "./errors";
import { awaitScan, type ScanState, scanTab } from "./scan-tab";

type Tab = { id: number; origin: string; listed: boolean; granted: boolean };

async function activeTab(): Promise<Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url) return null;
  const url = new URL(tab.url);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const listed = builtSites(browser.runtime.getManifest()).some((m) => new MatchPattern(m).includes(url));
  const granted = await browser.permissions.contains({ origins: [`${url.origin}/*`] });
  return { id: tab.id, origin: url.origin, listed, granted };
}

const foundText = (state: ScanState | null): string => {
  if (state === null || state === "reading") return t("scanReading");
  if (state === "no-lens" || state === 0) return t("scanNone");
  return t("scanFound", state);
};

/** `onSaved`: the lens saved what it found (the table below reloads). */
export function PageScan({ onSaved }: { onSaved?: () => void }) {
  const [tab, setTab] = useState<Tab | null | undefined>(undefined);
  const [state, setState] = useState<ScanState | null>(null);
  const [message, setMessage] = useState("");
  const fail = (err: unknown) => setMessage(t("siteError", errorText(err)));

  const run = (id: number, force: boolean) => {
    setState(null);
    return scanTab(id, force)
      .then(() => awaitScan(id))
      .then((found) => {
        setState(found);
        if (typeof found === "number" && found > 0) onSaved?.();
      }, fail);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the popup opens
  useEffect(() => {
    activeTab().then(
      (found) => {
        setTab(found);
        if (found) void run(found.id, false);
      },
      () => setTab(null),
    );
  }, []);

  if (tab === undefined) return null;
  if (tab === null) return <p className="site-access-note">{t("siteUnsupported")}</p>;
  const add = () =>
    // must be called straight from the click: the browser shows its own permission prompt
    browser.permissions.request({ origins: [`${tab.origin}/*`] }).then((ok) => {
      if (!ok) return setMessage(t("siteDenied"));
      setTab({ ...tab, granted: true });
      setMessage(t("siteAdded"));
    }, fail);
  return (
    <fieldset className="site-access-controls" aria-label={t("siteHeading")}>
      <output className="scan-found" aria-live="polite">
        {foundText(state)}
      </output>
      <button type="button" onClick={() => void run(tab.id, true)}>
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
