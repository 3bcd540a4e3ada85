// The performance budgets of issue 6, checked against one bench run. Bundle budgets live with the
// CI check (scripts/check-bundle-size.ts); timing budgets are checked here, never by timed tests.
import { BUNDLE_BUDGETS, type Part } from "../scripts/check-bundle-size";
import type { CsvResult } from "./csv";
import type { ExtractResults } from "./extract";
import { GATE_BUDGET_RATIO, type GateCost } from "./gate";
import type { PageResults } from "./page";
import { type BlankPageResult, listText, type TableResult } from "./table";

export type Verdict = { budget: string; measured: string; holds: boolean | null };

export type Results = {
  extract?: ExtractResults;
  csv?: CsvResult;
  page?: PageResults;
  gate?: GateCost[];
  store?: unknown;
  table?: TableResult[];
  blankPage?: BlankPageResult;
  bundles?: Part[];
};

const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;

export function verdicts(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const plain = r.page?.pages.find((p) => p.page.includes("not about"));
  if (plain) {
    out.push({
      budget: "non-award page: content script < 2 ms main thread (median)",
      measured: `${ms(plain.extensionCpuMs.median)} CPU, ${ms(plain.extensionWallMs.median)} wall (${plain.kb.toFixed(0)} KB page)${plain.floorCpuMs ? `; a script only touching the body: ${ms(plain.floorCpuMs.median)}` : ""}`,
      holds: plain.extensionCpuMs.median < 2,
    });
    out.push({
      budget: "non-award page: < 1.5× one plain read of its text",
      measured: `${plain.ratioToPlainRead.toFixed(2)}× CPU (${plain.ratioToPlainReadWall.toFixed(2)}× wall)`,
      holds: plain.ratioToPlainRead < 1.5,
    });
  }
  for (const g of r.gate ?? [])
    out.push({
      budget: `gate on a ${g.page}: ≤ ${GATE_BUDGET_RATIO}× a content script only touching the body`,
      measured: `${g.ratio.toFixed(2)}× CPU (${ms(g.gateCpuMs.median)} vs ${ms(g.floorCpuMs.median)}; ${g.ratioWall.toFixed(2)}× wall)`,
      holds: g.ratio <= GATE_BUDGET_RATIO,
    });
  if (r.page) {
    const h = r.page.highlight;
    out.push({
      budget: "award article: highlighted < 50 ms after the script starts",
      measured: h.paintedMs
        ? `${ms(h.paintedMs.median)} to the painted frame (registry set ${ms(h.setMs?.median ?? Number.NaN)}), ${h.painted}/${h.loads} loads`
        : `no highlights seen in ${h.loads} loads`,
      holds: h.paintedMs ? h.paintedMs.median < 50 : false,
    });
  }
  if (r.extract) {
    out.push({
      budget: "extraction linear in text size (ms/KB at 5 MB ≤ 1.5× at 10 KB)",
      measured: `${r.extract.linearity.toFixed(2)}× (the plain pass, linear by construction: ${r.extract.plainLinearity.toFixed(2)}×)`,
      holds: r.extract.linearity <= 1.5,
    });
    out.push({
      budget: "extraction < 20× one plain pass over the text",
      measured: `${r.extract.worstRatioToPlain.toFixed(0)}× at worst (${r.extract.sizes.map((s) => `${s.label} ${s.ratioToPlain.toFixed(0)}×`).join(", ")})`,
      holds: r.extract.worstRatioToPlain < 20,
    });
  }
  const t10k = r.table?.find((t) => t.records === 10_000);
  if (t10k) {
    out.push({
      budget: "table, 10,000 records: first render < 200 ms",
      measured: `${ms(t10k.firstPaintMs.median)} open → first row painted (Element Timing; the frame after it ${ms(t10k.firstFrameMs.median)}; list-records alone ${listText(t10k)}${r.blankPage ? `; a blank extension page paints at ${ms(r.blankPage.firstPaintMs.median)}` : ""})`,
      holds: t10k.firstPaintMs.median < 200,
    });
    out.push({
      budget: "table, 10,000 records: filter < 100 ms",
      measured: `${ms(t10k.filterFrameMs.median)} to the next frame`,
      holds: t10k.filterFrameMs.median < 100,
    });
  }
  if (r.csv) {
    out.push({
      budget: "CSV export of 100,000 records < 2 s",
      measured: `${ms(r.csv.ms.median)} (${r.csv.mb.toFixed(1)} MB)`,
      holds: r.csv.ms.median < 2000,
    });
  }
  for (const [name, limit] of Object.entries(BUNDLE_BUDGETS)) {
    const part = r.bundles?.find((p) => p.name === name);
    if (part)
      out.push({
        budget: `${name} < ${limit} KB gzipped`,
        measured: `${(part.gzip / 1000).toFixed(1)} KB`,
        holds: part.gzip < limit * 1000,
      });
  }
  return out;
}
