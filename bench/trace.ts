// One page load under a Chromium trace, and what the trace says about the renderer's main thread:
// which tasks ran the extension's script, how busy the thread was, when marks were set.
import type { BrowserContext, Page } from "playwright-core";

export type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown> };
};

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8",
  "v8.execute",
  "blink.user_timing",
];

/** Loads `url` in a new tab under a trace, waits `settleMs` after load, then runs `during` (still traced). */
export async function tracedLoad<T>(
  context: BrowserContext,
  url: string,
  settleMs: number,
  during: (page: Page) => Promise<T>,
  init?: string,
): Promise<{ events: TraceEvent[]; result: T }> {
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: "ReportEvents",
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(settleMs);
  const result = await during(page);
  await cdp.send("Tracing.end");
  await complete;
  await cdp.detach();
  await page.close();
  return { events, result };
}

type Interval = [number, number];

function unionLength(intervals: Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

export type MainThread = {
  /** Wall and CPU ms of the main-thread tasks that ran the extension's script. */
  extensionWallMs: number;
  extensionCpuMs: number;
  /** Wall and CPU ms of every main-thread task from the start of parsing to the end of the trace
   * (the bench's own probe tasks, marked "bench:", left out). */
  busyWallMs: number;
  busyCpuMs: number;
  /** Wall and CPU ms of the task holding the "bench:probe" marks, if any. */
  probeWallMs: number | null;
  probeCpuMs: number | null;
  /** Trace time (µs) the extension's content script started evaluating, if it ran. */
  scriptStart: number | null;
  marks: Map<string, number>;
  /** Trace times (µs) of frames committed to the compositor. */
  commits: number[];
};

/** Tasks not nested inside another (a nested run loop would count twice). */
function topLevel(tasks: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const t of [...tasks].sort((a, b) => a.ts - b.ts)) {
    if (t.ts < end) continue;
    out.push(t);
    end = t.ts + (t.dur ?? 0);
  }
  return out;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The page's renderer main thread: the thread that parsed the page at `pageUrl`. */
export function mainThread(events: TraceEvent[], pageUrl: string, extensionId: string | null): MainThread {
  const parse = events.find(
    (e) => e.name === "ParseHTML" && str((e.args?.beginData as { url?: string })?.url).startsWith(pageUrl),
  );
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const ext = extensionId ? `chrome-extension://${extensionId}/` : null;
  const byUrl = (e: TraceEvent) =>
    ext !== null && (str(e.args?.data?.url).startsWith(ext) || str(e.args?.fileName).startsWith(ext));
  // The content script's isolated world (not Playwright's utility world): the world its file ran in.
  const worlds = new Set<unknown>(onMain.filter(byUrl).map((e) => e.args?.worldId));
  worlds.delete(undefined);
  const isExtension = (e: TraceEvent) => byUrl(e) || worlds.has(e.args?.worldId);
  const tasks = topLevel(onMain.filter((e) => e.name === "RunTask" && e.ph === "X" && e.ts >= parse.ts));
  const tagged = onMain.filter((e) => e.ph === "X" && isExtension(e));
  const extTasks = tasks.filter((t) => tagged.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  const wall = (list: TraceEvent[]) => unionLength(list.map((t) => [t.ts, t.ts + (t.dur ?? 0)])) / 1000;
  const cpu = (list: TraceEvent[]) => list.reduce((a, t) => a + (t.tdur ?? t.dur ?? 0), 0) / 1000;
  const start = tagged.find((e) => e.name === "EvaluateScript") ?? tagged[0];
  const marks = new Map<string, number>();
  for (const e of events)
    if (e.cat.includes("blink.user_timing") && !marks.has(e.name)) marks.set(e.name, e.ts);
  const holds = (t: TraceEvent, ts: number | undefined) =>
    ts !== undefined && ts >= t.ts && ts <= t.ts + (t.dur ?? 0);
  const probeAt = marks.get("bench:probe");
  const probe = tasks.find((t) => holds(t, probeAt));
  const own = tasks.filter((t) => !holds(t, probeAt));
  if (process.env.BENCH_DEBUG)
    for (const t of extTasks)
      console.log(
        `task +${((t.ts - parse.ts) / 1000).toFixed(1)} ${((t.dur ?? 0) / 1000).toFixed(2)} ms:`,
        onMain
          .filter((e) => e.ph === "X" && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 200)
          .map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(2)}${isExtension(e) ? "*" : ""}`)
          .join(", "),
      );
  return {
    extensionWallMs: wall(extTasks),
    extensionCpuMs: cpu(extTasks),
    busyWallMs: wall(own),
    busyCpuMs: cpu(own),
    probeWallMs: probe ? wall([probe]) : null,
    probeCpuMs: probe ? cpu([probe]) : null,
    scriptStart: start?.ts ?? null,
    marks,
    commits: onMain.filter((e) => e.name === "Commit").map((e) => e.ts),
  };
}
