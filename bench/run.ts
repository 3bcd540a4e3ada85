// `npm run bench`: builds the extension, measures, prints a table, writes bench/results.json.
//   npm run bench -- [--only=extract,csv,bundle,page,gate,store,table] [--no-build] [--loads=10] [--full]
// --full adds the table at 100,000 records (minutes: seeding, and listing that many records).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { kb, measureBundles } from "../scripts/check-bundle-size";
import { type Results, verdicts } from "./budgets";
import { openBrowser } from "./chromium";
import { benchCsv } from "./csv";
import { benchExtract } from "./extract";
import { benchGate } from "./gate";
import { benchPage } from "./page";
import { benchStore } from "./store";
import { benchBlankPage, benchTable, listText } from "./table";

const ALL = ["extract", "csv", "bundle", "page", "gate", "store", "table"];
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const only = new Set(arg("only")?.split(",") ?? ALL);
const loads = Number(arg("loads") ?? 10);
const log = (s: string) => console.log(s);
const wants = (part: string) => only.has(part);

const results: Results & { machine?: unknown } = {
  machine: { cpus: cpus().length, loadavg: loadavg(), node: process.version, at: new Date().toISOString() },
};
const t0 = performance.now();

if (!process.argv.includes("--no-build") && ["bundle", "page", "gate", "store", "table"].some(wants)) {
  // the test build: the bench's pages are served on 127.0.0.1
  log("Building the extension (LENS_TEST_HOSTS=1 wxt build)…");
  execFileSync("npx", ["wxt", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, LENS_TEST_HOSTS: "1" },
  });
}
if (wants("extract")) {
  log("Extraction in Node…");
  results.extract = await benchExtract(log);
}
if (wants("csv")) {
  log("CSV export in Node…");
  results.csv = benchCsv();
}
if (wants("bundle")) results.bundles = measureBundles();
if (wants("page")) {
  log(`Page cost in Chromium (${loads} loads per page and arm)…`);
  results.page = await benchPage(loads, log);
}
if (wants("gate")) {
  log(`Gate cost on news and non-news pages in Chromium (${loads} loads per page and arm)…`);
  results.gate = await benchGate(loads, log);
}
if (wants("store") || wants("table")) {
  const browser = await openBrowser({}, true);
  try {
    if (wants("store")) {
      log("Storing 1,000 articles × 5 records in Chromium…");
      results.store = await benchStore(browser);
    }
    if (wants("table")) {
      // A fresh profile: the table sizes count records from zero.
      await browser.close();
      const fresh = await openBrowser({}, true);
      try {
        log("Award table in Chromium…");
        // 100,000 records take minutes to seed and to list today: only with --full.
        const sizes = process.argv.includes("--full") ? [1_000, 10_000, 100_000] : [1_000, 10_000];
        results.table = await benchTable(fresh, sizes, process.argv.includes("--full") ? 3 : 5, log);
        results.blankPage = await benchBlankPage(fresh);
      } finally {
        await fresh.close();
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
}

// The report.
const rows: [string, string][] = [];
const f = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
const spread = (s: { median: number; p10: number; p90: number }) =>
  `${f(s.median)} ms (p10 ${f(s.p10)}, p90 ${f(s.p90)})`;
if (results.extract) {
  const e = results.extract;
  if (e.corpus)
    rows.push([
      `extract: dev corpus, ${e.corpus.articles} articles, ${e.corpus.kb.toFixed(0)} KB`,
      `${spread(e.corpus.msPerArticle)} per article; ${e.corpus.msPerKb.toFixed(2)} ms/KB; ${e.corpus.ratioToPlain.toFixed(0)}× plain pass`,
    ]);
  else rows.push(["extract: dev corpus", "not found beside this checkout, skipped"]);
  for (const s of e.sizes)
    rows.push([
      `extract: generated ${s.label}`,
      `${spread(s.extractMs)}; ${s.msPerKb.toFixed(3)} ms/KB; plain pass ${s.plainMs.median < 0.1 ? s.plainMs.median.toFixed(4) : f(s.plainMs.median)} ms; ${s.ratioToPlain.toFixed(0)}×; garbage collection ${(s.gcShare * 100).toFixed(0)}% of an extraction`,
    ]);
  rows.push([
    "extract: linearity (ms/KB 5 MB ÷ 10 KB)",
    `${e.linearity.toFixed(2)}; the plain pass ${e.plainLinearity.toFixed(2)}`,
  ]);
}
if (results.csv) rows.push([`CSV export, ${results.csv.records} records`, spread(results.csv.ms)]);
for (const p of results.page?.pages ?? []) {
  rows.push([
    `page: ${p.page} (${p.kb.toFixed(0)} KB)`,
    `extension ${spread(p.extensionCpuMs)} CPU, ${f(p.extensionWallMs.median)} ms wall; plain read ${f(p.plainReadCpuMs.median)} ms CPU; ${p.ratioToPlainRead.toFixed(2)}×; busy Δ ${f(p.busyDeltaCpuMs)} ms`,
  ]);
  if (p.floorCpuMs)
    rows.push([`page: ${p.page}, a content script only touching the body`, `${spread(p.floorCpuMs)} CPU`]);
}
for (const g of results.gate ?? [])
  rows.push([
    `gate: ${g.page} (${g.kb.toFixed(0)} KB)`,
    `${spread(g.gateCpuMs)} CPU; body-only script ${spread(g.floorCpuMs)}; ${g.ratio.toFixed(2)}× (${g.ratioWall.toFixed(2)}× wall)`,
  ]);
if (results.page) {
  const h = results.page.highlight;
  rows.push([
    "award article: script start → highlights",
    h.paintedMs && h.setMs ? `set ${spread(h.setMs)}; painted ${spread(h.paintedMs)}` : "no highlights seen",
  ]);
}
if (results.store) {
  const s = results.store as {
    articles: number;
    totalMs: number;
    perArticleMs: { median: number; p10: number; p90: number };
  };
  rows.push([
    `store: ${s.articles} articles × 5 records (Chromium, messages)`,
    `${(s.totalMs / 1000).toFixed(1)} s total; ${spread(s.perArticleMs)} per article`,
  ]);
}
for (const t of results.table ?? [])
  rows.push([
    `table (${t.page}): ${t.records} records`,
    `first row painted ${spread(t.firstPaintMs)}, frame after ${f(t.firstFrameMs.median)} ms; all rows ${f(t.allRowsMs.median)} ms (list-records ${listText(t)}); filter ${spread(t.filterFrameMs)}`,
  ]);
if (results.blankPage)
  rows.push(["a blank extension page: first paint", spread(results.blankPage.firstPaintMs)]);
for (const b of results.bundles ?? [])
  rows.push([`bundle: ${b.name}`, `${kb(b.raw)} KB raw, ${kb(b.gzip)} KB gzip`]);

const width = Math.max(...rows.map((r) => r[0].length));
log("\nMeasured");
for (const [k, v] of rows) log(`  ${k.padEnd(width)}  ${v}`);
const checks = verdicts(results);
log("\nBudgets");
for (const c of checks) log(`  ${c.holds ? "ok  " : "OVER"}  ${c.budget}: ${c.measured}`);
log(
  `\n${((performance.now() - t0) / 1000).toFixed(0)} s; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${cpus().length} cores`,
);
writeFileSync("bench/results.json", `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`);
log("Wrote bench/results.json");
