// The files a reader takes out of the table, in every browser the extension ships for: the CSV
// export as saved on disk and read back by a strict reader, and the JSON backup carried into a
// fresh profile.
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { launchDriver } from "../drivers";
import { choose, clickControl, openRecord, textOf, waitUntil } from "../drivers/page";
import type { Driver, Tab } from "../drivers/types";
import { ARTICLES, AWKWARD_NAME, FORMULA_NAME, LINE_BREAK_NAME, SEEDED } from "../table-seed";

let driver: Driver;
beforeEach(async () => {
  driver = await launchDriver();
});
afterEach(async () => {
  await driver?.close();
});

/** Saves the seed articles through the background, as the content script sends them. */
async function seed(): Promise<void> {
  for (const { article, records } of ARTICLES) {
    const reply = (await driver.send({ type: "save-article", article, records })) as { ok: boolean };
    expect(reply.ok).toBe(true);
  }
}

async function stored(): Promise<{ awardee: string; status: string }[]> {
  const reply = (await driver.send({ type: "list-records", query: { includeRejected: true } })) as {
    records: { awardee: string; status: string }[];
  };
  return reply.records;
}

async function seededTable(): Promise<Tab> {
  await seed();
  const table = await driver.openExtensionPage("table.html");
  await waitUntil(table, () => document.querySelector("tbody th[scope=row]") !== null, undefined, "rows");
  return table;
}

const parse = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text.slice(1), { delimiter, newline: "\r\n" }).data.filter((r) => r.length > 1);

describe("CSV export", () => {
  it("saves a file that a strict CSV reader reads back: BOM, quoting, line breaks, formulas defused", async () => {
    const table = await seededTable();
    const all = await table.download(() => clickControl(table, /^CSV semua/));
    expect(all.name).toMatch(/\.csv$/);
    expect(all.text.charCodeAt(0)).toBe(0xfeff);
    expect(all.text).not.toMatch(/^\uFEFFsep=/);
    expect(all.text.endsWith("\r\n")).toBe(true);
    const rows = parse(all.text, ";");
    expect(rows[0]).toEqual([
      "Penerima",
      "Jenis penerima",
      "Peringkat",
      "Kategori",
      "Tingkat",
      "Provinsi",
      "Tahun",
      "Status",
      "Jumlah sumber",
      "Kutipan bukti",
      "Alamat artikel",
      "Judul artikel",
      "Tanggal artikel",
    ]);
    expect(rows).toHaveLength(SEEDED + 1);
    const byName = new Map(rows.map((r) => [r[0], r]));
    expect(byName.get(AWKWARD_NAME)?.[9]).toBe(
      'Desa "Sumber Rejo", Kecamatan Ngaglik, juara satu;\nkategori desa',
    );
    expect(byName.get(AWKWARD_NAME)?.[11]).toBe(
      'Daftar Pemenang Paritrana Award 2024 se-Jawa Timur: "Desa Sumber Rejo" Juara',
    );
    expect(byName.has(LINE_BREAK_NAME)).toBe(true);
    expect(byName.has(FORMULA_NAME)).toBe(false);
    expect(byName.get(`'${FORMULA_NAME}`)?.[6]).toBe("2024");
    expect(all.text).toContain(`"'=HYPERLINK(""http://contoh.example"",""klik"")"`);
    expect(byName.get("Kota Malang")?.slice(2, 9)).toEqual([
      "2",
      "pemerintah_kabupaten_kota",
      "provinsi",
      "Jawa Timur",
      "2024",
      "extracted",
      "1",
    ]);

    // the filtered view, with "," chosen as the separator
    await choose(table, "Tahun", "2023");
    await choose(table, "Pemisah CSV", ",");
    const view = await table.download(() => clickControl(table, /^CSV tampilan/));
    const viewRows = parse(view.text, ",");
    expect(view.text.split("\r\n")[0]).toContain("Penerima,Jenis penerima,");
    expect(
      viewRows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(["Kabupaten Sidoarjo", "PT Baja Nusantara Tbk", "Provinsi Jawa Tengah"]);
  });
});

describe("backup", () => {
  it("carries every record and the reader's decisions into a fresh profile; a foreign file is refused", async () => {
    const table = await seededTable();
    // a decision of the reader that the backup must carry
    await openRecord(table, "Kota Malang");
    await clickControl(table, "Tolak", "button", "dialog[open]");
    await expect.poll(() => textOf(table), { timeout: 15_000 }).toContain("Penghargaan ditolak");
    await table.press("Escape");
    // the rejection has reached the store before the backup is taken
    await expect
      .poll(async () => (await stored()).find((r) => r.awardee === "Kota Malang")?.status, {
        timeout: 15_000,
      })
      .toBe("rejected");
    const before = await stored();
    const backup = await table.download(() => clickControl(table, /^Unduh cadangan/));
    expect(backup.name).toMatch(/\.json$/);
    expect(JSON.parse(backup.text).records).toHaveLength(SEEDED);
    await driver.close();

    driver = await launchDriver();
    const fresh = await driver.openExtensionPage("table.html");
    expect(await textOf(fresh, "h1, h2")).toBeTruthy();
    expect(await textOf(fresh)).toContain("Belum ada penghargaan tersimpan");

    await fresh.chooseFile("lain.json", JSON.stringify({ hello: "world" }));
    await expect
      .poll(() => textOf(fresh, "[role=alert]"), { timeout: 15_000 })
      .toMatch(/bukan cadangan Paritrana Lens/);
    expect(await stored()).toEqual([]);

    await fresh.chooseFile("cadangan.json", backup.text);
    await expect
      .poll(() => textOf(fresh), { timeout: 15_000 })
      .toContain(`Cadangan diimpor: ${SEEDED} baru, 0 digabung.`);
    expect(await stored()).toEqual(before);
    await expect
      .poll(() => textOf(fresh, "#table-count"), { timeout: 15_000 })
      .toBe(`Menampilkan ${SEEDED - 1} dari ${SEEDED} penghargaan`);

    // importing the same file again merges, adding nothing
    await fresh.chooseFile("cadangan.json", backup.text);
    await expect
      .poll(() => textOf(fresh), { timeout: 15_000 })
      .toContain(`Cadangan diimpor: 0 baru, ${SEEDED} digabung.`);
    expect(await stored()).toEqual(before);
  });
});
