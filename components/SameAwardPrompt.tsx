// Said before a correction or an addition is saved that states an award a record holds already:
// the store keeps one record per award, so saving merges into it (sources united, the reader's
// values winning). One click to go on, one to go back and edit.
import { useEffect, useRef, useState } from "react";
import type { StoredRecord } from "@/lib/records/schema";
import { errorText } from "./errors";
import { t } from "./i18n";

export function SameAwardPrompt({
  holder,
  adding = false,
  onConfirm,
  onCancel,
}: {
  holder: StoredRecord;
  /** An addition (its values and source join the record) rather than a correction (two records merge). */
  adding?: boolean;
  onConfirm(): Promise<void>;
  onCancel(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const what = [holder.awardee, holder.year ?? ""].join(" ").trim();
  return (
    <div className="same-award" role="alertdialog" aria-labelledby="same-award-text">
      <p id="same-award-text">
        {t(adding ? "sameAwardAddFound" : "sameAwardFound", what, holder.sources.length)}
      </p>
      <div className="actions">
        <button
          ref={confirm}
          type="button"
          className="primary"
          onClick={() => onConfirm().catch((err) => setError(t("notSaved", errorText(err))))}
        >
          {t(adding ? "sameAwardAdd" : "sameAwardMerge")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("sameAwardBack")}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
