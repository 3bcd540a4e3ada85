// Runs on every page of the listed news sites (and of every site, once the reader grants that), so
// it does almost nothing: it leaves at once a page that cannot be an article (no HTML, no body, an
// editor), reads the title and the first stretch of the page's text for the award's name, and only
// then loads the lens (extractor, painting, card). A plain script declared in the manifest
// (wxt.config.ts) rather than a WXT content script: that wrapper's context (extension bindings,
// events sent to the page, a location watcher) cost several times the check itself on the pages we
// leave alone.
import { pageNamesAward } from "@/lib/page/lead-text";
import { onUrlChange } from "@/lib/page/url-watch";
import {
  extensionRuntime,
  GATE_WATCHING,
  LENS_HOOK,
  LENS_RUNNING,
  SCAN_REQUEST,
} from "@/lib/sites/content-script";

type Lens = { rescan(): void };
type Hooks = {
  [LENS_HOOK]?: () => Lens;
  [LENS_RUNNING]?: Lens | "loading";
  [SCAN_REQUEST]?: boolean;
  [GATE_WATCHING]?: boolean;
};
// Late pages (client-rendered articles, SPA navigation): look again this many times, settled this
// long after the last change, within this window.
const LATE_CHECKS = 8;
const SETTLE_MS = 500;
const LATE_WINDOW_MS = 20_000;

/** Pages left at once, unless the reader asked: an image, feed or PDF viewer; a frameset; an editor
 * (a page in design mode, an editable body, or an editable region that has the focus at load).
 * Attributes only: isContentEditable would make the browser compute styles for the check. */
function cannotBeArticle(doc: Document): boolean {
  const body = doc.body;
  if (doc.contentType !== "text/html" || !body) return true;
  const focused = doc.activeElement;
  return (
    doc.designMode === "on" ||
    body.hasAttribute("contenteditable") ||
    (focused !== null && focused !== body && focused.hasAttribute("contenteditable"))
  );
}

export default defineUnlistedScript(() => {
  const hooks = globalThis as Hooks;
  const running = hooks[LENS_RUNNING];
  if (running) {
    // Injected again ("Scan this page" on a page we already watch): read it once more.
    if (running !== "loading") running.rescan();
    return;
  }

  const load = async () => {
    // An extension reloaded or removed leaves this script behind without a runtime.
    const extension = extensionRuntime();
    if (hooks[LENS_RUNNING] || !extension?.id) return;
    hooks[LENS_RUNNING] = "loading";
    try {
      if (!hooks[LENS_HOOK]) await import(/* @vite-ignore */ extension.getURL("/lens.js"));
      performance.mark("paritrana-lens:loaded");
      const start = hooks[LENS_HOOK];
      if (!start) throw new Error("lens did not load");
      hooks[LENS_RUNNING] = start();
    } catch (err) {
      hooks[LENS_RUNNING] = undefined;
      console.debug("[paritrana-lens]", err);
    }
  };

  const asked = hooks[SCAN_REQUEST] === true;
  if (!asked && cannotBeArticle(document)) return;
  if (asked || pageNamesAward(document)) {
    void load();
    return;
  }
  // Injected again (the popup opened on a page the gate already watches): the check above was all.
  if (hooks[GATE_WATCHING]) return;
  hooks[GATE_WATCHING] = true;

  let checks = 0;
  let until = Date.now() + LATE_WINDOW_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let watching = false;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      checks++;
      if (pageNamesAward(document)) {
        stop();
        void load();
      } else if (checks >= LATE_CHECKS || Date.now() > until) stop();
    }, SETTLE_MS);
  });
  const stop = () => {
    observer.disconnect();
    watching = false;
  };
  const watch = () => {
    if (watching || !document.body) return;
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    watching = true;
  };
  const navigated = () => {
    if (hooks[LENS_RUNNING]) return; // the lens follows navigation itself
    checks = 0;
    until = Date.now() + LATE_WINDOW_MS;
    if (pageNamesAward(document)) {
      stop();
      void load();
    } else watch();
  };
  watch();
  onUrlChange(() => setTimeout(navigated, SETTLE_MS));
});
