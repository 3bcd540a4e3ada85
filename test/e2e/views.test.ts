// The full-page views end to end: the built extension in Chromium with the records of several
// articles about one round (test/e2e/views-seed.ts), driven by roles and labels as a reader would.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { launch, type Session, sendFromPage } from "./harness";
import { hover, LensCard } from "./lens-card";
import { seedViews } from "./views-seed";

let session: Session;
let page: Page;
beforeEach(async () => {
  session = await launch();
  const popup = await session.openPopup();
  await seedViews(popup);
  await popup.close();
  page = await session.openTable();
  await page.getByRole("table").first().waitFor();
});
afterEach(async () => {
  await session?.close();
});

const count = () => page.locator("#table-count").innerText();
const TOTAL = 10;

async function stored(awardee: string) {
  const reply = (await sendFromPage(page, { type: "list-records", query: { includeRejected: true } })) as {
    records: {
      awardee: string;
      year: number;
      rank: number | null;
      correctedFields: string[];
      sources: unknown[];
    }[];
  };
  return reply.records.filter((r) => r.awardee === awardee);
}

async function openSheet(): Promise<void> {
  // The views are tabs: the arrow key moves from the table's tab to the sheet's.
  await page.getByRole("tab", { name: "Tabel penghargaan" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect
    .poll(() => page.getByRole("tab", { name: "Lembar hasil babak" }).getAttribute("aria-selected"))
    .toBe("true");
  await page
    .getByLabel("Babak", { exact: true })
    .selectOption({ label: "Provinsi Nusa Tenggara Barat 2024 (7 catatan)" });
}

/** The sheet as text: one array per category row, its cells' text. */
const sheetText = () =>
  page
    .locator("table.sheet tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.children].map((cell) => (cell as HTMLElement).innerText.replace(/\s+/g, " ").trim()),
      ),
    );

describe("the full-page views", () => {
  it("opens on counts by year and province, each bar a link into the filtered table", async () => {
    const year = page.getByRole("button", { name: "2023: 1 penghargaan — tampilkan di tabel" });
    await expect.poll(() => page.getByRole("button", { name: /^2024: 7 penghargaan/ }).count()).toBe(1);
    expect(await page.getByRole("button", { name: /^Nusa Tenggara Barat: 10 penghargaan/ }).count()).toBe(1);
    expect(await count()).toBe(`Menampilkan ${TOTAL} dari ${TOTAL} penghargaan`);

    await year.focus();
    await page.keyboard.press("Enter");
    await expect.poll(count).toBe(`Menampilkan 1 dari ${TOTAL} penghargaan`);
    expect(await page.getByLabel("Tahun", { exact: true }).inputValue()).toBe("2023");
    // focus went on to the line that says what the filter left
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("table-count");
  });

  it("sets out a round as an organiser's results sheet, and a gap is filled with the round already in the form", async () => {
    await openSheet();
    const heading = page.getByRole("heading", {
      name: "Hasil Paritrana Award — Provinsi Nusa Tenggara Barat 2024",
    });
    await expect.poll(() => heading.count()).toBe(1);
    expect(await sheetText()).toEqual([
      [
        "Pemerintah kabupaten/kota",
        "Kota Mataram (2 sumber)",
        "Kabupaten Lombok Barat (2 sumber) ⚠",
        "Kabupaten Sumbawa (1 sumber)",
        "tanpa peringkat: Kabupaten Dompu (1 sumber)",
      ],
      ["Pemerintah desa", "+ Isi", "Desa Senggigi Indah (1 sumber)", "+ Isi", ""],
      ["Usaha besar", "PT Samudra Garam Lestari (1 sumber)", "+ Isi", "+ Isi", ""],
      ["Usaha kecil dan mikro", "Koperasi Nelayan Tanjung Harapan (1 sumber)", "+ Isi", "+ Isi", ""],
    ]);

    // printed, the sheet stands alone: no glance, tabs, table, controls or gap buttons
    await page.emulateMedia({ media: "print" });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown("table.sheet")).toBe(true);
    for (const hidden of [
      ".glance",
      "[role=tablist]",
      "#view-table",
      ".sheet-controls",
      "button.fill",
      ".app-head",
    ])
      expect(await shown(hidden), hidden).toBe(false);
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("button", { name: "Tambahkan Peringkat 2, Usaha besar" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByLabel("Tahun").inputValue()).toBe("2024");
    expect(await dialog.getByLabel("Provinsi").inputValue()).toBe("Nusa Tenggara Barat");
    expect(await dialog.getByLabel("Kategori", { exact: true }).inputValue()).toBe("usaha_besar");
    expect(await dialog.getByLabel("Peringkat", { exact: true }).inputValue()).toBe("2");
    expect(await dialog.getByLabel("Jenis penerima").inputValue()).toBe("badan_usaha");
    await dialog.getByLabel("Penerima", { exact: true }).fill("PT Tenun Sasak Mandiri");
    await dialog.getByRole("button", { name: "Simpan penghargaan" }).click();
    await expect.poll(async () => (await sheetText())[2]?.[2]).toBe("PT Tenun Sasak Mandiri (0 sumber)");
  });

  it("opens an awardee's history from the sheet and from the table: every year, with its sources", async () => {
    await openSheet();
    await page.locator("table.sheet").getByRole("button", { name: "Kota Mataram" }).click();
    const dialog = page.getByRole("dialog", { name: "Riwayat Kota Mataram" });
    const rows = () =>
      dialog
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].slice(0, 4).map((c) => (c as HTMLElement).innerText.trim())),
        );
    expect(await rows()).toEqual([
      ["2024", "Provinsi Nusa Tenggara Barat 2024", "Pemerintah kabupaten/kota", "1"],
      ["2023", "Provinsi Nusa Tenggara Barat 2023", "Pemerintah kabupaten/kota", "1"],
    ]);
    await dialog.getByText("2 sumber").click();
    await expect
      .poll(() =>
        dialog.getByRole("link", { name: "Daftar Lengkap Penerima Paritrana Award se-NTB" }).count(),
      )
      .toBe(1);
    await page.keyboard.press("Escape");

    await page.getByRole("tab", { name: "Tabel penghargaan" }).click();
    await page.getByTitle("Riwayat Provinsi Nusa Tenggara Barat").first().click();
    const national = page.getByRole("dialog", { name: "Riwayat Provinsi Nusa Tenggara Barat" });
    await expect.poll(() => national.getByText("2 penghargaan dalam 2 tahun").count()).toBe(1);
  });

  it("shows two contradicting articles as one conflict, resolved in two clicks through a correction", async () => {
    const only = page.getByLabel("Hanya sumber bertentangan (3)");
    await only.check();
    await expect.poll(count).toBe(`Menampilkan 3 dari ${TOTAL} penghargaan`);

    // the record itself says so, and leads to the readings too
    await page.getByRole("button", { name: "Kabupaten Lombok Barat", exact: true }).click();
    const recordDialog = page.getByRole("dialog", { name: "Kabupaten Lombok Barat" });
    // (the dialog shows once the whole record is read)
    await expect
      .poll(() => recordDialog.getByText("Sumber tidak sepakat tentang penghargaan ini.").count())
      .toBe(1);
    await page.keyboard.press("Escape");

    // click 1: the mark opens the readings side by side, each with its article's sentence
    await page.getByRole("button", { name: "Sumber bertentangan tentang Kabupaten Lombok Barat" }).click();
    const dialog = page.getByRole("dialog", { name: "Sumber tidak sepakat: Kabupaten Lombok Barat" });
    const third = dialog.getByRole("region", { name: "Peringkat 3" });
    await expect.poll(() => third.getByRole("blockquote").innerText()).toContain("urutan ketiga");
    expect(await dialog.getByRole("region", { name: "Peringkat 2" }).getByRole("link").innerText()).toBe(
      "Kota Mataram Terbaik dalam Paritrana Award NTB 2024",
    );
    // click 2: the reader picks the third place
    await dialog.getByRole("button", { name: "Pakai: Peringkat 3" }).click();
    await expect.poll(() => page.getByText("Pertentangan diselesaikan: Peringkat 3.").count()).toBe(1);
    const [record] = await stored("Kabupaten Lombok Barat");
    expect(record?.rank).toBe(3);
    expect(record?.correctedFields).toContain("rank");
    expect(record?.sources).toHaveLength(2);
    await expect.poll(count).toBe(`Menampilkan 2 dari ${TOTAL} penghargaan`);

    // the same win under two years: choosing 2019 makes it one record with both articles
    await page
      .getByRole("button", { name: "Sumber bertentangan tentang Provinsi Nusa Tenggara Barat" })
      .first()
      .click();
    await page.getByRole("dialog").getByRole("button", { name: "Pakai: Tahun 2019" }).click();
    await expect
      .poll(async () => (await stored("Provinsi Nusa Tenggara Barat")).map((r) => [r.year, r.sources.length]))
      .toEqual([[2019, 2]]);
    await expect.poll(count).toBe(`Menampilkan 0 dari ${TOTAL - 1} penghargaan`);
  });

  it("opens an awardee's history from the hover card on a news page, in a new tab of the table", async () => {
    const article = await session.context.newPage();
    await article.goto(`${session.origin}/news-ntb.html`);
    await expect.poll(async () => (await stored("Kota Bima")).length, { timeout: 20_000 }).toBe(1);
    await hover(article, "paritrana-awardee", "Kota Bima");
    const card = new LensCard(article);
    await expect.poll(() => card.text(), { timeout: 15_000 }).toContain("Riwayat");
    const opened = session.context.waitForEvent("page");
    await card.click("Riwayat");
    const table = await opened;
    const dialog = table.getByRole("dialog", { name: "Riwayat Kota Bima" });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator("tbody tr").count()).toBe(1);
    await expect.poll(() => dialog.getByText("1 penghargaan dalam 1 tahun").count()).toBe(1);
  });
});
