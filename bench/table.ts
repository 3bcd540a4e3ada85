// The award table in Chromium: the store seeded with N records (backup import through the
// extension's messages), the table page opened, time to its first rows and to apply a filter.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIRST_ROW_TIMING } from "../components/AwardTable";
import { DEFAULT_DB_NAME, toRow } from "../lib/store/db-schema";
import { type Browser, extensionSnapshot } from "./chromium";
import { storedRecords } from "./records-gen";
import { type Summary, summarize } from "./stats";
import { extensionPage } from "./store";

/** A blank page of the extension: what opening any extension page costs before its own code. */
export type BlankPageResult = { firstPaintMs: Summary };

const BLANK_PAGE = "bench-blank.html";

export async function benchBlankPage(browser: Browser, opens = 5): Promise<BlankPageResult> {
  writeFileSync(
    join(extensionSnapshot(), BLANK_PAGE),
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Tabel</title></head><body><p>Tabel penghargaan</p></body></html>',
  );
  const paints: number[] = [];
  for (let i = 0; i < opens; i++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/${BLANK_PAGE}`);
    const fcp = (await page.evaluate(
      () =>
        new Promise<number>((done) =>
          new PerformanceObserver((list) => {
            const e = list.getEntries().find((x) => x.name === "first-contentful-paint");
            if (e) done(e.startTime);
          }).observe({ type: "paint", buffered: true }),
        ),
    )) as number;
    paints.push(fcp);
    await page.close();
  }
  return { firstPaintMs: summarize(paints) };
}

export type TableResult = {
  records: number;
  page: string;
  /** Navigation start → first table rows in the DOM (timer chain), → the first row's text painted
   * (Element Timing, the browser's own figure), → the frame after that (ms). */
  firstRowsMs: Summary;
  firstPaintMs: Summary;
  firstFrameMs: Summary;
  /** Navigation start → every record loaded in the table (the table no longer marked busy). */
  allRowsMs: Summary;
  /** The list-records round trip alone, from the same page; null with the reason when it failed
   * (Chromium refuses an extension message over 64 MiB: about 100,000 records). */
  listMs: Summary | null;
  listError: string | null;
  /** Typing a search → shown-count updated, and → the next frame (ms). */
  filterMs: Summary;
  filterFrameMs: Summary;
};

const CHUNK = 10_000;

// Seeds the extension's own database directly (rows as the store writes them, in its schema):
// importing 100,000 records through the store's merge path would take minutes of bench time.
async function seed(browser: Browser, n: number, already: number): Promise<void> {
  if (n <= already) return;
  const page = await extensionPage(browser);
  // The background opens (and creates) the database at its current version first.
  await page.evaluate(`chrome.runtime.sendMessage({ type: "ping" })`);
  const rows = storedRecords(n).slice(already).map(toRow);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await page.evaluate(`new Promise((ok, fail) => {
      const open = indexedDB.open(${JSON.stringify(DEFAULT_DB_NAME)});
      open.onerror = () => fail(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction("records", "readwrite");
        const store = tx.objectStore("records");
        for (const row of ${JSON.stringify(rows.slice(i, i + CHUNK))}) store.put(row);
        tx.oncomplete = () => { db.close(); ok(); };
        tx.onerror = () => fail(tx.error);
      };
    })`);
  }
  const count = (await page.evaluate(`chrome.runtime.sendMessage({ type: "ping" })`)) as {
    recordCount?: number;
  };
  await page.close();
  if (count.recordCount !== undefined && count.recordCount < n)
    throw new Error(`seeded ${count.recordCount} of ${n} records`);
}

// In the table page's main world from its first script. First render: the browser's own report of
// when the first row's text was painted (Element Timing on the first awardee), and the frame that
// followed; rows in the DOM by a timer chain as a cross-check. No observer on the DOM.
const WATCH_ROWS = `(() => {
  const result = { rows: null, painted: null, frame: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.identifier === ${JSON.stringify(FIRST_ROW_TIMING)} && result.painted === null) {
        result.painted = e.renderTime || e.loadTime;
        requestAnimationFrame(() => setTimeout(() => { result.frame = performance.now(); globalThis.__benchFirst = result; pollAll(); }, 0));
      }
  }).observe({ type: "element", buffered: true });
  const poll = () => {
    if (document.querySelector("tbody tr[data-index]")) { result.rows = performance.now(); return; }
    setTimeout(poll, 0);
  };
  // The table may show a first page while the rest arrive: filters are timed on all of them.
  const pollAll = () => {
    if (document.querySelector('.award-table:not([aria-busy="true"])')) globalThis.__benchAll = performance.now();
    else setTimeout(pollAll, 5);
  };
  poll();
})();`;

// Types into the search box as a reader would (an input event React handles) and times until the
// shown-count line changes, then until the frame after.
const FILTER = `async (query) => {
  const input = document.querySelector('input[type="search"]');
  const count = document.getElementById("table-count");
  if (!input || !count) throw new Error("no search box or count line on the table page");
  const before = count.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  const t0 = performance.now();
  setValue.call(input, query);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  while (count.textContent === before) await new Promise((ok) => setTimeout(ok, 0));
  const dom = performance.now() - t0;
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  return { dom, frame: performance.now() - t0 };
}`;

function tablePath(browser: Browser): Promise<string> {
  return extensionPage(browser).then(async (page) => {
    const has = (await page.evaluate(
      `fetch(chrome.runtime.getURL("/table.html")).then((r) => r.ok, () => false)`,
    )) as boolean;
    await page.close();
    return has ? "table.html" : "popup.html";
  });
}

/** The list-records figure for a report line. */
export const listText = (t: TableResult) =>
  t.listMs ? `${t.listMs.median.toFixed(0)} ms` : `failed: ${t.listError}`;

export async function benchTable(
  browser: Browser,
  sizes = [1_000, 10_000, 100_000],
  opens = 5,
  log: (s: string) => void = console.log,
): Promise<TableResult[]> {
  const path = await tablePath(browser);
  const out: TableResult[] = [];
  let stored = 0;
  for (const n of sizes) {
    const t0 = performance.now();
    await seed(browser, n, stored);
    stored = n;
    log(`  table: ${n} records seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const rows: number[] = [];
    const frames: number[] = [];
    const painted: number[] = [];
    const alls: number[] = [];
    const lists: number[] = [];
    let listError: string | null = null;
    const filters: number[] = [];
    const filterFrames: number[] = [];
    for (let i = 0; i < opens; i++) {
      const page = await browser.context.newPage();
      await page.addInitScript(WATCH_ROWS);
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      const first = (await page
        .waitForFunction(() => (globalThis as { __benchFirst?: unknown }).__benchFirst, null, {
          timeout: 300_000,
          polling: 50,
        })
        .then((h) => h.jsonValue())) as { rows: number | null; painted: number; frame: number };
      const all = (await page
        .waitForFunction(() => (globalThis as { __benchAll?: unknown }).__benchAll, null, {
          timeout: 300_000,
          polling: 50,
        })
        .then((h) => h.jsonValue())) as number;
      alls.push(all);
      rows.push(first.rows ?? first.painted);
      painted.push(first.painted);
      frames.push(first.frame);
      try {
        lists.push(
          await page.evaluate(async () => {
            const t = performance.now();
            // biome-ignore lint/suspicious/noExplicitAny: as above
            await (globalThis as any).chrome.runtime.sendMessage({
              type: "list-records",
              query: { includeRejected: true },
            });
            return performance.now() - t;
          }),
        );
      } catch (err) {
        listError = String((err as Error).message ?? err).split("\n")[0] as string;
      }
      // A search that keeps some rows (one name head), then one that keeps fewer.
      for (const q of ["karang", "sumberjaya"]) {
        const f = (await page.evaluate(`(${FILTER})(${JSON.stringify(q)})`)) as {
          dom: number;
          frame: number;
        };
        filters.push(f.dom);
        filterFrames.push(f.frame);
      }
      await page.close();
    }
    const r: TableResult = {
      records: n,
      page: path,
      firstRowsMs: summarize(rows),
      firstPaintMs: summarize(painted),
      firstFrameMs: summarize(frames),
      allRowsMs: summarize(alls),
      listMs: lists.length ? summarize(lists) : null,
      listError,
      filterMs: summarize(filters),
      filterFrameMs: summarize(filterFrames),
    };
    out.push(r);
    log(
      `  table ${n}: first rows painted ${r.firstPaintMs.median.toFixed(0)} ms, all rows ${r.allRowsMs.median.toFixed(0)} ms (list-records ${listText(r)}), filter ${r.filterFrameMs.median.toFixed(0)} ms`,
    );
  }
  return out;
}
