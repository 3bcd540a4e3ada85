// The popup sees the tab's address only through a grant: activeTab, given by the toolbar click no
// driver can make, or the site's host permission. So the flow runs in the order a driver allows:
// the site is granted by the very call the popup's "Tambahkan situs ini" makes (from a real click
// in an extension page; Firefox's test switch answers the prompt), then the popup, opened beside
// the article with the article as the active tab, shows the site as added and scans it on
// "Pindai halaman ini". Chromium has no switch for the prompt: these run in Firefox only, and the
// README lists the manual checks (toolbar click, prompt, Chromium).
import { createServer, type Server } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { browserUnderTest, launchDriver } from "../drivers";
import { clickControl, painted, textOf, waitUntil } from "../drivers/page";
import type { Driver, Tab } from "../drivers/types";
import { servePages } from "../harness";

let driver: Driver;
let unlisted: { origin: string; close(): Promise<void> };

/** The fixture pages on http://127.0.0.2 (port 80, as a news site has: Firefox's match patterns
 * take no port): a loopback address that no content script match names. */
async function serveUnlisted() {
  const { server: pages } = await servePages();
  const server: Server = createServer((req, res) => pages.emit("request", req, res));
  await new Promise<void>((ok, fail) => server.once("error", fail).listen(80, "127.0.0.2", ok));
  const stop = (s: Server) => new Promise((ok) => s.close(ok));
  return {
    origin: "http://127.0.0.2",
    close: async () => void (await Promise.all([stop(server), stop(pages)])),
  };
}

beforeEach(async () => {
  unlisted = await serveUnlisted();
  driver = await launchDriver();
});
afterEach(async () => {
  await driver?.close();
  await unlisted?.close();
});

const awardees = async (tab: Tab) => (await painted(tab))["paritrana-awardee"] ?? [];
const scans = (tab: Tab) => tab.evaluate(() => performance.getEntriesByName("paritrana-lens:scan").length);
type Stored = { awardee: string };
async function stored(): Promise<Stored[]> {
  return ((await driver.send({ type: "list-records", query: {} })) as { records: Stored[] }).records;
}

/** Asks for `origin` from an extension page on a real click, as the popup's add button does. */
async function grantSite(origin: string): Promise<boolean> {
  const page = await driver.openExtensionPage("table.html");
  await page.evaluate((pattern) => {
    const button = document.createElement("button");
    button.textContent = "grant for the test";
    button.addEventListener("click", () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API of the page
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      api.permissions.request({ origins: [pattern] }).then(
        (ok: boolean) => document.body.setAttribute("data-granted", String(ok)),
        (err: Error) => document.body.setAttribute("data-granted", err.message),
      );
    });
    document.body.prepend(button);
  }, `${origin}/*`);
  await clickControl(page, "grant for the test");
  await waitUntil(page, () => document.body.hasAttribute("data-granted"), undefined, "the permission answer");
  return page.evaluate(() => document.body.getAttribute("data-granted") === "true");
}

/** The popup, acting on `article` (made the active tab of the window). */
async function popupFor(article: Tab): Promise<Tab> {
  const popup = await driver.openExtensionPage("popup.html");
  await article.focus();
  await popup.reload();
  await waitUntil(
    popup,
    () => document.querySelector(".site-access-controls") !== null,
    undefined,
    "site access",
  );
  return popup;
}

describe.runIf(browserUnderTest() === "firefox")("a site not on the list", () => {
  it("is read once added: open tabs at once, new pages from then on; the popup then scans it on demand", async () => {
    const article = await driver.openPage(`${unlisted.origin}/news-ntb.html`);
    // not on the list: the content script does not run there
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(await painted(article)).toEqual({});
    expect(await stored()).toEqual([]);

    expect(await grantSite(unlisted.origin)).toBe(true);
    // the background registers the content script for the site and reads its open tab
    await expect.poll(() => awardees(article).then((a) => a.length), { timeout: 20_000 }).toBe(4);
    await expect.poll(async () => (await stored()).length, { timeout: 15_000 }).toBe(4);
    const later = await driver.openPage(`${unlisted.origin}/award-article.html`);
    await expect.poll(() => awardees(later).then((a) => a.length), { timeout: 20_000 }).toBeGreaterThan(0);

    const popup = await popupFor(article);
    expect(await textOf(popup, ".site-access-controls")).toContain("Situs ini sudah dibaca otomatis.");
    const before = await scans(article);
    const records = (await stored()).length;
    await clickControl(popup, "Pindai halaman ini");
    await expect
      .poll(() => textOf(popup, ".site-access-controls"), { timeout: 15_000 })
      .toContain("Halaman sedang dipindai.");
    // the button read the article once more; the same records, not new ones
    await expect.poll(() => scans(article), { timeout: 15_000 }).toBeGreaterThan(before);
    await new Promise((ok) => setTimeout(ok, 500));
    expect(await stored()).toHaveLength(records);
  });
});
