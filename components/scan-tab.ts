// Runs the gate in one tab on the reader's request (popup, context menu, keyboard shortcut), on the
// activeTab grant that request gives: no lasting access to the site. The popup then asks the tab
// what came of it.
import { CONTENT_SCRIPT_FILE, LENS_RUNNING_KEY, SCAN_REQUEST_KEY } from "@/lib/sites/content-script";

/**
 * Injects the gate. `force`: skip its check for the award's name (the reader asked to read this
 * page whatever it looks like); the lens still reads only an article about a result.
 */
export async function scanTab(tabId: number, force: boolean): Promise<void> {
  if (force)
    await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the page's isolated world: it gets the key as an argument, not by closure.
      func: (key: string) => {
        (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = true;
      },
      args: [SCAN_REQUEST_KEY],
    });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** What the gate and the lens made of the tab's page: no lens (the page does not name the award),
 * still reading, or how many awards it shows. */
export type ScanState = "no-lens" | "reading" | number;

export async function scanState(tabId: number): Promise<ScanState> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string) => {
      const lens = (globalThis as Record<symbol, unknown>)[Symbol.for(key)] as
        | undefined
        | "loading"
        | { found?: () => number | null };
      if (lens === undefined) return "no-lens";
      const found = lens === "loading" ? null : (lens.found?.() ?? null);
      return found ?? "reading";
    },
    args: [LENS_RUNNING_KEY],
  });
  return (result?.result as ScanState | undefined) ?? "no-lens";
}

/** Polls the tab until the lens has read and saved, or has nothing; gives up after `timeoutMs`. */
export async function awaitScan(tabId: number, timeoutMs = 10_000): Promise<ScanState> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const state = await scanState(tabId);
    if (state !== "reading" || Date.now() > until) return state;
    await new Promise((done) => setTimeout(done, 150));
  }
}
