// Chromium for the reach tests: a host name no list names, mapped to the fixture server on
// 127.0.0.1; a profile that outlives a restart; the browser's own switches for what a reader does
// in its interface (the extension's site access on chrome://extensions, the toolbar button).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath, EXTENSION_DIR, servePages } from "./harness";

/** On no list of the extension's (news sites, test hosts): reached only through a grant. */
export const UNLISTED_HOST = "kabar-daerah.test";
/** The build whose manifest grants every site at install (PARITRANA_GRANT_ALL_SITES=1). */
export const ALL_SITES_BUILD = resolve(".output/chrome-mv3-all-sites");

const RESOLVER = `--host-resolver-rules=MAP ${UNLISTED_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`;

export type ReachBrowser = {
  context: BrowserContext;
  extensionId: string;
  /** http://kabar-daerah.test:PORT */
  unlisted: string;
  /** The extension's service worker, to read what the browser has registered. */
  registered(): Promise<string[]>;
  /** Pre-approves every site on chrome://extensions, as the browser does when the reader says
   * yes to the permission prompt: the extension's own permissions.request then resolves true. */
  preApproveAllSites(): Promise<void>;
  /** chrome://extensions, site access "On click": the browser withdraws every host grant. */
  revokeSiteAccess(): Promise<void>;
  /** The toolbar button pressed on `page`'s tab: the real popup, with the activeTab grant. */
  clickToolbarButton(page: Page): Promise<Page>;
  /** Closes the browser and starts it again on the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

export async function launchReach({ extensionDir = EXTENSION_DIR } = {}): Promise<ReachBrowser> {
  const profile = mkdtempSync(join(tmpdir(), "paritrana-reach-"));
  const { origin, server } = await servePages();
  const port = new URL(origin).port;
  let context: BrowserContext;
  // DevTools clients that showed a popup: left connected until the browser closes.
  const viewers: Browser[] = [];
  const start = async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      locale: "id-ID",
      env: { ...process.env, LANGUAGE: "id", LANG: "id_ID.UTF-8" },
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...CHROMIUM_FLAGS.filter((f) => !f.startsWith("--host-resolver-rules")),
        RESOLVER,
        // Extensions.triggerAction (the toolbar button) and a second DevTools client that sees
        // the popup, which the launching client does not list.
        "--enable-unsafe-extension-debugging",
        "--remote-debugging-port=0",
      ],
    });
  };
  await start();
  // biome-ignore lint/style/noNonNullAssertion: set by start()
  const ctx = () => context!;
  const worker = async () => ctx().serviceWorkers()[0] ?? (await ctx().waitForEvent("serviceworker"));
  const extensionId = new URL((await worker()).url()).host;
  const onExtensionsPage = async <T>(fn: (page: Page) => Promise<T>): Promise<T> => {
    const page = await ctx().newPage();
    await page.goto("chrome://extensions");
    try {
      return await fn(page);
    } finally {
      await page.close();
    }
  };
  return {
    get context() {
      return ctx();
    },
    extensionId,
    unlisted: `http://${UNLISTED_HOST}:${port}`,
    async registered() {
      const sw = await worker();
      return sw.evaluate(async () => {
        type Scripting = { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
        const { scripting } = (globalThis as unknown as { chrome: { scripting: Scripting } }).chrome;
        const scripts = await scripting.getRegisteredContentScripts();
        return scripts.flatMap((s) => s.matches ?? []).sort();
      });
    },
    preApproveAllSites: () =>
      onExtensionsPage(async (page) => {
        await page.evaluate(async (id) => {
          // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate of chrome://extensions
          const dev = (globalThis as any).chrome.developerPrivate;
          await dev.addHostPermission(id, "https://*/*");
          await dev.addHostPermission(id, "http://*/*");
        }, extensionId);
      }),
    revokeSiteAccess: () =>
      onExtensionsPage(async (page) => {
        await page.evaluate(async (id) => {
          // biome-ignore lint/suspicious/noExplicitAny: as above
          const dev = (globalThis as any).chrome.developerPrivate;
          await dev.updateExtensionConfiguration({ extensionId: id, hostAccess: "ON_CLICK" });
        }, extensionId);
      }),
    async clickToolbarButton(page) {
      await page.bringToFront(); // the popup opens on the window's active tab
      const session = await ctx().browser()?.newBrowserCDPSession();
      if (!session) throw new Error("no browser DevTools session");
      const popupUrl = `chrome-extension://${extensionId}/popup.html`;
      try {
        const { targetInfos } = await session.send("Target.getTargets", { filter: [{ type: "tab" }] });
        const tab = targetInfos.find((t) => t.url === page.url());
        if (!tab) throw new Error(`no tab shows ${page.url()}`);
        await session.send(
          "Extensions.triggerAction" as never,
          { id: extensionId, targetId: tab.targetId } as never,
        );
        const shown = async () => {
          const { targetInfos: all } = await session.send("Target.getTargets");
          return all.some((t) => t.type === "page" && t.url === popupUrl);
        };
        for (let i = 0; i < 50 && !(await shown()); i++) await new Promise((done) => setTimeout(done, 100));
      } finally {
        await session.detach();
      }
      // The launching client does not list the popup; a client connected after it opened does.
      const devtoolsPort = readFileSync(join(profile, "DevToolsActivePort"), "utf8").split("\n")[0];
      const viewer = await chromium.connectOverCDP(`http://127.0.0.1:${devtoolsPort}`);
      viewers.push(viewer);
      const popup = viewer
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url() === popupUrl);
      if (!popup) throw new Error("the popup did not open");
      return popup;
    },
    async restart() {
      await ctx().close();
      await start();
    },
    async close() {
      await ctx().close();
      await new Promise((ok) => (server as Server).close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
