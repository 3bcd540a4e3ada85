// The foundation end to end: the built extension in Chromium reads an award article served on
// 127.0.0.1, its background stores the records, and the popup lists them.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  contentScriptState,
  lastReadAt,
  launch,
  loadedManifest,
  type Session,
  sendFromPage,
} from "./harness";

let session: Session;
beforeEach(async () => {
  session = await launch();
});
afterEach(async () => {
  await session?.close();
});

async function popupText(): Promise<string> {
  const popup = await session.openPopup();
  await popup.getByRole("heading", { level: 1 }).waitFor();
  await popup.waitForFunction(() => !document.body.innerText.includes("Memuat"));
  const text = await popup.locator("main").innerText();
  await popup.close();
  return text;
}

async function storedCount(): Promise<number> {
  const popup = await session.openPopup();
  const reply = await sendFromPage(popup, { type: "ping" });
  await popup.close();
  return (reply as { recordCount: number }).recordCount;
}

async function lastRead(): Promise<number> {
  const popup = await session.openPopup();
  const at = await lastReadAt(popup);
  await popup.close();
  return at;
}

describe("extension in Chromium", () => {
  it("builds a manifest with no install-time access to every site", async () => {
    const popup = await session.openPopup();
    const manifest = await loadedManifest(popup);
    await popup.close();
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    expect(matches).toContain("http://127.0.0.1/*");
    expect(matches).not.toContain("<all_urls>");
    expect(matches.some((m) => m.startsWith("*://*/") || m.startsWith("https://*/"))).toBe(false);
  });

  it("shows an empty state in Indonesian before anything was read", async () => {
    const text = await popupText();
    expect(text).toContain("Belum ada penghargaan tersimpan");
  });

  it("stores the awards of an article read in a tab and lists them in the popup", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/award-article.html`);
    await expect.poll(storedCount, { timeout: 10_000 }).toBeGreaterThan(0);
    const text = await popupText();
    expect(text).toContain("Kabupaten Tabanan");
    expect(text).toContain("Desa Sudimara");
    // the related-links list names other awards: none of it may become a record
    expect(text).not.toContain("Singaraja");
    expect(text).not.toContain("Bangli");
  });

  it("reading the same article twice keeps one record per award", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/award-article.html`);
    await expect.poll(storedCount, { timeout: 10_000 }).toBeGreaterThan(0);
    const first = await storedCount();
    const before = await lastRead();
    await page.reload();
    // The reload's reading reached the store (it took it later), and made no new record.
    await expect.poll(lastRead, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await storedCount()).toBe(first);
  });

  it("stores nothing from a page that is not about the award", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/plain-news.html`);
    // The content script ran its check on the page (its isolated world exists) and left it alone.
    await expect.poll(() => contentScriptState(page), { timeout: 15_000 }).toBe("lens not loaded");
    expect(await storedCount()).toBe(0);
  });

  it("refuses a malformed message without writing anything", async () => {
    const popup = await session.openPopup();
    const reply = await sendFromPage(popup, {
      type: "save-article",
      article: { url: "not a url" },
      records: "x",
    });
    await popup.close();
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/refused/);
    expect(await storedCount()).toBe(0);
  });
});
