// Extraction in Node: time per article over the real dev corpus (when this checkout sits beside
// it) and over generated long articles, against one plain pass over the same text in the same run.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { extractAwards } from "../lib/extract/index";
import { median, summarize, timePerCall, timeRuns } from "./stats";
import { article } from "./text-gen";

export const CORPUS_DIR = resolve("../shared/corpus/dev");

// The plain pass: a lower-case copy and a regex scan for the award's name — the least any reader
// of the text must do.
const NAME = /paritrana/g;
export function plainPass(text: string): number {
  const lower = text.toLowerCase();
  let n = 0;
  NAME.lastIndex = 0;
  while (NAME.exec(lower)) n++;
  return n;
}

const BATCH_MS = 20;

const SIZES = [
  { label: "10 KB", bytes: 10_000, runs: 9 },
  { label: "100 KB", bytes: 100_000, runs: 9 },
  { label: "1 MB", bytes: 1_000_000, runs: 3 },
  { label: "5 MB", bytes: 5_000_000, runs: 3 },
];

export type SizeResult = {
  label: string;
  kb: number;
  records: number;
  extractMs: ReturnType<typeof summarize>;
  plainMs: ReturnType<typeof summarize>;
  msPerKb: number;
  ratioToPlain: number;
  /** Share of an extraction's time spent in garbage collection (Node's own GC entries). */
  gcShare: number;
};

export type ExtractResults = {
  corpus: null | {
    articles: number;
    kb: number;
    msPerArticle: ReturnType<typeof summarize>;
    msPerKb: number;
    ratioToPlain: number;
  };
  sizes: SizeResult[];
  /** ms/KB at the largest size over ms/KB at the smallest: 1 is linear. */
  linearity: number;
  /** The same for the plain pass, linear by construction: what caches and the collector add on
   * this machine going from 10 KB to 5 MB of text, the yardstick for `linearity`. */
  plainLinearity: number;
  /** The largest extraction/plain ratio over the sizes and the corpus. */
  worstRatioToPlain: number;
};

function corpus(log: (s: string) => void): ExtractResults["corpus"] {
  if (!existsSync(CORPUS_DIR)) {
    log(`  corpus: ${CORPUS_DIR} not found, skipped`);
    return null;
  }
  const texts = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(CORPUS_DIR, f), "utf8"));
  if (texts.length === 0) return null;
  // Median over 5 passes of each article's time; the ratio from whole-corpus passes.
  const perArticle = texts.map((t) => median(timeRuns(() => extractAwards(t), 5)));
  const all = () => {
    for (const t of texts) extractAwards(t);
  };
  const plainAll = () => {
    for (const t of texts) plainPass(t);
  };
  // Whole-corpus passes, interleaved, each a batch of at least 20 ms.
  const totals: number[] = [];
  const plains: number[] = [];
  for (let i = 0; i < 7; i++) {
    totals.push(timePerCall(all, BATCH_MS));
    plains.push(timePerCall(plainAll, BATCH_MS));
  }
  const total = median(totals);
  const plain = median(plains);
  const kb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1000;
  return {
    articles: texts.length,
    kb,
    msPerArticle: summarize(perArticle),
    msPerKb: total / kb,
    ratioToPlain: total / plain,
  };
}

/** One call of `fn`, and the garbage collection that ran during it (ms each). */
async function withCollections(fn: () => unknown): Promise<{ ms: number; gcMs: number }> {
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ["gc"] });
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  await new Promise((done) => setTimeout(done, 20)); // GC entries arrive after the call
  observer.disconnect();
  return { ms, gcMs };
}

export async function benchExtract(log: (s: string) => void = console.log): Promise<ExtractResults> {
  const corpusResult = corpus(log);
  const sizes: SizeResult[] = [];
  for (const size of SIZES) {
    const text = article(size.bytes, 6);
    const kb = Buffer.byteLength(text) / 1000;
    const records = extractAwards(text).records.length;
    // Interleaved, so both see the same machine load; each sample a batch of at least 20 ms (the
    // plain pass over 10 KB takes microseconds), after two warm-up extractions.
    for (let i = 0; i < 2; i++) extractAwards(text);
    const extractMs: number[] = [];
    const plainMs: number[] = [];
    for (let i = 0; i < size.runs; i++) {
      extractMs.push(timePerCall(() => extractAwards(text), BATCH_MS));
      plainMs.push(timePerCall(() => plainPass(text), BATCH_MS));
    }
    const e = summarize(extractMs);
    const p = summarize(plainMs);
    const gc: number[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await withCollections(() => extractAwards(text));
      gc.push(run.gcMs / run.ms);
    }
    sizes.push({
      label: size.label,
      kb,
      records,
      extractMs: e,
      plainMs: p,
      msPerKb: e.median / kb,
      ratioToPlain: e.median / p.median,
      gcShare: median(gc),
    });
    log(
      `  extract ${size.label}: ${e.median.toFixed(1)} ms (${records} records), plain ${p.median.toFixed(2)} ms`,
    );
  }
  const first = sizes[0] as SizeResult;
  const last = sizes[sizes.length - 1] as SizeResult;
  const ratios = sizes.map((s) => s.ratioToPlain);
  if (corpusResult) ratios.push(corpusResult.ratioToPlain);
  return {
    corpus: corpusResult,
    sizes,
    linearity: last.msPerKb / first.msPerKb,
    plainLinearity: last.plainMs.median / last.kb / (first.plainMs.median / first.kb),
    worstRatioToPlain: Math.max(...ratios),
  };
}
