// Merging two records that are one award written differently ("Pemkab Badung" and "Kabupaten
// Badung"): pick the other record; this one keeps its values, gains the other's sources and keys.
import { useId, useMemo, useState } from "react";
import type { StoredRecord } from "@/lib/records/schema";
import { nameMatches } from "@/lib/table/filters";
import type { TableRow } from "@/lib/table/rows";
import { t } from "./i18n";
import { categoryLabel } from "./labels";

const MAX_SHOWN = 30;

export function MergePicker({
  record,
  records,
  onMerge,
}: {
  record: StoredRecord;
  records: readonly TableRow[];
  onMerge(otherId: string): Promise<void>;
}) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState("");
  const candidates = useMemo(() => {
    const others = records.filter((r) => r.id !== record.id && r.status !== "rejected");
    const found = search.trim() ? others.filter((r) => nameMatches(r.awardee, search)) : others;
    // Same year first: the likeliest duplicates.
    return [...found]
      .sort((a, b) => Number(b.year === record.year) - Number(a.year === record.year))
      .slice(0, MAX_SHOWN);
  }, [records, record, search]);

  return (
    <details className="merge">
      <summary>{t("mergeTitle")}</summary>
      <p className="muted">{t("mergeHelp")}</p>
      <label htmlFor={`${id}-search`}>{t("mergeSearch")}</label>
      <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <label htmlFor={`${id}-other`}>{t("mergeWith")}</label>
      <select id={`${id}-other`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t("mergeChoose")}</option>
        {candidates.map((r) => (
          <option key={r.id} value={r.id}>
            {[r.awardee, r.year ?? "", categoryLabel(r.category), r.province ?? ""]
              .filter(Boolean)
              .join(" · ")}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!chosen}
        onClick={() => chosen && onMerge(chosen).then(() => setChosen(""))}
      >
        {t("mergeButton")}
      </button>
    </details>
  );
}
