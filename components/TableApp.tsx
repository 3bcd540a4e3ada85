// The award table page, in the popup and in a tab: loads the records from the background, shows
// the table, the record dialog, adding by hand, export and (in the tab) the backup.
import type { ColumnFiltersState } from "@tanstack/react-table";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AwardFields, StoredRecord } from "@/lib/records/schema";
import type { RowsResult } from "@/lib/store/row-page";
import { compareRows, type TableRow } from "@/lib/table/rows";
import { type Conflict, conflictsById, findConflicts } from "@/lib/views/conflicts";
import { type History, historyOf } from "@/lib/views/history";
import { parseHistoryHash } from "@/lib/views/history-link";
import { AddRecordDialog } from "./AddRecordDialog";
import { AwardTable, DEFAULT_FILTERS } from "./AwardTable";
import { ask } from "./api";
import { BackupControls } from "./BackupControls";
import { ConflictDialog } from "./ConflictDialog";
import { ExportControls } from "./ExportControls";
import { errorText } from "./errors";
import { Glance, type GlanceFilter } from "./Glance";
import { HistoryDialog } from "./HistoryDialog";
import { t } from "./i18n";
import { type PageSelection, selectionInActiveTab } from "./page-selection";
import { RecordDialog } from "./RecordDialog";
import { RoundSheet } from "./RoundSheet";
import { afterPaint, beginRowLoad } from "./rows";
import { StorageNotice } from "./StorageNotice";

type Load =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "ready"; records: TableRow[]; complete: boolean };
type Adding = { selection: PageSelection | null; initial?: Partial<AwardFields> } | null;
type View = "table" | "sheet";

const NEXT_PAGES = 20_000;
const EMPTY: TableRow[] = [];

export const DEMO_SEARCH = "https://news.google.com/search?q=%22Paritrana%20Award%22&hl=id&gl=ID&ceid=ID:id";

const firstLoad = (first: RowsResult): Load => ({
  kind: "ready",
  records: [...first.rows].sort(compareRows),
  complete: first.next === null,
});

