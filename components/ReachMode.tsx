// The popup's "where does the lens read" line: which of the three reaches the reader has, and the
// choice to change it (every site, or back to the listed sites and those added one by one).
import { useCallback, useEffect, useState } from "react";
import { errorText } from "./errors";
import { t } from "./i18n";
import { dropSites, onReachChange, type Reach, readReach, requestAllSites } from "./reach";

export function ReachMode() {
  const [reach, setReach] = useState<Reach | null>(null);
  const [message, setMessage] = useState("");
  const refresh = useCallback(() => void readReach().then(setReach, (err) => setMessage(errorText(err))), []);
  useEffect(() => {
    refresh();
    return onReachChange(refresh);
  }, [refresh]);
  if (!reach) return null;

  const choose = (all: boolean) => {
    setMessage("");
    // Shown at once, so the radio follows the click; the refresh below puts back what the browser
    // really granted (a declined prompt returns to the listed sites).
    setReach(all ? { mode: "all" } : { mode: "listed" });
    // The request must start in the click itself: the browser shows its prompt only then.
    const change = all ? requestAllSites() : dropSites();
    change.then(
      (ok) => {
        if (!ok && all) setMessage(t("reachDenied"));
        refresh();
      },
      (err) => setMessage(t("siteError", errorText(err))),
    );
  };
  const status =
    reach.mode === "all"
      ? t("reachModeAll")
      : reach.mode === "added"
        ? t("reachModeAdded", reach.sites.length)
        : t("reachModeListed");
  return (
    <fieldset className="reach-mode">
      <legend>{t("reachHeading")}</legend>
      <p className="reach-status">{status}</p>
      <label>
        <input type="radio" name="reach" checked={reach.mode === "all"} onChange={() => choose(true)} />
        {t("reachChooseAll")}
      </label>
      <label>
        <input type="radio" name="reach" checked={reach.mode !== "all"} onChange={() => choose(false)} />
        {t("reachChooseListed")}
      </label>
      {reach.mode === "added" && (
        <button type="button" onClick={() => dropSites(reach.sites).then(refresh, refresh)}>
          {t("reachForgetAdded", reach.sites.length)}
        </button>
      )}
      <output aria-live="polite">{message}</output>
    </fieldset>
  );
}
