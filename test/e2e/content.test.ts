// The content script end to end on news-like fixture pages: what is painted, what the hover card
// shows, what reaches the store, and that the page's own DOM and scripts are left alone.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  contentScriptState,
  lastReadAt,
  launch,
  type Session,
  sendFromContentScript,
  sendFromPage,
} from "./harness";
import { hover, LensCard } from "./lens-card";

let session: Session;
beforeEach(async () => {
  session = await launch();
});
afterEach(async () => {
  await session?.close();
});

type Painted = Record<string, string[]>;
/** Our highlights as the page's own world sees them: name → the text of each range. */
function painted(page: Page): Promise<Painted> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights)
      if (name.startsWith("paritrana-")) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

type Stored = {
  id: string;
  awardee: string;
  rank: number | null;
  year: number | null;
  rankLabel: string | null;
  status: string;
  sources: {
    url: string;
    title: string | null;
    site: string | null;
    publishedAt: string | null;
    evidence: { quote: string; prefix: string; suffix: string };
  }[];
};
async function stored(): Promise<Stored[]> {
  const popup = await session.openPopup();
  const reply = (await sendFromPage(popup, { type: "list-records", query: { includeRejected: true } })) as {
    records: Stored[];
  };
  await popup.close();
  return reply.records;
}
const names = (records: Stored[]) => records.map((r) => r.awardee).sort();

/** When the store last took a reading: a later time shows that a re-read's save arrived. */
async function lastRead(): Promise<number> {
  const popup = await session.openPopup();
  const at = await lastReadAt(popup);
  await popup.close();
  return at;
}

/** The toolbar badges of all open tabs (the tests open one page at a time). */
async function badges(): Promise<string[]> {
  const popup = await session.openPopup();
  const texts = await popup.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: chrome exists in the extension page
    const c = (globalThis as any).chrome;
    const tabs: { id: number }[] = await c.tabs.query({});
    return Promise.all(tabs.map((t) => c.action.getBadgeText({ tabId: t.id }) as Promise<string>));
  });
  await popup.close();
  return texts.filter((t) => t !== "");
}

const NTB_AWARDEES = [
  "Kabupaten Lombok Tengah",
  "Kabupaten Sumbawa Barat",
  "Kota Bima",
  "PT Samudra Hijau Lestari",
];

/** Opens a fixture page and waits until that many awardees are painted on it. */
async function openPainted(page: Page, path: string, awardees: number): Promise<void> {
  await page.goto(`${session.origin}${path}`);
  await expect
    .poll(() => painted(page).then((p) => p["paritrana-awardee"]?.length ?? 0), { timeout: 20_000 })
    .toBe(awardees);
}

