// The table's filters: year, category, province, level and status as selects that show how many
// records each choice would leave (given the other filters), and a name search.
import type { Table } from "@tanstack/react-table";
import { useId } from "react";
import { type FacetCounts, NONE, STATUS_OPTIONS } from "@/lib/table/filters";
import type { TableRow } from "@/lib/table/rows";
import { t } from "./i18n";
import { categoryLabel, scopeLabel } from "./labels";

type Facet = "year" | "category" | "province" | "scope";

const FACETS: {
  id: Facet;
  label: string;
  show(value: string): string;
  order(a: string, b: string): number;
}[] = [
  { id: "year", label: "colYear", show: (v) => v, order: (a, b) => b.localeCompare(a) },
  {
    id: "category",
    label: "colCategory",
    show: (v) => categoryLabel(v),
    order: (a, b) => categoryLabel(a).localeCompare(categoryLabel(b), "id"),
  },
  { id: "province", label: "colProvince", show: (v) => v, order: (a, b) => a.localeCompare(b, "id") },
  {
    id: "scope",
    label: "colScope",
    show: (v) => scopeLabel(v as "provinsi"),
    order: (a, b) => a.localeCompare(b),
  },
];

const STATUS_LABELS: Record<(typeof STATUS_OPTIONS)[number], string> = {
  active: "statusActive",
  all: "statusAll",
  extracted: "statusExtracted",
  corrected: "statusCorrected",
  rejected: "statusRejected",
  rejected_new: "statusRejectedNew",
};

export function Filters({
  table,
  counts: facets,
  conflictIds,
}: {
  table: Table<TableRow>;
  counts: FacetCounts;
  /** Records whose sources disagree: the "only disagreeing sources" choice keeps these. */
  conflictIds: ReadonlyMap<string, unknown>;
}) {
  const id = useId();
  const support = table.getColumn("support");
  const search = table.getColumn("awardee");
  const status = table.getColumn("status");
  const statusCounts = facets.status;
  const countStatus = (option: string): number => {
    const count = (s: string) => statusCounts.get(s) ?? 0;
    if (option === "active") return count("extracted") + count("corrected");
    if (option === "rejected") return count("rejected") + count("rejected_new");
    if (option === "all") return countStatus("active") + countStatus("rejected");
    return count(option);
  };
  const anyFilter = table.getState().columnFilters.some((f) => f.id !== "status" || f.value !== "active");

  return (
    <fieldset className="filters">
      <legend className="sr-only">{t("filtersLegend")}</legend>
      <div className="filter search">
        <label htmlFor={`${id}-search`}>{t("searchLabel")}</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder={t("searchPlaceholder")}
          value={(search?.getFilterValue() as string | undefined) ?? ""}
          onChange={(e) => search?.setFilterValue(e.target.value || undefined)}
        />
      </div>
      {FACETS.map((facet) => {
        const column = table.getColumn(facet.id);
        if (!column) return null;
        const counts = facets[facet.id];
        const current = (column.getFilterValue() as string | undefined) ?? "";
        const values = [...counts.keys()]
          .map(String)
          .filter((v) => v !== NONE)
          .sort(facet.order);
        if (current && current !== NONE && !values.includes(current)) values.push(current);
        return (
          <div key={facet.id} className="filter">
            <label htmlFor={`${id}-${facet.id}`}>{t(facet.label)}</label>
            <select
              id={`${id}-${facet.id}`}
              value={current}
              onChange={(e) => column.setFilterValue(e.target.value || undefined)}
            >
              <option value="">{t("filterAll")}</option>
              {values.map((v) => (
                <option key={v} value={v}>
                  {`${facet.show(v)} (${counts.get(v) ?? 0})`}
                </option>
              ))}
              {counts.has(NONE) && (
                <option value={NONE}>{`${t("filterUnknown")} (${counts.get(NONE)})`}</option>
              )}
            </select>
          </div>
        );
      })}
      <div className="filter">
        <label htmlFor={`${id}-status`}>{t("colStatus")}</label>
        <select
          id={`${id}-status`}
          value={(status?.getFilterValue() as string | undefined) ?? "active"}
          onChange={(e) => status?.setFilterValue(e.target.value)}
        >
          {STATUS_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {`${t(STATUS_LABELS[option])} (${countStatus(option)})`}
            </option>
          ))}
        </select>
      </div>
      {support && (conflictIds.size > 0 || support.getIsFiltered()) && (
        <div className="filter check">
          <input
            id={`${id}-conflicts`}
            type="checkbox"
            checked={support.getIsFiltered()}
            onChange={(e) =>
              support.setFilterValue(e.target.checked ? new Set(conflictIds.keys()) : undefined)
            }
          />
          <label htmlFor={`${id}-conflicts`}>{t("filterConflicts", conflictIds.size)}</label>
        </div>
      )}
      {anyFilter && (
        <button
          type="button"
          className="reset"
          onClick={() => table.setColumnFilters([{ id: "status", value: "active" }])}
        >
          {t("filtersReset")}
        </button>
      )}
    </fieldset>
  );
}
