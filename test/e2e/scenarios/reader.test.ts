// What a reader meets, in every browser the extension ships for (Chromium and Firefox: see
// vitest.e2e.config.ts): an award article painted and its card opened, a look-alike left alone,
// the records in the table, a correction that a later visit of the article does not undo.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { launchDriver } from "../drivers";
import {
  clickControl,
  fillField,
  hoverUntilCard,
  openRecord,
  painted,
  textOf,
  waitUntil,
} from "../drivers/page";
import type { Driver, Tab } from "../drivers/types";

let driver: Driver;
beforeEach(async () => {
  driver = await launchDriver();
});
afterEach(async () => {
  await driver?.close();
});

type Stored = {
  awardee: string;
  rank: number | null;
  year: number | null;
  status: string;
  sources: unknown[];
};
async function stored(): Promise<Stored[]> {
  const reply = (await driver.send({ type: "list-records", query: { includeRejected: true } })) as {
    records: Stored[];
  };
  return reply.records;
}
const names = (records: Stored[]) => records.map((r) => r.awardee).sort();
const awardees = async (tab: Tab) => (await painted(tab))["paritrana-awardee"] ?? [];

const NTB_AWARDEES = [
  "Kabupaten Lombok Tengah",
  "Kabupaten Sumbawa Barat",
  "Kota Bima",
  "PT Samudra Hijau Lestari",
];

/** Opens the NTB fixture article and waits until its four winners are painted. */
async function openArticle(): Promise<Tab> {
  const page = await driver.openPage("/news-ntb.html");
  await expect.poll(() => awardees(page).then((a) => a.length), { timeout: 20_000 }).toBe(4);
  return page;
}

describe("an award article", () => {
  it("is painted where each winner and rank is written, and a hovered winner opens its card", async () => {
    const page = await openArticle();
    const p = await painted(page);
    expect(p["paritrana-awardee"]).toEqual([
      "Pemerintah Kabupaten Lombok Tengah",
      "Kabupaten Sumbawa Barat",
      "Kota Bima",
      "PT Samudra Hijau Lestari",
    ]);
    expect(p["paritrana-rank"]).toEqual(["juara pertama", "juara kedua", "juara ketiga", "juara pertama"]);
    expect(p["paritrana-evidence"]?.[0]).toMatch(
      /^Mataram – Pemerintah Kabupaten Lombok Tengah meraih juara pertama/,
    );
    // navigation, related links and comments name other places: none of them is painted
    const all = Object.values(p).flat().join(" | ");
    for (const elsewhere of ["Dompu", "Lombok Timur", "Pemkot Mataram", "Kabupaten Bima", "Pemprov NTB"])
      expect(all).not.toContain(elsewhere);
    // the page's own highlight is still there: the registry is shared with the page
    expect(await page.evaluate(() => CSS.highlights.has("site-find"))).toBe(true);

    const card = await hoverUntilCard(page, "paritrana-awardee", "Kota Bima", "Kota Bima");
    expect(card).toContain("juara ketiga");
    expect(card).toContain("2024");
    expect(card).toContain("Nusa Tenggara Barat");
    await hoverUntilCard(page, "paritrana-rank", "juara kedua", "Kabupaten Sumbawa Barat");
  });
});

describe("a look-alike page", () => {
  it("is left alone: a tag page of award headlines and an article that names the award in passing", async () => {
    const tag = await driver.openPage("/tag/paritrana-award.html");
    const passing = await driver.openPage("/passing-mention.html");
    // the content script ran on both (its quick check found the name and loaded the lens)...
    const loaded = () => performance.getEntriesByName("paritrana-lens:loaded").length > 0;
    for (const page of [tag, passing]) await waitUntil(page, loaded, undefined, "the lens to load");
    await new Promise((ok) => setTimeout(ok, 1500));
    // ...and decided neither is a result: nothing painted, no card, nothing stored
    for (const page of [tag, passing]) {
      expect(await painted(page)).toEqual({});
      expect(await page.evaluate(() => document.querySelector("paritrana-lens"))).toBeNull();
    }
    expect(await stored()).toEqual([]);
  });
});

describe("the award table", () => {
  it("shows the records saved from an article, with its title and the evidence sentence", async () => {
    await openArticle();
    await expect.poll(async () => names(await stored()), { timeout: 20_000 }).toEqual(NTB_AWARDEES);
    const table = await driver.openExtensionPage("table.html");
    await waitUntil(
      table,
      () => document.querySelectorAll("tbody th[scope=row]").length === 4,
      undefined,
      "4 rows",
    );
    const rows = await table.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("tbody th[scope=row]")].map((th) => th.innerText).sort(),
    );
    expect(rows).toEqual(NTB_AWARDEES);
    expect(await textOf(table, "#table-count")).toBe("Menampilkan 4 dari 4 penghargaan");

    await openRecord(table, "Kota Bima");
    const dialog = await textOf(table, "dialog[open]");
    expect(dialog).toContain("Lombok Tengah Juara Pertama Paritrana Award 2024 Tingkat NTB");
    expect(dialog).toContain("Kota Bima meraih juara ketiga");
  });

  it("keeps a reader's correction when the article is read again", async () => {
    const article = await openArticle();
    await expect.poll(async () => (await stored()).length, { timeout: 20_000 }).toBe(4);
    const table = await driver.openExtensionPage("table.html");
    await openRecord(table, "Kota Bima");
    await fillField(table, "Peringkat", "2", "dialog[open]");
    await fillField(table, "Peringkat seperti tertulis", "juara kedua", "dialog[open]");
    await clickControl(table, "Simpan koreksi", "button", "dialog[open]");
    await expect.poll(() => textOf(table), { timeout: 15_000 }).toContain("Koreksi disimpan.");
    const bima = async () => (await stored()).find((r) => r.awardee === "Kota Bima");
    expect(await bima()).toMatchObject({ rank: 2, status: "corrected" });

    // the article is read again: its text still says third, the reader's second stays
    await article.reload();
    await expect.poll(() => awardees(article).then((a) => a.length), { timeout: 20_000 }).toBe(4);
    await new Promise((ok) => setTimeout(ok, 1000));
    expect(await bima()).toMatchObject({ rank: 2, status: "corrected" });
    const again = await driver.openExtensionPage("table.html");
    const row = await again.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>("tbody tr")].find((tr) =>
          tr.innerText.includes("Kota Bima"),
        )?.innerText,
    );
    expect(row).toContain("dikoreksi");
    expect(row).toMatch(/\b2\b/);
  });
});
