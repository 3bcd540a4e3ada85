// Runs the built extension in Debian's Chromium (no browser download) against pages served on
// 127.0.0.1, as notes/toolchain.md describes. Every test gets a fresh profile and server.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { Browser } from "@wxt-dev/browser";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { requireTestBuild } from "./drivers/test-build";

/**
 * Chromium on a machine with no network and no display: no background connections, no lookups of
 * Google's hosts (so a test can prove the extension itself sends nothing), Indonesian interface.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--lang=id",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

export const EXTENSION_DIR = resolve(".output/chrome-mv3");
export const PAGES_DIR = resolve("test/fixtures/pages");

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error("Chromium not found: run `npm run setup` (installs Debian's chromium)");
  return found;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

/** A static server for the fixture pages; `routes` adds pages made in the test itself. */
export async function servePages(
  routes: Record<string, string> = {},
  port = 0,
): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const inline = routes[path];
    if (inline !== undefined) {
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "text/html; charset=utf-8" });
      res.end(inline);
      return;
    }
    const file = normalize(join(PAGES_DIR, path));
    if (!file.startsWith(PAGES_DIR) || !existsSync(file)) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(port, "127.0.0.1", ok));
  const bound = (server.address() as AddressInfo).port;
  return { origin: `http://127.0.0.1:${bound}`, server };
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  origin: string;
  openPopup(): Promise<Page>;
  /** The full-page table in a tab, once its records have loaded. */
  openTable(): Promise<Page>;
  close(): Promise<void>;
}

export async function launch(
  routes: Record<string, string> = {},
  { headless = true, port = 0 }: { headless?: boolean; port?: number } = {},
): Promise<Session> {
  requireTestBuild(EXTENSION_DIR, "build:e2e");
  const profile = mkdtempSync(join(tmpdir(), "paritrana-e2e-"));
  const { origin, server } = await servePages(routes, port);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    locale: "id-ID",
    // Chromium on Linux takes its interface language (and so the extension's i18n) from the environment.
    env: { ...process.env, LANGUAGE: "id", LANG: "id_ID.UTF-8" },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    origin,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async openTable() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/table.html`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes("Memuat"));
      return page;
    },
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Sends a runtime message from an extension page, as the popup would, and returns the raw reply. */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: `chrome` exists in the extension page, not in Node's types
  return page.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message);
}

/** The extension's manifest as the browser loaded it. */
export function loadedManifest(page: Page): Promise<Browser.runtime.Manifest> {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  return page.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
}

/**
 * The content script's state in a page, read inside the extension's isolated world (the page sees
 * nothing): null while no script of the extension has run there, else whether the lens is loaded.
 */
export async function contentScriptState(page: Page): Promise<null | "lens not loaded" | "lens loaded"> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: number[] = [];
    cdp.on("Runtime.executionContextCreated", ({ context }) => {
      const aux = context.auxData as { type?: string } | undefined;
      if (aux?.type === "isolated" && context.origin.startsWith("chrome-extension://"))
        worlds.push(context.id);
    });
    await cdp.send("Runtime.enable"); // reports the contexts that exist already
    const world = worlds[0];
    if (world === undefined) return null;
    const { result } = await cdp.send("Runtime.evaluate", {
      contextId: world,
      returnByValue: true,
      expression: `globalThis[Symbol.for("paritrana-lens.running")] === undefined && globalThis[Symbol.for("paritrana-lens.start")] === undefined`,
    });
    return result.value === true ? "lens not loaded" : "lens loaded";
  } finally {
    await cdp.detach();
  }
}
