import { useEffect, useState } from "react";
import { AwardList } from "@/components/AwardList";
import { t } from "@/components/i18n";
import { sendMessage } from "@/lib/messages";
import type { StoredRecord } from "@/lib/records/schema";

type State =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; records: StoredRecord[] };

export function App() {
  const [state, setState] = useState<State>({ kind: "loading" });
  useEffect(() => {
    sendMessage((m) => browser.runtime.sendMessage(m), { type: "list-records" })
      .then(({ records }) => setState({ kind: "ready", records }))
      .catch((err: unknown) => setState({ kind: "error", message: String((err as Error)?.message ?? err) }));
  }, []);
  return (
    <main>
      <h1>{t("popupHeading")}</h1>
      {state.kind === "loading" && <p aria-live="polite">{t("loading")}</p>}
      {state.kind === "error" && <p role="alert">{t("errorLoading", state.message)}</p>}
      {state.kind === "ready" && <AwardList records={state.records} />}
    </main>
  );
}
