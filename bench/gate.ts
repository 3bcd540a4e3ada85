// In real Chromium: the gate's cost on the pages it meets once it runs on every site — a news page
// that is not about the award, and five kinds of page that are not news at all — against the least
// any content script costs (one that only touches document.body), loaded alternately in the same
// run. Method as for the page cost (see README, Performance budgets).
import { emptyAppPage, officeEditorPage, shopPage, videoPage, webMailPage } from "./app-pages";
import { openBrowser } from "./chromium";
import { FLOOR_SCRIPT } from "./page";
import { plainNewsPage } from "./pages";
import { type Summary, summarize } from "./stats";
import { mainThread, tracedLoad } from "./trace";

export type GateCost = {
  page: string;
  kb: number;
  loads: number;
  gateCpuMs: Summary;
  gateWallMs: Summary;
  floorCpuMs: Summary;
  floorWallMs: Summary;
  /** Gate over the floor: medians of CPU ms (and of wall ms). */
  ratio: number;
  ratioWall: number;
};

/** The gate may cost at most this many times an empty content script that touches the body. */
export const GATE_BUDGET_RATIO = 1.5;

const PAGES = [
  { name: "news page, not about the award", path: "/news.html", html: plainNewsPage() },
  { name: "web mail inbox", path: "/mail.html", html: webMailPage() },
  { name: "office editor", path: "/editor.html", html: officeEditorPage() },
  { name: "video page", path: "/video.html", html: videoPage() },
  { name: "shop search results", path: "/shop.html", html: shopPage() },
  { name: "app without text", path: "/app.html", html: emptyAppPage() },
];
const SETTLE_MS = 500;

export async function benchGate(loads = 10, log: (s: string) => void = console.log): Promise<GateCost[]> {
  const routes = Object.fromEntries(PAGES.map((p) => [p.path, p.html]));
  const gate = await openBrowser(routes, true);
  const floor = await openBrowser(routes, FLOOR_SCRIPT);
  try {
    const out: GateCost[] = [];
    for (const p of PAGES) {
      const g: { wall: number; cpu: number }[] = [];
      const f: { wall: number; cpu: number }[] = [];
      // Alternate the arms so both see the same load on the machine.
      for (let i = 0; i < loads; i++) {
        for (const [arm, samples] of [
          [gate, g],
          [floor, f],
        ] as const) {
          const url = arm.origin + p.path;
          const { events } = await tracedLoad(arm.context, url, SETTLE_MS, async () => null);
          const m = mainThread(events, url, arm.extensionId);
          samples.push({ wall: m.extensionWallMs, cpu: m.extensionCpuMs });
        }
      }
      const cost: GateCost = {
        page: p.name,
        kb: Buffer.byteLength(p.html) / 1000,
        loads,
        gateCpuMs: summarize(g.map((x) => x.cpu)),
        gateWallMs: summarize(g.map((x) => x.wall)),
        floorCpuMs: summarize(f.map((x) => x.cpu)),
        floorWallMs: summarize(f.map((x) => x.wall)),
        ratio: 0,
        ratioWall: 0,
      };
      cost.ratio = cost.gateCpuMs.median / cost.floorCpuMs.median;
      cost.ratioWall = cost.gateWallMs.median / cost.floorWallMs.median;
      out.push(cost);
      log(
        `  ${p.name}: gate ${cost.gateCpuMs.median.toFixed(2)} ms CPU, body-only script ${cost.floorCpuMs.median.toFixed(2)} ms: ${cost.ratio.toFixed(2)}×`,
      );
    }
    return out;
  } finally {
    await gate.close();
    await floor.close();
  }
}