describe("content script on a news article", () => {
  it("leaves the page's DOM exactly as it was, so the page's own checks keep passing", async () => {
    const page = await session.context.newPage();
    await openPainted(page, "/news-ntb.html", 4);
    await hover(page, "paritrana-awardee", "Kota Bima"); // the card is open too
    const card = new LensCard(page);
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Kota Bima");
    // its shadow root is closed: the page cannot read the card or fill its form
    expect(await card.closedToPage()).toBe(true);
    // biome-ignore lint/suspicious/noExplicitAny: the page's own function
    expect(await page.evaluate(() => (window as any).pageCheck())).toEqual([]);
    const added = await page.evaluate(() => ({
      head: [...document.head.children]
        .filter((e) => e.hasAttribute("data-paritrana-lens"))
        .map((e) => e.tagName),
      outside: [...document.documentElement.children].map((e) => e.tagName.toLowerCase()),
      marks: document.querySelectorAll("[data-paritrana-highlight]").length,
      // the highlight colours come in one adopted stylesheet, not an element the page could remove
      adopted: [...document.adoptedStyleSheets].map((s) => s.cssRules.length),
    }));
    expect(added).toEqual({ head: [], outside: ["head", "body", "paritrana-lens"], marks: 0, adopted: [4] });
    // pageCheck also rewrote its first text node in place: the highlights follow the new text
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"]?.[0]), { timeout: 15_000 })
      .toBe("Pemerintah Kabupaten Lombok Tengah");
  });

  it("stores each record once with the article's URL, title, date and evidence, also after a reload", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/news-ntb.html`);
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(4);
    const records = await stored();
    expect(names(records)).toEqual(NTB_AWARDEES);
    const bima = records.find((r) => r.awardee === "Kota Bima") as Stored;
    expect(bima).toMatchObject({ rank: 3, year: 2024, status: "extracted" });
    expect(bima.sources).toHaveLength(1);
    expect(bima.sources[0]).toMatchObject({
      url: "https://suararinjani.example/daerah/2024/05/22/lombok-tengah-juara-paritrana",
      title: "Lombok Tengah Juara Pertama Paritrana Award 2024 Tingkat NTB",
      site: "Suara Rinjani",
      publishedAt: "2024-05-22T08:15:00+08:00",
    });
    expect(bima.sources[0]?.evidence.quote).toContain("Kota Bima meraih juara ketiga");
    expect(bima.sources[0]?.evidence.prefix.length).toBeGreaterThan(0);
    expect(await badges()).toEqual(["4"]);

    const before = await lastRead();
    await page.reload();
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"]?.length ?? 0), { timeout: 20_000 })
      .toBe(4);
    await expect.poll(lastRead, { timeout: 15_000 }).toBeGreaterThan(before);
    const again = await stored();
    expect(names(again)).toEqual(NTB_AWARDEES);
    expect(again.every((r) => r.sources.length === 1)).toBe(true);
  });

  it("shows the hovered record in a card; rejecting it removes its highlight for good", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/news-ntb.html`);
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(4);
    await hover(page, "paritrana-awardee", "Kota Bima");
    const card = new LensCard(page);
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Kota Bima");
    const text = await card.text();
    expect(text).toContain("juara ketiga");
    expect(text).toContain("2024");
    expect(text).toContain("Nusa Tenggara Barat");
    expect(text).not.toContain("Sumbawa");

    await hover(page, "paritrana-rank", "juara kedua");
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Kabupaten Sumbawa Barat");

    await hover(page, "paritrana-awardee", "Kota Bima");
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Kota Bima");
    await card.click("Tolak");
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"]), { timeout: 15_000 })
      .not.toContain("Kota Bima");
    expect((await stored()).find((r) => r.awardee === "Kota Bima")?.status).toBe("rejected");
    await expect.poll(() => badges(), { timeout: 15_000 }).toEqual(["3"]);

    await page.reload();
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"]?.length ?? 0), { timeout: 20_000 })
      .toBe(3);
    expect((await painted(page))["paritrana-awardee"]).not.toContain("Kota Bima");
    expect((await stored()).find((r) => r.awardee === "Kota Bima")?.status).toBe("rejected");
  });

  it("lets a keyboard user open the cards from the toolbar and correct a record", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/news-ntb.html`);
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(4);
    const card = new LensCard(page);
    await expect.poll(() => card.barText(), { timeout: 15_000 }).toContain("4");
    await card.focusBar();
    await page.keyboard.press("Enter");
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Kabupaten Lombok Tengah");
    await card.focus("Berikutnya");
    await page.keyboard.press("Enter");
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Kabupaten Sumbawa Barat");
    await card.focus("Koreksi");
    await page.keyboard.press("Enter");
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Simpan");
    await card.focus("Peringkat");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await stored()).find((r) => r.awardee === "Kabupaten Sumbawa Barat")?.status)
      .toBe("corrected");
    // the rank is corrected with its label: the old "juara kedua" does not stay beside rank 1
    const sumbawa = (await stored()).find((r) => r.awardee === "Kabupaten Sumbawa Barat");
    expect([sumbawa?.rank, sumbawa?.rankLabel]).toEqual([1, null]);
    await page.keyboard.press("Escape");
    await expect.poll(() => card.hidden(), { timeout: 15_000 }).toBe(true);
    // a later reading of the same article does not undo the reader's correction
    const before = await lastRead();
    await page.reload();
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"]?.length ?? 0), { timeout: 20_000 })
      .toBe(4);
    await expect.poll(lastRead, { timeout: 15_000 }).toBeGreaterThan(before);
    expect((await stored()).find((r) => r.awardee === "Kabupaten Sumbawa Barat")?.rank).toBe(1);
  });
});

describe("the background's sender check, with real senders", () => {
  it("lets the content script save and read but not list, merge or wipe; an extension page may", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/news-ntb.html`);
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(4);
    const bima = (await stored()).find((r) => r.awardee === "Kota Bima");
    for (const message of [
      { type: "list-records" },
      { type: "export-backup" },
      { type: "delete-record", id: bima?.id },
      { type: "import-backup", backup: {} },
    ]) {
      expect(await sendFromContentScript(page, message)).toMatchObject({
        ok: false,
        error: expect.stringContaining("not allowed from a web page"),
      });
    }
    expect(await sendFromContentScript(page, { type: "ping" })).toMatchObject({ ok: true, recordCount: 4 });
    const popup = await session.openPopup();
    expect(await sendFromPage(popup, { type: "list-records" })).toMatchObject({ ok: true });
    await popup.close();
    expect(await stored()).toHaveLength(4);
  });
});

