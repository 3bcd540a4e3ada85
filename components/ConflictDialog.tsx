// Where sources disagree: the readings side by side, each with the articles that state it and
// their evidence. Choosing one is the reader's correction, saved through the store's usual rules
// (a place corrected; a year corrected, after which one award is one record). Nothing is merged
// or dropped without this choice.
import { useState } from "react";
import { sourceUrlKey } from "@/lib/records/merge";
import type { Source, StoredRecord } from "@/lib/records/schema";
import type { TableRow } from "@/lib/table/rows";
import { type Conflict, type Reading, resolutionOf } from "@/lib/views/conflicts";
import { ask } from "./api";
import { Dialog } from "./Dialog";
import { errorText } from "./errors";
import { useFullRecords } from "./full-records";
import { t } from "./i18n";
import { SourceList } from "./SourceList";

const readingName = (conflict: Conflict, reading: Reading) =>
  t(conflict.kind === "rank" ? "readingRank" : "readingYear", reading.value);

/** The sources that state a reading: its articles among its records' sources. */
function sourcesOf(reading: Reading, records: ReadonlyMap<string, StoredRecord>): Source[] {
  const articles = new Set(reading.articles);
  const out: Source[] = [];
  for (const id of reading.ids)
    for (const source of records.get(id)?.sources ?? [])
      if (articles.has(sourceUrlKey(source.url))) out.push(source);
  return out;
}

export function ConflictDialog({
  conflict,
  rows,
  onResolved,
  onClose,
}: {
  conflict: Conflict;
  rows: ReadonlyMap<string, TableRow>;
  onResolved(record: StoredRecord | null, message: string): void;
  onClose(): void;
}) {
  const records = useFullRecords(conflict.ids);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const name = rows.get(conflict.ids[0] as string)?.awardee ?? "";
  // A place conflict is one record: the reading it shows now is marked.
  const isCurrent = (reading: Reading) =>
    conflict.kind === "rank" && rows.get(conflict.ids[0] as string)?.rank === reading.value;

  async function choose(reading: Reading) {
    setBusy(true);
    setError(null);
    try {
      // The chosen articles' own label for the place (the text as written), when they kept one.
      const label = sourcesOf(reading, records).find((s) => s.reading?.rank === reading.value)?.reading
        ?.rankLabel;
      let saved: StoredRecord | null = null;
      for (const { id, patch } of resolutionOf(conflict, reading, rows, label ?? null))
        saved = (await ask({ type: "correct-record", id, patch })).record;
      onResolved(saved, t("conflictResolved", readingName(conflict, reading)));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t("conflictTitle", name)} onClose={onClose} className="conflict-dialog">
      <p className="muted">{t(conflict.kind === "rank" ? "conflictRankHelp" : "conflictYearHelp")}</p>
      <div className="readings">
        {conflict.readings.map((reading) => {
          const label = readingName(conflict, reading);
          return (
            <section key={reading.value} className="reading" aria-label={label}>
              <h3>
                {label}
                {isCurrent(reading) && <span className="current-tag"> · {t("readingCurrent")}</span>}
              </h3>
              <p className="muted">{t("readingArticles", reading.articles.length)}</p>
              <SourceList sources={sourcesOf(reading, records)} />
              <button
                type="button"
                className="primary"
                disabled={busy}
                aria-label={t("conflictPickLabel", label)}
                onClick={() => void choose(reading)}
              >
                {t("conflictPick")}
              </button>
            </section>
          );
        })}
      </div>
      {error && <p role="alert">{error}</p>}
    </Dialog>
  );
}