export function TableApp({
  mode,
  siteAccess,
  first,
}: {
  mode: "popup" | "page";
  /** The popup's part about the page in front; `reload` shows what a scan there saved. */
  siteAccess?: (reload: () => void) => ReactNode;
  /** The first page of rows when it was read before the first render (see `prefetchRows`). */
  first?: RowsResult | null;
}) {
  const [load, setLoad] = useState<Load>(() => (first ? firstLoad(first) : { kind: "loading" }));
  const shown = useRef(first ?? null);
  const [open, setOpen] = useState<StoredRecord | null>(null);
  const [adding, setAdding] = useState<Adding>(null);
  const [visible, setVisible] = useState<TableRow[]>([]);
  const [notice, setNotice] = useState("");
  const [filters, setFilters] = useState<ColumnFiltersState>(DEFAULT_FILTERS);
  const [view, setView] = useState<View>("table");
  const [history, setHistory] = useState<History | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [glanceShown, setGlanceShown] = useState(false);
  const loads = useRef(0);

  // The first page shows at once; the rest follow in large pages and replace it when all are in.
  const reload = useCallback(async () => {
    const run = ++loads.current;
    const { source, first: firstPage } = await beginRowLoad();
    try {
      let page = await firstPage;
      const rows = page.rows;
      if (run !== loads.current) return;
      // The page the first render already showed is not rendered again.
      if (page !== shown.current) setLoad(firstLoad(page));
      shown.current = null;
      const more = page.next !== null;
      if (more) await afterPaint();
      while (page.next !== null) {
        page = await source.listRows({ after: page.next, limit: NEXT_PAGES });
        if (run !== loads.current) return;
        for (const row of page.rows) rows.push(row);
      }
      // Also when the next page was empty (exactly a first page of records): the table is complete.
      if (more) setLoad({ kind: "ready", records: rows.sort(compareRows), complete: true });
    } catch (err) {
      if (run === loads.current) setLoad({ kind: "error", message: errorText(err) });
    } finally {
      source.close();
    }
  }, []);

  // A row holds what the table shows; its dialog reads the whole record.
  const openRecord = useCallback(async (id: string) => {
    try {
      const { record } = await ask({ type: "get-record", id });
      if (record) setOpen(record);
      else setNotice(t("errorLoading", id));
    } catch (err) {
      setNotice(t("errorLoading", errorText(err)));
    }
  }, []);

  useEffect(() => {
    void reload();
    // Articles read in other tabs add records: the table catches up when the reader comes back.
    const onVisible = () => document.visibilityState === "visible" && void reload();
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [reload]);

  const records = load.kind === "ready" ? load.records : EMPTY;
  const ready = load.kind === "ready";
  useEffect(() => {
    if (ready && mode === "page") void afterPaint().then(() => setGlanceShown(true));
  }, [ready, mode]);
  const conflicts = useMemo(() => conflictsById(findConflicts(records)), [records]);
  const rowsById = useMemo(() => new Map(records.map((r) => [r.id, r])), [records]);
  // The "only disagreeing sources" filter keeps the records that disagree now, not when it was set.
  useEffect(() => {
    setFilters((current) =>
      current.some((f) => f.id === "support")
        ? current.map((f) => (f.id === "support" ? { ...f, value: new Set(conflicts.keys()) } : f))
        : current,
    );
  }, [conflicts]);
  const openHistory = (row: TableRow) => setHistory(historyOf(records, row));
  // Opened from a news page's hover card on an awardee: its history, once every row is in.
  const asked = useRef(mode === "page" ? parseHistoryHash(location.hash) : null);
  useEffect(() => {
    if (!asked.current || load.kind !== "ready" || !load.complete) return;
    setHistory(historyOf(load.records, asked.current));
    asked.current = null;
  }, [load]);

  const pick = (filter: GlanceFilter) => {
    setFilters([
      ...DEFAULT_FILTERS,
      filter.id === "conflicts"
        ? { id: "support", value: new Set(conflicts.keys()) }
        : { id: filter.id, value: filter.value },
    ]);
    setView("table");
    // The reader goes on from the table's count line, which says what the filter left.
    setTimeout(() => document.getElementById("table-count")?.focus());
  };
  const changed = (record: StoredRecord, message: string) => {
    setNotice(message);
    setOpen(record);
    void reload();
  };

  async function addFromSelection() {
    let selection: PageSelection | null = null;
    try {
      selection = await selectionInActiveTab();
    } catch {
      // No access to this tab (a browser page, or a site the extension may not read).
    }
    if (!selection) setNotice(t("noSelection"));
    setAdding({ selection });
  }

  return (
    <main className={`app app-${mode}`}>
      <header className="app-head">
        <h1>{t("popupHeading")}</h1>
        <div className="head-actions">
          {mode === "popup" && (
            <button
              type="button"
              onClick={() => {
                void browser.tabs.create({ url: browser.runtime.getURL("/table.html") });
                window.close();
              }}
            >
              {t("openInTab")}
            </button>
          )}
          {mode === "popup" && (
            <button type="button" onClick={addFromSelection} title={t("addFromSelectionHelp")}>
              {t("addFromSelection")}
            </button>
          )}
          <button type="button" onClick={() => setAdding({ selection: null })}>
            {t("addRecord")}
          </button>
        </div>
      </header>
      {siteAccess && <section className="site-access">{siteAccess(() => void reload())}</section>}
      <p className="notice" aria-live="polite">
        {notice}
      </p>
      <StorageNotice />
      {load.kind === "loading" && <p aria-live="polite">{t("loading")}</p>}
      {load.kind === "error" && <p role="alert">{t("errorLoading", load.message)}</p>}
      {load.kind === "ready" && records.length === 0 && <EmptyState />}
      {mode === "page" && load.kind === "ready" && records.length > 0 && (
        // Drawn in the frame after the first rows (its box is kept, so nothing moves): the table's
        // first paint does not wait for the charts.
        <div className="glance-slot">
          {glanceShown && <Glance records={records} conflictCount={conflicts.size} onPick={pick} />}
        </div>
      )}
      {load.kind === "ready" && records.length > 0 && (
        <div className="views">
          {mode === "page" && <ViewTabs view={view} onChange={setView} />}
          <div
            id="view-table"
            hidden={view !== "table"}
            {...(mode === "page" ? { role: "tabpanel", "aria-labelledby": "tab-table" } : {})}
          >
            <AwardTable
              records={records}
              onOpen={(r) => void openRecord(r.id)}
              onVisibleChange={setVisible}
              loading={!load.complete}
              columnFilters={filters}
              onColumnFiltersChange={setFilters}
              conflicts={conflicts}
              onConflict={setConflict}
              onHistory={openHistory}
            >
              <ExportControls visible={visible} all={records} />
            </AwardTable>
          </div>
          {mode === "page" && view === "sheet" && (
            <div role="tabpanel" id="view-sheet" aria-labelledby="tab-sheet">
              <RoundSheet
                records={records}
                conflicts={conflicts}
                onHistory={openHistory}
                onConflict={setConflict}
                onFill={(initial) => setAdding({ selection: null, initial })}
              />
            </div>
          )}
        </div>
      )}
      {mode === "page" && load.kind === "ready" && (
        <section className="backup-section" aria-labelledby="backup-title">
          <h2 id="backup-title">{t("backupTitle")}</h2>
          <p className="muted">{t("backupHelp")}</p>
          <BackupControls
            onImported={(message) => {
              setNotice(message);
              void reload();
            }}
          />
        </section>
      )}
      {mode === "page" && <p className="muted credits">{t("creditsGazetteer")}</p>}
      {open && (
        <RecordDialog
          record={open}
          records={records}
          onChanged={changed}
          onClose={() => setOpen(null)}
          conflict={conflicts.get(open.id)?.[0]}
          onConflict={(c) => {
            setOpen(null);
            setConflict(c);
          }}
          onHistory={() => {
            const row = rowsById.get(open.id);
            setOpen(null);
            if (row) openHistory(row);
          }}
        />
      )}
      {adding && (
        <AddRecordDialog
          selection={adding.selection}
          initial={adding.initial}
          onAdded={(record, message) => {
            setAdding(null);
            changed(record, message);
          }}
          onClose={() => setAdding(null)}
        />
      )}
      {history && (
        <HistoryDialog
          history={history}
          onOpenRecord={(id) => {
            setHistory(null);
            void openRecord(id);
          }}
          onClose={() => setHistory(null)}
        />
      )}
      {conflict && (
        <ConflictDialog
          conflict={conflict}
          rows={rowsById}
          onResolved={(_record, message) => {
            setConflict(null);
            setNotice(message);
            void reload();
          }}
          onClose={() => setConflict(null)}
        />
      )}
    </main>
  );
}

const VIEWS: View[] = ["table", "sheet"];

/** The full page's two views as tabs: arrow keys move between them, as a tab list does. */
function ViewTabs({ view, onChange }: { view: View; onChange(view: View): void }) {
  const move = (step: number) => {
    const next = VIEWS[(VIEWS.indexOf(view) + step + VIEWS.length) % VIEWS.length] as View;
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t("viewsLabel")}
      className="view-tabs"
      onKeyDown={(e) => {
        if (e.key === "ArrowRight") move(1);
        else if (e.key === "ArrowLeft") move(-1);
      }}
    >
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={view === v}
          aria-controls={`view-${v}`}
          tabIndex={view === v ? 0 : -1}
          onClick={() => onChange(v)}
        >
          {t(v === "table" ? "tabTable" : "tabSheet")}
        </button>
      ))}
    </div>
  );
}

function EmptyState() {
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t("emptyTitle")}</h2>
      <p>{t("emptyHelp")}</p>
      <ol>
        <li>
          <a href={DEMO_SEARCH} target="_blank" rel="noopener noreferrer">
            {t("emptyStepSearch")}
          </a>
        </li>
        <li>{t("emptyStepRead")}</li>
        <li>{t("emptyStepBack")}</li>
      </ol>
    </section>
  );
}
