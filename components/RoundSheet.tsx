// A round as its results sheet: the round picked from a list with its record counts, one row per
// category, first / second / third / other places across. A name opens the awardee's history; an
// empty place is a gap the reader can fill (adding by hand, the round and category filled in).
// The sheet prints on its own and downloads as CSV in the same shape.
import { useId, useMemo, useState } from "react";
import { sheetToCsv } from "@/lib/csv/sheet";
import type { AwardFields } from "@/lib/records/schema";
import { likelyAwardeeType } from "@/lib/records/vocabulary";
import type { TableRow } from "@/lib/table/rows";
import type { Conflict } from "@/lib/views/conflicts";
import { buildSheet, listRounds, PLACES, type Round } from "@/lib/views/rounds";
import { downloadText, today } from "./download";
import { t } from "./i18n";
import { categoryLabel } from "./labels";

export const roundName = (round: Pick<Round, "scope" | "province" | "year">) =>
  round.scope === "nasional"
    ? t("roundNational", round.year)
    : t("roundProvince", round.province ?? "", round.year);

const sheetCategory = (category: string | null) =>
  category === null ? t("categoryUnknown") : categoryLabel(category);
const PLACE_KEYS = ["place1", "place2", "place3"] as const;

/** "Kabupaten Gianyar (2 sumber)", with the place first where the column does not say it. */
function cellText(row: TableRow): string {
  const place = row.rank === null ? `${t("cellNoPlace")}: ` : row.rank > PLACES.length ? `${row.rank}. ` : "";
  return `${place}${row.awardee} (${t("cellSources", row.sourceCount)})`;
}

export function RoundSheet({
  records,
  conflicts,
  onHistory,
  onConflict,
  onFill,
}: {
  records: readonly TableRow[];
  conflicts: ReadonlyMap<string, Conflict[]>;
  onHistory(row: TableRow): void;
  onConflict(conflict: Conflict): void;
  /** Add by hand, with these fields filled in. */
  onFill(fields: Partial<AwardFields>): void;
}) {
  const id = useId();
  const rounds = useMemo(() => listRounds(records), [records]);
  const [picked, setPicked] = useState<string | null>(null);
  const round = rounds.find((r) => r.key === picked) ?? rounds[0];
  const sheet = useMemo(() => (round ? buildSheet(records, round.key) : []), [records, round]);

  if (!round) return <p className="muted">{t("sheetEmpty")}</p>;
  const title = t("sheetTitle", roundName(round));
  const headers = [t("sheetCategory"), t("place1"), t("place2"), t("place3"), t("placeOther")] as const;

  const fill = (category: string | null, rank: number | null) =>
    onFill({
      year: round.year,
      scope: round.scope,
      province: round.province,
      category,
      rank,
      awardeeType: likelyAwardeeType(category) ?? undefined,
    });

  const cell = (rows: readonly TableRow[]) =>
    rows.map((row) => {
      const conflict = conflicts.get(row.id)?.[0];
      return (
        <div key={row.id} className="sheet-entry">
          {row.rank !== null && row.rank > PLACES.length && <span>{row.rank}. </span>}
          {row.rank === null && <span className="muted">{t("cellNoPlace")}: </span>}
          <button
            type="button"
            className="link"
            onClick={() => onHistory(row)}
            title={t("historyOpen", row.awardee)}
          >
            {row.awardee}
          </button>{" "}
          <span className="muted">({t("cellSources", row.sourceCount)})</span>{" "}
          {conflict && <ConflictButton awardee={row.awardee} onOpen={() => onConflict(conflict)} />}
        </div>
      );
    });

  return (
    <section className="round-sheet" aria-labelledby={`${id}-title`}>
      <div className="sheet-controls">
        <label htmlFor={`${id}-round`}>{t("roundPick")}</label>
        <select id={`${id}-round`} value={round.key} onChange={(e) => setPicked(e.target.value)}>
          {rounds.map((r) => (
            <option key={r.key} value={r.key}>
              {t("roundOption", roundName(r), r.count)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `paritrana-babak-${round.year}-${round.province ?? "nasional"}-${today()}.csv`.replace(
                /\s+/g,
                "-",
              ),
              sheetToCsv(sheet, { headers, category: sheetCategory, cell: cellText }),
              "text/csv;charset=utf-8",
            )
          }
        >
          {t("sheetExport")}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t("sheetPrint")}
        </button>
      </div>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted sheet-help">{t("sheetHelp")}</p>
      <table className="sheet">
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.map((line) => {
            const category = sheetCategory(line.category);
            return (
              <tr key={line.category ?? ""}>
                <th scope="row">{category}</th>
                {line.places.map((place, i) => (
                  <td key={PLACE_KEYS[i]} className={place.length === 0 ? "gap" : undefined}>
                    {place.length > 0 ? (
                      cell(place)
                    ) : (
                      <button
                        type="button"
                        className="fill"
                        aria-label={t("sheetGapLabel", t(PLACE_KEYS[i] as string), category)}
                        onClick={() => fill(line.category, i + 1)}
                      >
                        + {t("sheetGap")}
                      </button>
                    )}
                  </td>
                ))}
                <td>{cell(line.other)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function ConflictButton({ awardee, onOpen }: { awardee: string; onOpen(): void }) {
  return (
    <button
      type="button"
      className="conflict-mark"
      onClick={onOpen}
      aria-label={t("conflictOpen", awardee)}
      title={t("conflictOpen", awardee)}
    >
      <span aria-hidden="true">⚠</span>
    </button>
  );
}
