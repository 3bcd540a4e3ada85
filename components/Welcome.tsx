// The first-run page: what the extension does, that it sends nothing anywhere, and one choice —
// read on every site (the browser's own prompt for the optional all-sites permission) or keep to
// the listed news sites, the sites added one by one and the popup's scan.
import { useEffect, useRef, useState } from "react";
import { errorText } from "./api";
import { t } from "./i18n";
import { dropSites, onReachChange, readReach, requestAllSites } from "./reach";

type Outcome = "open" | "granted" | "declined" | "denied";

export function Welcome() {
  const [outcome, setOutcome] = useState<Outcome>("open");
  const [error, setError] = useState("");
  const outcomeRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const check = () => void readReach().then((r) => r.mode === "all" && setOutcome("granted"));
    check();
    return onReachChange(check);
  }, []);
  // The outcome line takes the focus, so a keyboard or screen-reader user hears what happened.
  useEffect(() => {
    if (outcome !== "open") outcomeRef.current?.focus();
  }, [outcome]);

  const accept = () => {
    setError("");
    // Straight from the click: the browser shows its permission prompt only then.
    requestAllSites().then(
      (ok) => setOutcome(ok ? "granted" : "denied"),
      (err) => setError(t("siteError", errorText(err))),
    );
  };
  const decline = () => {
    setError("");
    // Declining after accepting gives the access back.
    dropSites().then(
      () => setOutcome("declined"),
      (err) => setError(t("siteError", errorText(err))),
    );
  };
  const outcomeText =
    outcome === "granted"
      ? t("welcomeGranted")
      : outcome === "declined"
        ? t("welcomeDeclined")
        : outcome === "denied"
          ? t("welcomeDenied")
          : "";

  return (
    <main className="welcome">
      <h1>{t("welcomeTitle")}</h1>
      <p>{t("welcomeIntro")}</p>
      <ul>
        <li>{t("welcomeWhatHighlight")}</li>
        <li>{t("welcomeWhatTable")}</li>
        <li>{t("welcomeWhatPrivacy")}</li>
      </ul>
      <section className="choice" aria-labelledby="reach-title">
        <h2 id="reach-title">{t("welcomeReachTitle")}</h2>
        <p>{t("welcomeReachHelp")}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={accept} aria-describedby="reach-all-help">
            {t("welcomeAllSites")}
          </button>
          <button type="button" onClick={decline}>
            {t("welcomeListedOnly")}
          </button>
        </div>
        <p id="reach-all-help" className="muted">
          {t("welcomeAllSitesHelp")}
        </p>
        <p className="outcome" tabIndex={-1} ref={outcomeRef} aria-live="polite">
          {outcomeText}
        </p>
        {error && <p role="alert">{error}</p>}
      </section>
      <h2>{t("welcomeScanTitle")}</h2>
      <p>{t("welcomeScanHelp")}</p>
    </main>
  );
}
