// Runs on every page of the listed news sites, so it does almost nothing: one regex over the
// title and the body's text. Only when the award is named does it load the lens (extractor,
// painting, hover card). A page that renders its article late is re-checked a few times.
import { mentionsAward } from "@/lib/extract/quick-check";
import { NEWS_SITE_MATCHES } from "@/lib/sites/news-sites";
import { LENS_HOOK, LENS_RUNNING, SCAN_REQUEST } from "./hook";

type Lens = { rescan(): void };
type Hooks = {
  [LENS_HOOK]?: (ctx: unknown) => Lens;
  [LENS_RUNNING]?: Lens | "loading";
  [SCAN_REQUEST]?: boolean;
};
const LATE_CHECKS = 8;
const LATE_WINDOW_MS = 20_000;

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: "document_idle",
  main(ctx) {
    // For the benchmarks (time from here to the first highlight); prefixed, like all we add.
    performance.mark("paritrana-lens:start");
    const hooks = globalThis as Hooks;
    const running = hooks[LENS_RUNNING];
    if (running) {
      // Injected again ("Scan this page" on a page we already watch): read it once more.
      if (running !== "loading") running.rescan();
      return;
    }
    const asked = hooks[SCAN_REQUEST] === true;
    const names = () => mentionsAward(document.title) || mentionsAward(document.body?.textContent ?? "");

    const load = async () => {
      if (hooks[LENS_RUNNING] || !ctx.isValid) return;
      hooks[LENS_RUNNING] = "loading";
      try {
        if (!hooks[LENS_HOOK]) await import(/* @vite-ignore */ browser.runtime.getURL("/lens.js"));
        performance.mark("paritrana-lens:loaded");
        const start = hooks[LENS_HOOK];
        if (!start) throw new Error("lens did not load");
        hooks[LENS_RUNNING] = start(ctx);
      } catch (err) {
        hooks[LENS_RUNNING] = undefined;
        console.debug("[paritrana-lens]", err);
      }
    };

    if (asked || names()) {
      void load();
      return;
    }
    // Client-rendered pages and SPA navigation: look again a few times, then stop for good.
    let checks = 0;
    let timer: number | undefined;
    let until = Date.now() + LATE_WINDOW_MS;
    const observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        checks++;
        if (names()) {
          observer.disconnect();
          void load();
        } else if (checks >= LATE_CHECKS || Date.now() > until) observer.disconnect();
      }, 500);
    });
    const watch = () => {
      if (document.body)
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    };
    watch();
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, "wxt:locationchange", () => {
      if (hooks[LENS_RUNNING]) return; // the lens follows navigation itself
      checks = 0;
      until = Date.now() + LATE_WINDOW_MS;
      if (names()) void load();
      else watch();
    });
  },
});
