// CSV export of what the filters show or of everything, with the separator the reader's
// spreadsheet expects (`;` for Excel in an Indonesian locale, `,` on request).
import { useId, useState } from "react";
import { CSV_COLUMNS, type CsvColumn, type CsvRecord, recordsToCsvParts } from "@/lib/csv/records";
import type { Separator } from "@/lib/csv/write";
import { downloadText, today } from "./download";
import { t } from "./i18n";

const HEADER_KEYS: Record<CsvColumn, string> = {
  awardee: "colAwardee",
  awardeeType: "colAwardeeType",
  rank: "colRank",
  category: "colCategory",
  scope: "colScope",
  province: "colProvince",
  year: "colYear",
  status: "colStatus",
  sources: "colSources",
  evidenceQuote: "evidenceQuote",
  articleUrl: "articleUrl",
  articleTitle: "articleTitle",
  articleDate: "articleDate",
};

export function csvHeaders(): Record<CsvColumn, string> {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(HEADER_KEYS[c])])) as Record<CsvColumn, string>;
}

export function ExportControls({
  visible,
  all,
}: {
  visible: readonly CsvRecord[];
  all: readonly CsvRecord[];
}) {
  const id = useId();
  const [separator, setSeparator] = useState<Separator>(";");
  const save = (records: readonly CsvRecord[], which: string) =>
    downloadText(
      `paritrana-${which}-${today()}.csv`,
      recordsToCsvParts(records, csvHeaders(), separator),
      "text/csv;charset=utf-8",
    );
  return (
    <fieldset className="export">
      <legend className="sr-only">{t("exportGroup")}</legend>
      <label htmlFor={`${id}-sep`}>{t("csvSeparator")}</label>
      <select id={`${id}-sep`} value={separator} onChange={(e) => setSeparator(e.target.value as Separator)}>
        <option value=";">{t("separatorSemicolon")}</option>
        <option value=",">{t("separatorComma")}</option>
      </select>
      <button type="button" onClick={() => save(visible, "tampilan")} disabled={visible.length === 0}>
        {t("exportVisible", visible.length)}
      </button>
      <button type="button" onClick={() => save(all, "semua")} disabled={all.length === 0}>
        {t("exportAll", all.length)}
      </button>
    </fieldset>
  );
}
