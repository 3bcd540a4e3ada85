// Where the table's rows come from: read straight from the extension's database when it can (no
// round trip through the background), else asked of the background, which creates or upgrades the
// database and explains what is wrong with it.
import type { RowsResult } from "@/lib/store/row-page";
import { openRowReader } from "@/lib/store/row-reader";
import type { RowPage } from "@/lib/table/rows";
import { ask } from "./api";

export interface RowSource {
  listRows(page: RowPage): Promise<RowsResult>;
  close(): void;
}

const viaBackground = (page: RowPage) => ask({ type: "list-rows", page });

export async function openRowSource(): Promise<RowSource> {
  const reader = await openRowReader().catch(() => null);
  if (!reader) return { listRows: viaBackground, close() {} };
  return {
    // A read that fails (the background is upgrading the database) is asked of the background.
    listRows: (page) => reader.listRows(page).catch(() => viaBackground(page)),
    close: () => reader.close(),
  };
}

/**
 * The rows the table shows at once, enough to fill a tall window; the rest follow in large pages.
 * Each row costs its whole stored record to read, so a larger first page only delays it.
 */
export const FIRST_PAGE = 100;

export interface RowLoad {
  source: RowSource;
  first: Promise<RowsResult>;
}

let early: Promise<RowLoad> | null = null;

/**
 * How long an entrypoint holds its first render for the first page (ms). Read straight from the
 * database it takes tens of ms; asked of a background that must start first, it may take longer,
 * and the page shows "loading" meanwhile.
 */
const FIRST_ROWS_WAIT = 150;

/** Opens the source and asks for the first page; a load started early by `prefetchRows` is used once. */
export function beginRowLoad(): Promise<RowLoad> {
  const load =
    early ?? openRowSource().then((source) => ({ source, first: source.listRows({ limit: FIRST_PAGE }) }));
  early = null;
  return load;
}

/**
 * Called by an entrypoint before React starts: the database reads while the code loads. Resolves
 * with the first page if it arrives within FIRST_ROWS_WAIT ms, else null: the page's first render
 * then shows rows at once, instead of a frame saying "loading" and the rows a frame later.
 */
export function prefetchRows(): Promise<RowsResult | null> {
  const load = beginRowLoad();
  early = load;
  const first = load.then(({ first }) => first);
  // Its failure is reported by the table's load that takes it, not as an unhandled rejection.
  first.catch(() => {});
  return new Promise((done) => {
    setTimeout(done, FIRST_ROWS_WAIT, null);
    first.then(done, () => done(null));
  });
}

/**
 * Resolves once what was just rendered is painted. Reading the next rows blocks the page while
 * they are decoded, so the first rows are shown before it starts; a hidden tab paints nothing,
 * hence the cap.
 */
export function afterPaint(cap = 100): Promise<void> {
  return new Promise((ok) => {
    const timer = setTimeout(ok, cap);
    // A task first, so React has committed; then the frame that paints it.
    setTimeout(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          ok();
        }, 0),
      ),
    );
  });
}
