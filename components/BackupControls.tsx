// The JSON backup: every record with its sources and the reader's decisions. Import matches by
// record id, then by the award a record states; a damaged or foreign file is refused whole by the
// store, with its reason.
import { useId, useState } from "react";
import { backupText, importBackupFile } from "./backup-file";
import { downloadText, today } from "./download";
import { errorText } from "./errors";
import { t } from "./i18n";

export function BackupControls({ onImported }: { onImported(message: string): void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);

  async function exportBackup() {
    setError(null);
    try {
      downloadText(`paritrana-cadangan-${today()}.json`, await backupText(), "application/json");
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function importFile(file: File) {
    setError(null);
    try {
      const result = await importBackupFile(file);
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
