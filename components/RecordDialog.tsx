// One record: its sources, its fields to correct, reject or restore, and merge with another.
import { useState } from "react";
import { sourcesSinceRejection } from "@/lib/records/merge";
import type { AwardFields, StoredRecord } from "@/lib/records/schema";
import type { TableRow } from "@/lib/table/rows";
import type { Conflict } from "@/lib/views/conflicts";
import { ask } from "./api";
import { Dialog } from "./Dialog";
import { errorText } from "./errors";
import { t } from "./i18n";
import { statusLabel } from "./labels";
import { MergePicker } from "./MergePicker";
import { RecordEditor } from "./RecordEditor";
import { SameAwardPrompt } from "./SameAwardPrompt";
import { SourceList } from "./SourceList";

export function RecordDialog({
  record,
  records,
  onChanged,
  onClose,
  conflict,
  onConflict,
  onHistory,
}: {
  record: StoredRecord;
  records: readonly TableRow[];
  /** Where this record's sources disagree: said here, and opens the readings side by side. */
  conflict?: Conflict;
  onConflict?(conflict: Conflict): void;
  /** Opens the awardee's history. */
  onHistory?(): void;
  /** A change was saved: the table reloads and the dialog shows the saved record. */
  onChanged(record: StoredRecord, message: string): void;
  onClose(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<StoredRecord>, message: string) => {
    setError(null);
    try {
      onChanged(await action(), message);
    } catch (err) {
      setError(errorText(err));
    }
  };
  const rejected = record.status === "rejected";
  const newSources = sourcesSinceRejection(record);
  // A correction that makes this record state an award another record holds: asked first.
  const [pending, setPending] = useState<{ fields: AwardFields; holder: StoredRecord } | null>(null);
  const saveCorrection = async (fields: AwardFields) => {
    const saved = await ask({ type: "correct-record", id: record.id, patch: fields });
    setPending(null);
    onChanged(saved.record, t("savedCorrection"));
  };

  return (
    <Dialog title={record.awardee} onClose={onClose} className="record-dialog">
      <p className="muted">
        {t("colStatus")}: <strong>{statusLabel(record.status)}</strong>
        {rejected && ` — ${t("rejectedHelp")}`}
      </p>
      {conflict && onConflict && (
        <p className="notice" role="status">
          <span aria-hidden="true">⚠ </span>
          {t("recordConflict")}{" "}
          <button type="button" onClick={() => onConflict(conflict)}>
            {t("recordConflictOpen")}
          </button>
        </p>
      )}
      {onHistory && (
        <p>
          <button type="button" className="link" onClick={onHistory}>
            {t("historyOpen", record.awardee)}
          </button>
        </p>
      )}
      {newSources > 0 && (
        <p className="notice" role="status">
          {t("rejectedNewHelp", newSources)}
        </p>
      )}
      <section aria-labelledby="sources-title">
        <h3 id="sources-title">{t("sourcesTitle", record.sources.length)}</h3>
        <SourceList sources={record.sources} />
      </section>
      <section aria-labelledby="edit-title">
        <h3 id="edit-title">{t("editTitle")}</h3>
        <RecordEditor
          key={`${record.id}:${record.updatedAt}`}
          initial={record}
          correctedFields={record.correctedFields}
          submitLabel={t("saveCorrection")}
          onSubmit={async (fields) => {
            const holder = (await ask({ type: "find-same-award", fields, exceptId: record.id })).record;
            if (holder) setPending({ fields, holder });
            else await saveCorrection(fields);
          }}
        />
        {pending && (
          <SameAwardPrompt
            holder={pending.holder}
            onConfirm={() => saveCorrection(pending.fields)}
            onCancel={() => setPending(null)}
          />
        )}
      </section>
      <section className="record-actions" aria-label={t("moreActions")}>
        {rejected ? (
          <button
            type="button"
            onClick={() =>
              run(async () => (await ask({ type: "restore-record", id: record.id })).record, t("restored"))
            }
          >
            {t("restore")}
          </button>
        ) : (
          <button
            type="button"
            className="danger"
            onClick={() =>
              run(async () => (await ask({ type: "reject-record", id: record.id })).record, t("rejected"))
            }
          >
            {t("reject")}
          </button>
        )}
        <MergePicker
          record={record}
          records={records}
          onMerge={(otherId) =>
            run(
              async () => (await ask({ type: "merge-records", keepId: record.id, otherId })).record,
              t("merged"),
            )
          }
        />
        {error && <p role="alert">{error}</p>}
      </section>
    </Dialog>
  );
}