describe("content script on pages it must leave alone", () => {
  const marks = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType("mark")
        .map((m) => m.name)
        .filter((n) => n.startsWith("paritrana-")),
    );

  it("does nothing past the quick check on news that never names the award", async () => {
    const plain = await session.context.newPage();
    await plain.goto(`${session.origin}/plain-news.html`);
    // The content script ran (its isolated world exists) and never loaded the lens.
    await expect.poll(() => contentScriptState(plain), { timeout: 15_000 }).not.toBeNull();
    await plain.waitForTimeout(1000);
    expect(await contentScriptState(plain)).toBe("lens not loaded");
    expect(await marks(plain)).toEqual([]);
    expect(await painted(plain)).toEqual({});
    expect(await stored()).toEqual([]);
    expect(await badges()).toEqual([]);
  });

  it("paints and stores nothing on a tag page of award headlines or an article that mentions the award in passing", async () => {
    const tag = await session.context.newPage();
    await tag.goto(`${session.origin}/tag/paritrana-award.html`);
    const passing = await session.context.newPage();
    await passing.goto(`${session.origin}/passing-mention.html`);
    for (const page of [tag, passing])
      await expect.poll(() => marks(page), { timeout: 15_000 }).toContain("paritrana-lens:loaded");
    await tag.waitForTimeout(1000);
    for (const page of [tag, passing]) {
      expect(await painted(page)).toEqual({});
      expect(await page.locator("paritrana-lens").count()).toBe(0);
    }
    expect(await stored()).toEqual([]);
  });
});

describe("content script on pages that change", () => {
  it("reads a client-rendered article once it appears, re-anchors after a remount, clears on SPA navigation", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/client-app.html`);
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"] ?? []), { timeout: 20_000 })
      .toEqual(["Pemerintah Kota Banjarbaru", "Kabupaten Tabalong"]);
    // biome-ignore lint/suspicious/noExplicitAny: the page's own flag
    await page.waitForFunction(() => (window as any).remounted === true);
    // after the app replaced every node, the highlights sit on the new text nodes, not collapsed
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            [...(CSS.highlights.get("paritrana-awardee") ?? [])].map((r) => {
              const node = (r as Range).startContainer;
              return node.nodeType === Node.TEXT_NODE && node.isConnected ? r.toString() : "detached";
            }),
          ),
        { timeout: 15_000 },
      )
      .toEqual(["Pemerintah Kota Banjarbaru", "Kabupaten Tabalong"]);
    expect((await painted(page))["paritrana-rank"]).toEqual(["juara pertama", "juara kedua"]);
    expect(names(await stored())).toEqual(["Kabupaten Tabalong", "Kota Banjarbaru"]);

    const before = await lastRead();
    await page.getByRole("link", { name: "Lingkungan" }).click();
    await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual({});
    await page.getByRole("link", { name: "Utama" }).click();
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"]?.length ?? 0), { timeout: 15_000 })
      .toBe(2);
    // same two awards; the article seen again at its new address is one more source, not a record
    await expect.poll(lastRead, { timeout: 15_000 }).toBeGreaterThan(before);
    const records = await stored();
    expect(names(records)).toEqual(["Kabupaten Tabalong", "Kota Banjarbaru"]);
    for (const r of records) expect(new Set(r.sources.map((s) => s.url)).size).toBe(r.sources.length);
  });

  it("picks up a winner added after load without storing the earlier ones twice", async () => {
    const page = await session.context.newPage();
    await page.goto(`${session.origin}/live-update.html`);
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"] ?? []), { timeout: 20_000 })
      .toEqual(["Pemerintah Kabupaten Sidoarjo"]);
    await expect
      .poll(() => painted(page).then((p) => p["paritrana-awardee"] ?? []), { timeout: 20_000 })
      .toEqual(["Pemerintah Kabupaten Sidoarjo", "Kota Madiun"]);
    await expect
      .poll(async () => names(await stored()), { timeout: 15_000 })
      .toEqual(["Kabupaten Sidoarjo", "Kota Madiun"]);
    expect((await stored()).every((r) => r.sources.length === 1)).toBe(true);
    await expect.poll(() => badges(), { timeout: 15_000 }).toEqual(["2"]);
  });
});
