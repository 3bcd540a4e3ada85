// The article reader in the built extension, in Chromium: a winners table and a winners list are
// read and painted row by row, and a body of <br><br> runs is painted from the article, never from
// the comment section below it.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, type Session } from "./harness";

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

type Piece = { text: string; inside: string | null };
/** Each painted range of a highlight: its text, and the class of the nearest block of the page
 * holding it that the test names (null when none). */
function painted(page: Page, name: string, blocks: string): Promise<Piece[]> {
  return page.evaluate(
    ([highlight, selector]) =>
      [...(CSS.highlights.get(highlight as string) ?? [])].map((r) => {
        const range = r as Range;
        const holder = (range.startContainer.parentElement as Element).closest(selector as string);
        return { text: range.toString(), inside: holder?.getAttribute("class") ?? null };
      }),
    [name, blocks],
  );
}

async function openPainted(path: string, awardees: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.origin}${path}`);
  await expect
    .poll(() => page.evaluate(() => CSS.highlights.get("paritrana-awardee")?.size ?? 0), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(awardees);
  return page;
}

describe("reader in Chromium", () => {
  it("reads a winners table row by row and paints each row's cells", async () => {
    const page = await openPainted("/winners-table/page.html", 3);
    const where = ".table-pemenang, .post-content, .comments, .widget-area";
    const awardees = await painted(page, "paritrana-awardee", where);
    for (const name of ["Kabupaten Banyuwangi", "Kota Surabaya", "Kabupaten Lamongan"])
      expect(awardees).toContainEqual({ text: name, inside: "table-pemenang" });
    const ranks = await painted(page, "paritrana-rank", where);
    for (const rank of ["Terbaik 1", "Terbaik 2", "Terbaik 3"])
      expect(ranks).toContainEqual({ text: rank, inside: "table-pemenang" });
    // a row's evidence is painted cell by cell: never one range over the cells' gap
    const evidence = (await painted(page, "paritrana-evidence", where)).map((p) => p.text);
    expect(evidence).toEqual(expect.arrayContaining(["Terbaik 1", "Kabupaten Banyuwangi", "Terbaik 3"]));
    expect(evidence.some((t) => t.includes("\t") || /Terbaik 1\s*Kabupaten/.test(t))).toBe(false);
    // nothing from the comments' table or the sidebar's list
    const all = [...awardees, ...ranks].map((p) => p.inside);
    expect(all).not.toContain("comments");
    expect(all).not.toContain("widget-area");
    await page.close();
  });

  it("reads a winners list item by item and paints each item, not the comments' or sidebar's list", async () => {
    const page = await openPainted("/winners-list/page.html", 3);
    const where = ".read__content, .komentar, .most__wrap";
    const awardees = await painted(page, "paritrana-awardee", where);
    expect(awardees.map((p) => p.text).sort()).toEqual([
      "Kabupaten Tanah Datar",
      "Kota Padang Panjang",
      "Kota Solok",
    ]);
    expect(awardees.every((p) => p.inside === "read__content")).toBe(true);
    const ranks = await painted(page, "paritrana-rank", where);
    expect(ranks.map((p) => p.text).sort()).toEqual(["Juara 1", "Juara 2", "Juara 3"]);
    expect(ranks.every((p) => p.inside === "read__content")).toBe(true);
    await page.close();
  });

  it("paints a <br><br> body with an ad slot and Baca juga from the article, not the comments below", async () => {
    const page = await openPainted("/br-body-ads/page.html", 3);
    const where = ".isi-berita, .tanggapan-pembaca, .kanan";
    const awardees = await painted(page, "paritrana-awardee", where);
    expect(awardees.map((p) => p.text).sort()).toEqual([
      "Desa Kuripan Utara",
      "Kabupaten Dompu",
      "Kabupaten Lombok Utara",
      "PT Amerta Rinjani Energi",
      "Pemerintah Kabupaten Lombok Barat",
    ]);
    const everything = [
      ...awardees,
      ...(await painted(page, "paritrana-rank", where)),
      ...(await painted(page, "paritrana-evidence", where)),
    ];
    expect(everything.length).toBeGreaterThan(6);
    expect(everything.every((p) => p.inside === "isi-berita")).toBe(true);
    const text = everything.map((p) => p.text).join(" | ");
    for (const commented of ["Lombok Tengah", "Kota Bima", "Sumbawa Barat", "Lombok Timur"])
      expect(text).not.toContain(commented);
    await page.close();
  });
});
