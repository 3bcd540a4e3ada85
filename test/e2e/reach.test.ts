// Reach end to end: the first-run page and its choice, the gate on a site no list names once every
// site is granted (by the reader or by a build that grants it at install), the grant kept across a
// restart and withdrawn by revoking, and the popup's scan where the gate does not run.
// What no driven browser does: answer the permission prompt. The tests pre-approve the sites on
// chrome://extensions (the browser's record of what the reader allowed), after which the
// extension's own permissions.request resolves as it does when the reader clicks "Allow".
import { execFileSync } from "node:child_process";
import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { contentScriptState, sendFromPage } from "./harness";
import { ALL_SITES_BUILD, launchReach, type ReachBrowser } from "./reach-browser";

let browser: ReachBrowser;
afterEach(async () => {
  await browser?.close();
});

const EVERY_SITE = ["http://*/*", "https://*/*"];

async function welcomePage(): Promise<Page> {
  const url = `chrome-extension://${browser.extensionId}/welcome.html`;
  const page =
    browser.context.pages().find((p) => p.url() === url) ??
    (await browser.context.waitForEvent("page", { predicate: (p) => p.url() === url }));
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

async function extensionPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

const grantsEverySite = async () => {
  const page = await extensionPage();
  const granted = await page.evaluate(
    (origins) =>
      // biome-ignore lint/suspicious/noExplicitAny: chrome exists in the extension page
      (globalThis as any).chrome.permissions.contains({ origins }),
    EVERY_SITE,
  );
  await page.close();
  return granted as boolean;
};

async function storedAwardees(): Promise<string[]> {
  const page = await extensionPage();
  const reply = (await sendFromPage(page, { type: "list-records" })) as { records: { awardee: string }[] };
  await page.close();
  return reply.records.map((r) => r.awardee).sort();
}

const paintedAwardees = (page: Page) =>
  page.evaluate(() => [...(CSS.highlights.get("paritrana-awardee") ?? [])].map((r) => r.toString()));
const paintsTabanan = (page: Page) =>
  paintedAwardees(page).then((names) => names.some((n) => n.endsWith("Kabupaten Tabanan")));

/** Opens the award article on the unlisted host and waits for its winners to be painted. */
async function openPaintedOnUnlisted(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.unlisted}/award-article.html`);
  await expect.poll(() => paintsTabanan(page), { timeout: 20_000 }).toBe(true);
  return page;
}

/** Loads the award article on the unlisted host and checks that no script of the extension ran. */
async function expectGateAbsent(): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`${browser.unlisted}/award-article.html`);
  await page.waitForTimeout(1500);
  expect(await contentScriptState(page)).toBeNull();
  expect(await paintedAwardees(page)).toEqual([]);
  await page.close();
}

async function tableText(): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/table.html`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.body.innerText.includes("Memuat"));
  const text = await page.locator("main").innerText();
  await page.close();
  return text;
}

describe("first-run page", () => {
  it("opens on a fresh install; declining keeps the listed sites and the gate off other sites", async () => {
    browser = await launchReach();
    const page = await welcomePage();
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(
      "Selamat datang di Paritrana Lens",
    );
    expect(await page.locator("main").innerText()).toContain("Tidak ada yang dikirim ke mana pun");
    // by keyboard: Tab to the second choice, Enter
    const decline = page.getByRole("button", { name: "Hanya situs berita terdaftar" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await decline.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".outcome").innerText())
      .toContain("membaca situs berita terdaftar dan situs yang Anda tambahkan");
    // the outcome takes the focus so a screen reader announces it
    expect(await page.locator(".outcome").evaluate((p) => p === document.activeElement)).toBe(true);
    expect(await grantsEverySite()).toBe(false);
    expect(await browser.registered()).toEqual([]);
    await expectGateAbsent();
  });

  it("accepting grants every site: an article on an unlisted host is painted, saved and in the table; a restart keeps it; the popup gives it back", async () => {
    browser = await launchReach();
    const page = await welcomePage();
    await browser.preApproveAllSites(); // stands in for the reader's "Allow" in the prompt
    await page.getByRole("button", { name: "Baca di semua situs" }).click();
    await expect
      .poll(() => page.locator(".outcome").innerText())
      .toBe("Paritrana Lens kini membaca di semua situs.");
    expect(await grantsEverySite()).toBe(true);
    await expect.poll(() => browser.registered()).toEqual(EVERY_SITE);

    await openPaintedOnUnlisted();
    await expect.poll(storedAwardees, { timeout: 10_000 }).toContain("Kabupaten Tabanan");
    expect(await tableText()).toContain("Kabupaten Tabanan");

    await browser.restart();
    await expect.poll(() => browser.registered()).toEqual(EVERY_SITE);
    await openPaintedOnUnlisted();

    // the popup shows the reach and takes it back
    const popup = await extensionPage();
    await expect.poll(() => popup.locator(".reach-status").innerText()).toContain("semua situs");
    await popup.getByRole("radio", { name: "Situs terdaftar dan tambahan" }).check();
    await expect.poll(() => popup.locator(".reach-status").innerText()).toContain("situs berita terdaftar");
    await expect.poll(() => browser.registered()).toEqual([]);
    await popup.close();
    await expectGateAbsent();
  }, 120_000); // two browser starts and three article loads on a busy machine
});

