// An awardee's history: every year, round, category and place the records hold, newest first,
// each with its sources, under one name whatever spelling the articles used.
import { useEffect, useState } from "react";
import type { StoredRecord } from "@/lib/records/schema";
import type { History } from "@/lib/views/history";
import { ask } from "./api";
import { Dialog } from "./Dialog";
import { t } from "./i18n";
import { categoryLabel } from "./labels";
import { roundName } from "./RoundSheet";
import { SourceList } from "./SourceList";

export function HistoryDialog({
  history,
  onOpenRecord,
  onClose,
}: {
  history: History;
  onOpenRecord(id: string): void;
  onClose(): void;
}) {
  // The rows hold what the table shows; the sources and their quotes come from the whole records.
  const [full, setFull] = useState<ReadonlyMap<string, StoredRecord>>(new Map());
  useEffect(() => {
    let live = true;
    void Promise.all(
      history.entries.map((e) => ask({ type: "get-record", id: e.id }).catch(() => null)),
    ).then((replies) => {
      if (!live) return;
      const records = new Map<string, StoredRecord>();
      for (const reply of replies) if (reply?.record) records.set(reply.record.id, reply.record);
      setFull(records);
    });
    return () => {
      live = false;
    };
  }, [history]);

  const years = new Set(history.entries.map((e) => e.year)).size;
  const spellings = [...new Set(history.entries.map((e) => e.awardee))].filter((n) => n !== history.name);
  return (
    <Dialog title={t("historyTitle", history.name)} onClose={onClose} className="history-dialog">
      <p className="muted">
        {t("historySummary", history.entries.length, years)}
        {spellings.length > 0 && ` · ${t("historySpellings", spellings.join(", "))}`}
      </p>
      <table className="history">
        <thead>
          <tr>
            <th scope="col">{t("colYear")}</th>
            <th scope="col">{t("historyRound")}</th>
            <th scope="col">{t("colCategory")}</th>
            <th scope="col">{t("colRank")}</th>
            <th scope="col">{t("colSourcesShort")}</th>
          </tr>
        </thead>
        <tbody>
          {history.entries.map((entry) => {
            const record = full.get(entry.id);
            return (
              <tr key={entry.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onOpenRecord(entry.id)}>
                    {entry.year ?? "—"}
                  </button>
                </th>
                <td>
                  {entry.year !== null && entry.scope !== null
                    ? roundName({ scope: entry.scope, province: entry.province, year: entry.year })
                    : "—"}
                </td>
                <td>{categoryLabel(entry.category) || "—"}</td>
                <td>{entry.rank ?? "—"}</td>
                <td>
                  <details>
                    <summary>{t("cellSources", entry.sourceCount)}</summary>
                    {record && <SourceList sources={record.sources} />}
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Dialog>
  );
}
