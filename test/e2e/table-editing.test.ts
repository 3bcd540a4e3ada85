// The table's other hand work end to end: adding a missed win, merging two spellings of one
// award, the evidence link, and a table of thousands of rows that renders only what is in view.
import type { Page } from "playwright-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { launch, type Session, sendFromPage } from "./harness";
import { seed } from "./table-seed";

let session: Session;
beforeEach(async () => {
  session = await launch();
});
afterEach(async () => {
  await session?.close();
});

type Listed = {
  records: { id: string; awardee: string; status: string; sources: unknown[]; correctedFields: string[] }[];
};
const list = async (page: Page) =>
  ((await sendFromPage(page, { type: "list-records", query: { includeRejected: true } })) as Listed).records;

describe("hand work in the table", () => {
  it("adds a missed win by hand; a wrong value is refused first with nothing saved", async () => {
    const page = await session.openTable();
    await page.getByRole("button", { name: "Tambah manual" }).click();
    const dialog = page.getByRole("dialog", { name: "Tambah penghargaan" });
    await dialog.getByLabel("Penerima", { exact: true }).fill("Desa Lebih");
    await dialog.getByLabel("Jenis penerima").selectOption("desa");
    await dialog.getByLabel("Peringkat", { exact: true }).fill("satu");
    await dialog.getByLabel("Kategori", { exact: true }).fill("pemerintah_desa");
    await dialog.getByLabel("Tingkat").selectOption("provinsi");
    await dialog.getByLabel("Provinsi").fill("Bali");
    await dialog.getByLabel("Tahun").fill("2024");
    await dialog.getByRole("button", { name: "Simpan penghargaan" }).click();
    await expect.poll(() => dialog.getByText("Peringkat berupa bilangan bulat").count()).toBe(1);
    expect(await list(page)).toEqual([]);

    await dialog.getByLabel("Peringkat", { exact: true }).fill("1");
    await dialog.getByLabel("Alamat artikel").fill("https://berita.example/desa-lebih");
    await dialog.getByLabel("Kutipan bukti").fill("Desa Lebih meraih juara pertama kategori desa");
    await dialog.getByRole("button", { name: "Simpan penghargaan" }).click();
    await expect.poll(() => page.getByText("Penghargaan ditambahkan.").count()).toBe(1);

    const [added] = await list(page);
    expect(added).toMatchObject({ awardee: "Desa Lebih", status: "corrected" });
    expect(added?.sources).toHaveLength(1);
    // the fields the reader filled in are theirs; the two left blank stay open for articles
    expect(added?.correctedFields).toEqual([
      "awardee",
      "awardeeType",
      "rank",
      "category",
      "scope",
      "province",
      "year",
    ]);
    // the record's dialog now shows the source with a link to the sentence
    const link = page.getByRole("dialog").getByRole("link", { name: "https://berita.example/desa-lebih" });
    expect(await link.getAttribute("href")).toBe(
      "https://berita.example/desa-lebih#:~:text=Desa%20Lebih%20meraih%20juara%20pertama%20kategori%20desa",
    );
  });

  it("merges two spellings of one award into one record with both sources", async () => {
    const setup = await session.openPopup();
    await seed(setup);
    // the same win, written differently by another article
    await sendFromPage(setup, {
      type: "save-article",
      article: {
        url: "http://127.0.0.1/berita/lain",
        title: "Pemkab Sidoarjo Juara",
        site: null,
        publishedAt: null,
      },
      records: [
        {
          awardee: "Pemkab Sidoarjo",
          awardeeType: "lainnya",
          rank: 1,
          rankLabel: "juara 1",
          category: "pemerintah_kabupaten_kota",
          categoryLabel: null,
          scope: "provinsi",
          province: "Jawa Timur",
          year: 2024,
          evidence: { quote: "Pemkab Sidoarjo juara 1", prefix: "", suffix: "", start: 0, end: 23 },
        },
      ],
    });
    const page = await session.openTable();
    const before = await list(page);
    await page.getByLabel("Cari nama").fill("sidoarjo");
    await page.getByLabel("Tahun").selectOption("2024");
    await page.getByRole("button", { name: "Kabupaten Sidoarjo" }).click();
    const dialog = page.getByRole("dialog", { name: "Kabupaten Sidoarjo" });
    await dialog.getByText("Gabungkan dengan penghargaan lain").click();
    await dialog.getByLabel("Cari nama", { exact: true }).fill("pemkab");
    await dialog
      .getByLabel("Penghargaan yang digabung")
      .selectOption({ label: "Pemkab Sidoarjo · 2024 · Pemerintah kabupaten/kota · Jawa Timur" });
    await dialog.getByRole("button", { name: "Gabungkan ke penghargaan ini" }).click();
    await expect.poll(() => page.getByText("Penghargaan digabungkan.").count()).toBe(1);
    expect(await dialog.getByRole("heading", { name: "Sumber (2)" }).count()).toBe(1);

    const after = await list(page);
    expect(after).toHaveLength(before.length - 1);
    expect(after.some((r) => r.awardee === "Pemkab Sidoarjo")).toBe(false);
    await page.keyboard.press("Escape");
    expect(await page.locator("tbody th[scope=row]").allInnerTexts()).toEqual(["Kabupaten Sidoarjo"]);
  });

  it("keeps a table of thousands of rows fast by rendering only the rows in view", async () => {
    const setup = await session.openPopup();
    const records = Array.from({ length: 3000 }, (_, i) => {
      const quote = `Desa Contoh ${i} juara`;
      return {
        awardee: `Desa Contoh ${String(i).padStart(4, "0")}`,
        awardeeType: "desa",
        rank: (i % 3) + 1,
        rankLabel: null,
        category: "pemerintah_desa",
        categoryLabel: null,
        scope: "provinsi",
        province: ["Bali", "Aceh", "Papua"][i % 3],
        year: 2015 + (i % 10),
        evidence: { quote, prefix: "", suffix: "", start: 0, end: quote.length },
      };
    });
    const reply = (await sendFromPage(setup, {
      type: "save-article",
      article: { url: "http://127.0.0.1/berita/banyak", title: "Banyak", site: null, publishedAt: null },
      records,
    })) as { ok: boolean; created: number };
    expect(reply).toMatchObject({ ok: true, created: 3000 });

    const page = await session.openTable();
    expect(await page.locator("#table-count").innerText()).toBe("Menampilkan 3000 dari 3000 penghargaan");
    const rendered = await page.locator("tbody th[scope=row]").count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);

    // sorting by name descending and scrolling to the end both reach the far rows
    await page.getByRole("button", { name: "Penerima", exact: true }).click();
    await page.getByRole("button", { name: "Penerima", exact: true }).click();
    await expect
      .poll(async () => (await page.locator("tbody th[scope=row]").allInnerTexts())[0])
      .toBe("Desa Contoh 2999");
    await page.locator(".scroll").evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect
      .poll(async () => (await page.locator("tbody th[scope=row]").allInnerTexts()).at(-1))
      .toBe("Desa Contoh 0000");
    expect(await page.locator("tbody th[scope=row]").count()).toBeLessThan(100);
  });
});