describe("a build that grants every site at install", () => {
  // Built here from the same sources, so it never lags behind the build the other tests load.
  beforeAll(() => {
    execFileSync("npx", ["wxt", "build"], {
      env: { ...process.env, PARITRANA_GRANT_ALL_SITES: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  });

  it("runs the gate on an unlisted host like the opt-in, until the browser's site access is revoked", async () => {
    browser = await launchReach({ extensionDir: ALL_SITES_BUILD });
    // registered by the background on install, which may finish after the browser reports ready
    await expect.poll(() => browser.registered()).toEqual(EVERY_SITE);
    const page = await openPaintedOnUnlisted();
    await expect.poll(storedAwardees, { timeout: 10_000 }).toContain("Kabupaten Tabanan");
    await page.close();
    await browser.restart();
    await expect.poll(() => browser.registered()).toEqual(EVERY_SITE);
    await browser.revokeSiteAccess();
    await expect.poll(() => browser.registered()).toEqual([]);
    await expectGateAbsent();
  });
});

/** A fresh install with its first-run page closed (its tab would take the focus from a popup). */
async function launchDismissed(): Promise<void> {
  browser = await launchReach();
  await (await welcomePage()).close();
}

describe("the popup where the gate does not run", () => {
  it("opening it on an award article of an unlisted host paints and saves it, and says so", async () => {
    await launchDismissed();
    const page = await browser.context.newPage();
    await page.goto(`${browser.unlisted}/award-article.html`);
    await page.waitForTimeout(500);
    expect(await contentScriptState(page)).toBeNull();
    const popup = await browser.clickToolbarButton(page);
    await expect
      .poll(() => popup.locator(".scan-found").innerText(), { timeout: 20_000 })
      .toMatch(/^\d+ penghargaan di halaman ini, tersimpan di tabel\.$/);
    const found = Number((await popup.locator(".scan-found").innerText()).split(" ")[0]);
    expect(found).toBeGreaterThan(0);
    expect(await paintsTabanan(page)).toBe(true);
    // the popup's table shows what was just saved, and offers the site (checked before another
    // tab opens: the popup closes when its window loses the focus)
    await expect.poll(() => popup.locator("main").innerText()).toContain("Kabupaten Tabanan");
    expect(await popup.getByRole("button", { name: "Tambahkan situs ini" }).isVisible()).toBe(true);
    expect(await popup.locator(".reach-status").innerText()).toContain("situs berita terdaftar");
    const saved = await storedAwardees();
    expect(saved).toContain("Kabupaten Tabanan");
    expect(saved.length).toBe(found);
  });

  it("says there is nothing on a page that is not about the award, and saves nothing", async () => {
    await launchDismissed();
    const page = await browser.context.newPage();
    await page.goto(`${browser.unlisted}/plain-news.html`);
    const popup = await browser.clickToolbarButton(page);
    await expect
      .poll(() => popup.locator(".scan-found").innerText(), { timeout: 10_000 })
      .toBe("Tidak ada hasil Paritrana Award di halaman ini.");
    expect(await storedAwardees()).toEqual([]);
  });
});
