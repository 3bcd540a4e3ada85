// The award table: TanStack Table sorts and filters, TanStack Virtual renders only the rows in
// view, so the full-page view stays fast with thousands of records. One component for the popup
// and the full-page view; only the height differs.
import {
  type ColumnDef,
  type ColumnFiltersState,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  type Updater,
  useReactTable,
} from "@tanstack/react-table";
import { observeElementRect, useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { compactName } from "@/lib/records/same-award";
import { facetCounts, optionOf, type StatusOption, statusMatches } from "@/lib/table/filters";
import type { TableRow } from "@/lib/table/rows";
import type { Conflict } from "@/lib/views/conflicts";
import { Filters } from "./Filters";
import { t } from "./i18n";
import { awardeeTypeLabel, categoryLabel, scopeLabel, statusText } from "./labels";
import { ConflictButton } from "./RoundSheet";

const collator = new Intl.Collator("id");
const byName = (a: string, b: string) => collator.compare(a, b);

// Each name's search form, computed once per row rather than on every keystroke.
const searchKeys = new WeakMap<TableRow, string>();
function searchKey(row: TableRow): string {
  let key = searchKeys.get(row);
  if (key === undefined) {
    key = compactName(row.awardee);
    searchKeys.set(row, key);
  }
  return key;
}

/** What one filter keeps: the table's filtering and the choices' counts share it. */
function keeps(id: string, value: unknown): (row: TableRow) => boolean {
  if (id === "awardee") {
    const wanted = compactName(String(value ?? ""));
    return (row) => wanted === "" || searchKey(row).includes(wanted);
  }
  if (id === "status") return (row) => statusMatches(row.status, value as StatusOption, row.newSourceCount);
  if (id === "support") return (row) => (value as ReadonlySet<string>).has(row.id);
  return (row) => optionOf(row[id as "year"]) === value;
}

const COLUMNS: ColumnDef<TableRow>[] = [
  {
    id: "awardee",
    accessorKey: "awardee",
    header: () => t("colAwardee"),
    sortingFn: (a, b) => byName(a.original.awardee, b.original.awardee),
    filterFn: Object.assign(
      (row: { original: TableRow }, _id: string, wanted: string) => searchKey(row.original).includes(wanted),
      {
        resolveFilterValue: (value: string) => compactName(value),
      },
    ),
  },
  {
    id: "awardeeType",
    accessorKey: "awardeeType",
    header: () => t("colAwardeeType"),
    cell: (c) => awardeeTypeLabel(c.row.original.awardeeType),
  },
  {
    id: "rank",
    accessorFn: (r) => r.rank ?? undefined,
    header: () => t("colRank"),
    sortUndefined: "last",
    sortDescFirst: false,
    cell: (c) => <span title={c.row.original.rankLabel ?? undefined}>{c.row.original.rank ?? "—"}</span>,
  },
  {
    id: "category",
    accessorFn: (r) => optionOf(r.category),
    header: () => t("colCategory"),
    sortingFn: (a, b) => byName(categoryLabel(a.original.category), categoryLabel(b.original.category)),
    filterFn: "equals",
    cell: (c) => {
      const label = categoryLabel(c.row.original.category);
      return <span title={label}>{label}</span>;
    },
  },
  {
    id: "scope",
    accessorFn: (r) => optionOf(r.scope),
    header: () => t("colScope"),
    filterFn: "equals",
    cell: (c) => scopeLabel(c.row.original.scope),
  },
  {
    id: "province",
    accessorFn: (r) => optionOf(r.province),
    header: () => t("colProvince"),
    sortingFn: (a, b) => byName(a.original.province ?? "\uffff", b.original.province ?? "\uffff"),
    filterFn: "equals",
    cell: (c) => c.row.original.province ?? "",
  },
  {
    id: "year",
    accessorFn: (r) => optionOf(r.year),
    header: () => t("colYear"),
    sortingFn: (a, b) => (a.original.year ?? 0) - (b.original.year ?? 0),
    sortDescFirst: true,
    filterFn: "equals",
    cell: (c) => c.row.original.year ?? "",
  },
  {
    id: "status",
    accessorKey: "status",
    header: () => t("colStatus"),
    filterFn: (row, _id, value: StatusOption) =>
      statusMatches(row.original.status, value, row.original.newSourceCount),
    cell: (c) => statusText(c.row.original),
  },
  {
    id: "sources",
    accessorFn: (r) => r.sourceCount,
    header: () => t("colSourcesShort"),
    sortDescFirst: true,
  },
  {
    // Independent outlets; filtered by the ids of records whose sources disagree (see Filters).
    id: "support",
    accessorFn: (r) => r.outlets,
    header: () => t("colSupport"),
    sortDescFirst: true,
    filterFn: (row, _id, ids: ReadonlySet<string>) => ids.has(row.original.id),
  },
];

export const DEFAULT_FILTERS: ColumnFiltersState = [{ id: "status", value: "active" }];

export interface AwardTableProps {
  records: readonly TableRow[];
  /** Opens a record's details (sources, correction, reject). */
  onOpen(record: TableRow): void;
  /** Tells the parent which records the filters show (what "export the filtered view" writes). */
  onVisibleChange?(records: TableRow[]): void;
  /** Extra controls shown beside the counts (export buttons). */
  children?: ReactNode;
  /** More rows are still arriving: the table says so and is marked busy. */
  loading?: boolean;
  /** The filters, when the page sets them too (the glance's bars); else the table keeps its own. */
  columnFilters?: ColumnFiltersState;
  onColumnFiltersChange?(filters: ColumnFiltersState): void;
  /** Records whose sources disagree, by id: marked, and filterable. */
  conflicts?: ReadonlyMap<string, Conflict[]>;
  onConflict?(conflict: Conflict): void;
  /** Opens an awardee's history. */
  onHistory?(record: TableRow): void;
}

const NO_CONFLICTS: ReadonlyMap<string, Conflict[]> = new Map();

export function AwardTable({
  records,
  onOpen,
  onVisibleChange,
  children,
  loading = false,
  conflicts = NO_CONFLICTS,
  onConflict,
  onHistory,
  ...controlled
}: AwardTableProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [ownFilters, setOwnFilters] = useState<ColumnFiltersState>(DEFAULT_FILTERS);
  const columnFilters = controlled.columnFilters ?? ownFilters;
  const setColumnFilters = (change: Updater<ColumnFiltersState>) => {
    const next = typeof change === "function" ? change(columnFilters) : change;
    if (controlled.onColumnFiltersChange) controlled.onColumnFiltersChange(next);
    else setOwnFilters(next);
  };
  const data = useMemo(() => [...records], [records]);
  const table = useReactTable({
    data,
    columns: COLUMNS,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  // Every choice's count in one pass, once per change of the data or the filters.
  const counts = useMemo(
    () =>
      facetCounts(
        data,
        columnFilters.map((f) => ({ id: f.id, keeps: keeps(f.id, f.value) })),
      ),
    [data, columnFilters],
  );
  const rows = table.getRowModel().rows;

  useEffect(() => {
    onVisibleChange?.(rows.map((r) => r.original));
  }, [rows, onVisibleChange]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // Rows past the bottom edge, drawn ahead for scrolling: none in the first frame (its window-high
  // range already draws more than fit), all once the scroll box's size is known.
  const [sized, setSized] = useState(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 34,
    overscan: sized ? 12 : 0,
    // The window's height until the scroll box is measured: the first render already draws the
    // rows, instead of an empty table, a forced layout to measure it, then a second render.
    initialRect: { width: 0, height: window.innerHeight },
    observeElementRect: (instance, cb) =>
      observeResizes(instance, (rect) => {
        cb(rect);
        setSized(true);
      }),
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <section className="award-table" aria-label={t("tableLabel")} aria-busy={loading}>
      <Filters table={table} counts={counts} conflictIds={conflicts} />
      <div className="counts">
        <p aria-live="polite" id="table-count" tabIndex={-1}>
          {t("shownCount", rows.length, records.length)}
        </p>
        {loading && <p className="muted">{t("loading")}</p>}
        {children}
      </div>
      <div className="scroll" ref={scrollRef}>
        <table aria-describedby="table-count" aria-rowcount={rows.length + 1}>
          <colgroup>
            {COLUMNS.map((c) => (
              <col key={c.id} className={`col-${c.id}`} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
                    >
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t(
                          "sortBy",
                          String(flexRender(header.column.columnDef.header, header.getContext()) ?? ""),
                        )}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : ""}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr className="spacer">
                <td colSpan={COLUMNS.length} style={{ height: padTop, padding: 0, border: 0 }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const record = row.original;
              return (
                <tr
                  key={row.id}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  className={`status-${record.status}`}
                >
                  {row.getVisibleCells().map((cell) =>
                    cell.column.id === "awardee" ? (
                      <th key={cell.id} scope="row">
                        <button
                          type="button"
                          className="link"
                          onClick={() => onOpen(record)}
                          // The browser reports when the first row's text was painted (Element Timing).
                          {...(item.index === 0 ? { elementtiming: FIRST_ROW_TIMING } : {})}
                        >
                          {record.awardee}
                        </button>
                        {record.correctedFields.includes("awardee") && <CorrectedMark />}
                        {onHistory && (
                          <button
                            type="button"
                            className="history-button"
                            onClick={() => onHistory(record)}
                            // Named "Riwayat" in its row (the row header names the awardee), described
                            // with the name: a search for the awardee's button finds the name alone.
                            aria-label={t("historyButton")}
                            title={t("historyOpen", record.awardee)}
                          />
                        )}
                      </th>
                    ) : cell.column.id === "support" ? (
                      <td key={cell.id}>
                        <span title={t("supportHelp", record.outlets)}>{record.outlets}</span>
                        {conflicts.has(record.id) && onConflict && (
                          <ConflictButton
                            awardee={record.awardee}
                            onOpen={() => onConflict((conflicts.get(record.id) as Conflict[])[0] as Conflict)}
                          />
                        )}
                      </td>
                    ) : (
                      <td key={cell.id}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        {isCorrected(record, cell.column.id) && <CorrectedMark />}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr className="spacer">
                <td colSpan={COLUMNS.length} style={{ height: padBottom, padding: 0, border: 0 }} />
              </tr>
            )}
          </tbody>
        </table>
        {rows.length === 0 && records.length > 0 && <p className="no-match">{t("noMatch")}</p>}
      </div>
    </section>
  );
}

/**
 * The scroll box's size as the ResizeObserver reports it, from its first report on: that comes in
 * the frame's own layout, so the first frame paints the rows the window-high guess drew (a few
 * more than fit) and the range is trimmed after it. Measured in the first commit instead (the
 * library's way), a layout is forced and the shorter range is rendered again before any paint.
 */
function observeResizes(
  instance: Virtualizer<HTMLDivElement, Element>,
  cb: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  const ResizeObserver = instance.targetWindow?.ResizeObserver;
  if (!element || !ResizeObserver) return observeElementRect(instance, cb);
  const observer = new ResizeObserver(() =>
    cb({ width: Math.round(element.clientWidth), height: Math.round(element.clientHeight) }),
  );
  observer.observe(element, { box: "content-box" });
  return () => observer.disconnect();
}

/** Element Timing name of the first row's awardee: when the table first showed records. */
export const FIRST_ROW_TIMING = "award-table-first-row";

function isCorrected(record: TableRow, column: string): boolean {
  const fields = column === "rank" ? ["rank", "rankLabel"] : [column];
  return record.correctedFields.some((f) => fields.includes(f));
}

function CorrectedMark() {
  return (
    <span className="corrected-mark" title={t("correctedByHand")}>
      <span aria-hidden="true">✎</span>
      <span className="sr-only">{t("correctedByHand")}</span>
    </span>
  );
}
