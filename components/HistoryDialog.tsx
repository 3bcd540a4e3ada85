// An awardee's history: every year, round, category and place the records hold, newest first,
// each with its sources, under one name whatever spelling the articles used.
import type { History } from "@/lib/views/history";
import { Dialog } from "./Dialog";
import { useFullRecords } from "./full-records";
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
  const full = useFullRecords(history.entries.map((e) => e.id));

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
