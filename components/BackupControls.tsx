// The JSON backup: every record with its sources and the reader's decisions. Import merges by the
// same-award rule; a damaged or foreign file is refused whole by the store, with its reason.
import { useId, useState } from "react";
import { MAX_BACKUP_CHARS } from "@/lib/store/backup";
import { ask, errorText } from "./api";
import { downloadText, today } from "./download";
import { t } from "./i18n";

export function BackupControls({ onImported }: { onImported(message: string): void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  async function exportBackup() {
    setError(null);
    try {
      const { backup } = await ask({ type: "export-backup" });
      downloadText(`paritrana-cadangan-${today()}.json`, JSON.stringify(backup, null, 2), "application/json");
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function importFile(file: File) {
    setError(null);
    // Refused before reading: a wrong or hostile file must not fill the page's memory. Bytes are
    // compared with the store's character limit (a backup is almost all ASCII).
    if (file.size > MAX_BACKUP_CHARS) {
      const mb = (n: number) => (n / 1_000_000).toFixed(1);
      setError(t("backupTooLarge", mb(file.size), mb(MAX_BACKUP_CHARS)));
      return;
    }
    try {
      const text = await file.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        // The store words the refusal (not JSON) like any other bad file.
        parsed = text;
      }
      const result = await ask({ type: "import-backup", backup: parsed });
      onImported(t("imported", result.created, result.merged));
    } catch (err) {
      setError(t("importFailed", errorText(err)));
    }
  }

  return (
    <fieldset className="backup">
      <legend className="sr-only">{t("backupGroup")}</legend>
      <button type="button" onClick={exportBackup}>
        {t("backupExport")}
      </button>
      <label htmlFor={`${id}-file`} className="file-button">
        {t("backupImport")}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void importFile(file);
        }}
      />
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
