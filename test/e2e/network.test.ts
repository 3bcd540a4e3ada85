// The extension makes no network request: while it reads an award article, saves its records and
// shows them in the popup and the full table, every request of its pages, its content script and
// its service worker goes to the fixture server on 127.0.0.1 or stays inside chrome-extension://.
// Requests are watched twice: Playwright's request events (pages and, in Chromium, the service
// worker) and the DevTools Network domain attached to each page before it loads.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXTENSION_DIR, launch, type Session, sendFromPage } from "./harness";

let session: Session;
const seen: { url: string; by: string }[] = [];
const cdpSessions: CDPSession[] = [];

beforeEach(async () => {
  seen.length = 0;
  session = await launch();
  session.context.on("request", (request) => {
    seen.push({ url: request.url(), by: request.serviceWorker() ? "service worker" : "page" });
  });
  session.context.on("requestfailed", (request) => {
    seen.push({ url: request.url(), by: "failed request" });
  });
});
afterEach(async () => {
  for (const cdp of cdpSessions.splice(0)) await cdp.detach().catch(() => {});
  await session?.close();
});

/** A new tab with DevTools' Network domain on before anything loads, then loads `url`. */
async function watchedPage(url: string): Promise<Page> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  cdpSessions.push(cdp);
  cdp.on("Network.requestWillBeSent", (event) =>
    seen.push({ url: event.request.url, by: `devtools ${url}` }),
  );
  cdp.on("Network.webSocketCreated", (event) => seen.push({ url: event.url, by: `devtools ${url}` }));
  await cdp.send("Network.enable");
  await page.goto(url);
  return page;
}

/** Files pages may load by the per-session dynamic URL (chrome-extension://<random uuid>/file). */
function webAccessible(): string[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
  return (manifest.web_accessible_resources ?? []).flatMap((e: { resources: string[] }) => e.resources);
}
const DYNAMIC_URL =
  /^chrome-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/([^?#]*)/;

function foreign(): string[] {
  const allowed = [`${session.origin}/`, `chrome-extension://${session.extensionId}/`];
  const files = webAccessible();
  return seen
    .filter(({ url }) => !allowed.some((prefix) => url.startsWith(prefix)))
    .filter(({ url }) => !files.includes(DYNAMIC_URL.exec(url)?.[1] ?? "\0"))
    .filter(({ url }) => !url.startsWith("data:") && !url.startsWith("blob:chrome-extension://"))
    .map(({ url, by }) => `${by}: ${url}`);
}

async function storedCount(popup: Page): Promise<number> {
  return ((await sendFromPage(popup, { type: "ping" })) as { recordCount: number }).recordCount;
}

describe("network", () => {
  it("sees a request the service worker makes (the watcher works)", async () => {
    const worker = session.context.serviceWorkers()[0];
    if (!worker) throw new Error("no service worker");
    await worker.evaluate(() => fetch("https://leak.example/probe").catch(() => null));
    await expect.poll(() => seen.map((s) => s.url)).toContain("https://leak.example/probe");
    expect(foreign()).toContain("service worker: https://leak.example/probe");

    const popup = await watchedPage(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.evaluate(() => fetch("https://leak.example/from-popup").catch(() => null));
    await expect
      .poll(foreign)
      .toContain(
        `devtools chrome-extension://${session.extensionId}/popup.html: https://leak.example/from-popup`,
      );
  });

  it("reading an award article, saving it and showing the table send nothing off the machine", async () => {
    const article = await watchedPage(`${session.origin}/award-article.html`);
    const popup = await watchedPage(`chrome-extension://${session.extensionId}/popup.html`);
    // The content script read the page and the background saved its records.
    await expect.poll(() => storedCount(popup), { timeout: 15_000 }).toBeGreaterThan(0);
    await popup.reload();
    await popup.getByText("Kabupaten Tabanan").first().waitFor();

    const table = await watchedPage(`chrome-extension://${session.extensionId}/table.html`);
    await table.getByText("Kabupaten Tabanan").first().waitFor();
    // Reading the article again (a reload runs the content script again) and a backup export.
    await article.reload();
    await article.waitForLoadState("networkidle");
    await sendFromPage(popup, { type: "export-backup" });
    for (const page of [article, popup, table]) await page.waitForLoadState("networkidle");

    // Each part was really watched: the article's own load and the extension's own files.
    expect(seen.some((s) => s.url === `${session.origin}/award-article.html`)).toBe(true);
    expect(seen.some((s) => s.url.startsWith(`chrome-extension://${session.extensionId}/`))).toBe(true);
    expect(foreign()).toEqual([]);
  });
});
