// The award table end to end: the built extension in Chromium, driven through its popup and its
// full-page view as a reader would (roles and labels, keyboard where it matters).
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { launch, type Session, sendFromPage } from "./harness";
import { SEEDED, seed } from "./table-seed";

let session: Session;
beforeEach(async () => {
  session = await launch();
});
afterEach(async () => {
  await session?.close();
});

async function seededPopup(): Promise<Page> {
  const popup = await session.openPopup();
  await seed(popup);
  await popup.reload();
  await popup.getByRole("table").waitFor();
  return popup;
}

/** The awardee names in the table's rows, top to bottom. */
const names = (page: Page) => page.locator("tbody th[scope=row]").allInnerTexts();
const count = (page: Page) => page.locator("#table-count").innerText();

async function storedRecords(page: Page) {
  const reply = (await sendFromPage(page, { type: "list-records", query: { includeRejected: true } })) as {
    records: { awardee: string; status: string; rank: number | null; correctedFields: string[] }[];
  };
  return reply.records;
}

/** Rejects a record from its dialog and waits for the notice. */
async function rejectInDialog(page: Page, awardee: string): Promise<void> {
  await page.getByRole("button", { name: awardee }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Tolak" }).click();
  await expect.poll(() => page.getByText("Penghargaan ditolak").count()).toBe(1);
}

describe("award table in the popup", () => {
  it("filters by year and category with counts, searches by name and sorts by a column", async () => {
    const popup = await seededPopup();
    expect(await count(popup)).toBe(`Menampilkan ${SEEDED} dari ${SEEDED} penghargaan`);

    const year = popup.getByLabel("Tahun");
    await expect
      .poll(() => year.locator("option").allInnerTexts())
      .toEqual(["Semua", "2024 (5)", "2023 (3)"]);
    await year.selectOption("2023");
    expect(await count(popup)).toBe(`Menampilkan 3 dari ${SEEDED} penghargaan`);
    expect((await names(popup)).sort()).toEqual([
      "Kabupaten Sidoarjo",
      "PT Baja Nusantara Tbk",
      "Provinsi Jawa Tengah",
    ]);
    // the category counts follow the year chosen
    await popup.getByLabel("Kategori").selectOption({ label: "Usaha besar (1)" });
    expect(await names(popup)).toEqual(["PT Baja Nusantara Tbk"]);

    await popup.getByRole("button", { name: "Hapus saringan" }).click();
    await popup.getByLabel("Cari nama").fill("sidoarjo");
    expect(await names(popup)).toEqual(["Kabupaten Sidoarjo", "Kabupaten Sidoarjo"]);
    await popup.getByLabel("Cari nama").fill("");

    // sorting by rank with the keyboard: the header is a button
    const rankHeader = popup.getByRole("columnheader", { name: "Peringkat" });
    await rankHeader.getByRole("button").focus();
    await popup.keyboard.press("Enter");
    await expect.poll(() => rankHeader.getAttribute("aria-sort")).toBe("ascending");
    const ranks = await popup.locator("tbody tr:not(.spacer) td:nth-child(3)").allInnerTexts();
    expect(ranks).toEqual(["1", "1", "1", "2", "2", "3", "3", "—"]);
    await popup.keyboard.press("Enter");
    await expect.poll(() => rankHeader.getAttribute("aria-sort")).toBe("descending");
    expect((await names(popup))[0]).toMatch(/Sidoarjo|Koperasi/);
  });

  it("edits a field; the correction is marked and survives a re-visit of the article", async () => {
    const article = await session.context.newPage();
    await article.goto(`${session.origin}/award-article.html`);
    const popup = await session.openPopup();
    await expect
      .poll(async () => (await storedRecords(popup)).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    await popup.reload();
    await popup.getByRole("button", { name: "Kota Denpasar" }).click();
    const dialog = popup.getByRole("dialog", { name: "Kota Denpasar" });
    await dialog.waitFor();

    // an invalid value: a clear message, nothing saved
    await dialog.getByLabel("Tahun").fill("1850");
    await dialog.getByRole("button", { name: "Simpan koreksi" }).click();
    await expect.poll(() => dialog.getByRole("alert").innerText()).toContain("Tidak disimpan");
    expect(await dialog.getByText("Tahun berupa bilangan bulat 2000–2100").count()).toBe(1);
    const unchanged = (await storedRecords(popup)).find((r) => r.awardee === "Kota Denpasar");
    expect(unchanged?.status).toBe("extracted");

    await dialog.getByLabel("Tahun").fill("2025");
    await dialog.getByLabel("Peringkat", { exact: true }).fill("3");
    await dialog.getByLabel("Peringkat seperti tertulis").fill("peringkat ketiga");
    await dialog.getByRole("button", { name: "Simpan koreksi" }).click();
    await expect.poll(() => popup.getByText("Koreksi disimpan.").count()).toBe(1);
    await popup.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    const row = popup.getByRole("row", { name: /Kota Denpasar/ });
    expect(await row.innerText()).toContain("dikoreksi");
    expect(await row.getByText("dikoreksi manual").count()).toBeGreaterThan(0);

    // the article is read again: the reader's rank stays
    await article.reload();
    await article.waitForTimeout(1500);
    await popup.reload();
    await popup.getByRole("table").waitFor();
    const denpasar = (await storedRecords(popup)).find((r) => r.awardee === "Kota Denpasar");
    expect(denpasar).toMatchObject({ rank: 3, status: "corrected" });
    expect(denpasar?.correctedFields).toEqual(["rank", "rankLabel"]);
    const cells = await popup
      .getByRole("row", { name: /Kota Denpasar/ })
      .locator("td")
      .allInnerTexts();
    expect(cells[1]).toMatch(/^3/);
  });
});

describe("award table in a tab", () => {
  it("opens from the popup", async () => {
    const popup = await session.openPopup();
    const [tab] = await Promise.all([
      session.context.waitForEvent("page"),
      popup.getByRole("button", { name: "Buka di tab" }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(`chrome-extension://${session.extensionId}/table.html`);
  });

  it("rejects a record (hidden, kept) and restores it", async () => {
    const setup = await session.openPopup();
    await seed(setup);
    const page = await session.openTable();
    await rejectInDialog(page, "Kota Malang");
    await page.getByRole("button", { name: "Tutup" }).click();

    expect(await names(page)).not.toContain("Kota Malang");
    expect(await count(page)).toBe(`Menampilkan ${SEEDED - 1} dari ${SEEDED} penghargaan`);
    expect((await storedRecords(page)).find((r) => r.awardee === "Kota Malang")?.status).toBe("rejected");

    const status = page.getByLabel("Status", { exact: true });
    await status.selectOption("rejected");
    expect(await names(page)).toEqual(["Kota Malang"]);
    await page.getByRole("button", { name: "Kota Malang" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Pulihkan" }).click();
    await expect.poll(() => page.getByText("Penghargaan dipulihkan.").count()).toBe(1);
    await page.keyboard.press("Escape");
    await status.selectOption("active");
    expect(await names(page)).toContain("Kota Malang");
    expect((await storedRecords(page)).find((r) => r.awardee === "Kota Malang")?.status).toBe("extracted");
  });
});
