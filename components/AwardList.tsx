import type { StoredRecord } from "@/lib/records/schema";
import { t } from "./i18n";

const STATUS_LABEL = {
  extracted: "statusExtracted",
  corrected: "statusCorrected",
  rejected: "statusRejected",
} as const;

/** The stored awards as a plain table (sorting and filtering come with the full table view). */
export function AwardList({ records }: { records: readonly StoredRecord[] }) {
  if (records.length === 0) {
    return (
      <section className="empty" aria-labelledby="empty-title">
        <h2 id="empty-title">{t("emptyTitle")}</h2>
        <p>{t("emptyHelp")}</p>
      </section>
    );
  }
  return (
    <table>
      <caption>{t("recordCount", records.length)}</caption>
      <thead>
        <tr>
          <th scope="col">{t("colAwardee")}</th>
          <th scope="col">{t("colRank")}</th>
          <th scope="col">{t("colCategory")}</th>
          <th scope="col">{t("colScope")}</th>
          <th scope="col">{t("colYear")}</th>
          <th scope="col">{t("colStatus")}</th>
          <th scope="col">{t("colSources")}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.id}>
            <th scope="row">{record.awardee}</th>
            <td>{record.rank ?? t("noRank")}</td>
            <td>{record.categoryLabel ?? record.category ?? ""}</td>
            <td>
              {record.scope === "provinsi" ? `${t("scopeProvinsi")} ${record.province ?? ""}`.trim() : ""}
              {record.scope === "nasional" ? t("scopeNasional") : ""}
            </td>
            <td>{record.year ?? ""}</td>
            <td>{t(STATUS_LABEL[record.status])}</td>
            <td>{record.sources.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
