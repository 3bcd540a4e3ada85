// The full page's first view: awards by year and by province as small bar charts in plain SVG
// (no chart library: a few rectangles keep the page fast). Every bar is a button that filters the
// table; a line below says how many records have sources that disagree.
import { useMemo } from "react";
import type { TableRow } from "@/lib/table/rows";
import { type Bar, countBy } from "@/lib/views/glance";
import { t } from "./i18n";

export type GlanceFilter = { id: "year" | "province"; value: string } | { id: "conflicts" };

const byYear = (a: Bar, b: Bar) => b.value.localeCompare(a.value);

export function Glance({
  records,
  conflictCount,
  onPick,
}: {
  records: readonly TableRow[];
  conflictCount: number;
  onPick(filter: GlanceFilter): void;
}) {
  const years = useMemo(() => countBy(records, "year", byYear), [records]);
  const provinces = useMemo(() => countBy(records, "province"), [records]);
  return (
    <section className="glance" aria-labelledby="glance-title">
      <h2 id="glance-title" className="sr-only">
        {t("glanceTitle")}
      </h2>
      <BarChart title={t("glanceByYear")} bars={years} onPick={(value) => onPick({ id: "year", value })} />
      <BarChart
        title={t("glanceByProvince")}
        bars={provinces}
        onPick={(value) => onPick({ id: "province", value })}
      />
      {conflictCount > 0 && (
        <p className="glance-conflicts">
          <button type="button" className="link" onClick={() => onPick({ id: "conflicts" })}>
            <span aria-hidden="true">⚠ </span>
            {t("glanceConflicts", conflictCount)}
          </button>
        </p>
      )}
    </section>
  );
}

function BarChart({
  title,
  bars,
  onPick,
}: {
  title: string;
  bars: readonly Bar[];
  onPick(value: string): void;
}) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    // Named by its caption (not by aria-labelledby, which would make "Tahun" find the chart as a field).
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.value}>
            <button
              type="button"
              className="bar"
              onClick={() => onPick(bar.value)}
              aria-label={t("glanceBar", bar.value, bar.count)}
            >
              <span className="bar-label">{bar.value}</span>
              <svg className="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect x="0" y="1" height="8" width={(bar.count / max) * 100} />
              </svg>
              <span className="bar-count">{bar.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
