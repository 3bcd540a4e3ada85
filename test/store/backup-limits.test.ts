// Backups a reader might really pick: huge files, files of other programs, files re-saved by an
// editor, and an import the browser fails halfway. Each is refused or undone, and nothing changes.
import { describe, expect, it, vi } from "vitest";
import { type Backup, MAX_BACKUP_CHARS, MAX_BACKUP_RECORDS } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, BANK_FIELDS, toSave } from "../fixtures/records";
import { contents, openStore } from "./stores";

/** A store holding a record the reader cares about, and its contents before any import. */
async function targetStore() {
  const store = await openStore();
  await store.saveArticle(ARTICLE_B, [toSave({ year: 2022 })]);
  return { store, before: await contents(store) };
}

/** A backup of `n` different awards, as another browser would export it. */
async function backupOf(n: number): Promise<Backup> {
  const source = await openStore();
  const records = Array.from({ length: n }, (_, i) =>
    toSave({ awardee: `Desa Contoh Nomor ${i}`, awardeeType: "desa", category: "pemerintah_desa" }),
  );
  await source.saveArticle(ARTICLE_A, records);
  return source.exportBackup();
}

describe("backup files a reader might pick by mistake", () => {
  const foreign: [string, unknown, RegExp][] = [
    ["an empty file", "", /the file is not JSON/],
    ["a CSV export", "awardee;rank;year\r\nKabupaten Gianyar;1;2024\r\n", /the file is not JSON/],
    ["an image", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", /the file is not JSON/],
    ["JSON null", "null", /not a Paritrana Lens backup/],
    ["a JSON number", "42", /not a Paritrana Lens backup/],
    [
      "a bare list of records",
      JSON.stringify([{ awardee: "Kabupaten Gianyar" }]),
      /not a Paritrana Lens backup/,
    ],
    ["a package.json", JSON.stringify({ name: "x", version: "1.0.0" }), /not a Paritrana Lens backup/],
  ];
  for (const [what, file, message] of foreign) {
    it(`refuses ${what} with a clear message and changes nothing`, async () => {
      const { store, before } = await targetStore();
      await expect(store.importBackup(file)).rejects.toThrow(message);
      await expect(store.importBackup(file)).rejects.toThrow(/^Backup not imported, nothing was changed: /);
      expect(await contents(store)).toEqual(before);
    });
  }

  it("reads a backup that a text editor re-saved with a byte order mark", async () => {
    const backup = await backupOf(2);
    const { store } = await targetStore();
    expect(await store.importBackup(`\uFEFF${JSON.stringify(backup, null, 2)}`)).toEqual({
      created: 2,
      merged: 0,
      skipped: 0,
    });
  });
});

describe("huge backups", () => {
  it(`refuses a file over ${MAX_BACKUP_CHARS / 1_000_000} MB before reading it, and changes nothing`, async () => {
    const { store, before } = await targetStore();
    // Only the size check can say "too large": a parse would say "not JSON".
    const huge = "x".repeat(MAX_BACKUP_CHARS + 1);
    await expect(store.importBackup(huge)).rejects.toThrow(
      /Backup not imported, nothing was changed: the file is too large \(200\.0 MB; a backup may be at most 200\.0 MB\)/,
    );
    expect(await contents(store)).toEqual(before);
  });

  it("takes any backup the product exports: the most records a backup may hold fit the size limit", async () => {
    // A record as large as readers' records get: two articles, long titles and quotes, corrected.
    const store = await openStore();
    const quote =
      "Pemerintah Kabupaten Gianyar kembali meraih peringkat pertama Paritrana Award tingkat Provinsi Bali untuk kategori pemerintah kabupaten dan kota";
    const long = {
      title: `${"Judul berita yang panjang tentang penghargaan ".repeat(3)}`,
      url: `${ARTICLE_B.url}/${"bagian-".repeat(12)}`,
    };
    const [record] = (
      await store.saveArticle(ARTICLE_A, [toSave({ categoryLabel: "kabupaten dan kota" }, quote)])
    ).records;
    await store.saveArticle({ ...ARTICLE_B, ...long }, [
      toSave({ categoryLabel: "kabupaten dan kota" }, quote),
    ]);
    await store.correct(record?.id as string, { rank: 2, rankLabel: "peringkat kedua" });
    const backup = await store.exportBackup();
    const perRecord = JSON.stringify(backup.records[0]).length;
    expect(perRecord * MAX_BACKUP_RECORDS).toBeLessThanOrEqual(MAX_BACKUP_CHARS);
  });

  it(`refuses more than ${MAX_BACKUP_RECORDS} records before checking each one, and changes nothing`, async () => {
    const { store, before } = await targetStore();
    const [one] = (await backupOf(1)).records;
    const backup = {
      format: "paritrana-lens-backup",
      version: 1,
      exportedAt: new Date().toISOString(),
      records: new Array(MAX_BACKUP_RECORDS + 1).fill(one),
    };
    await expect(store.importBackup(backup)).rejects.toThrow(
      `Backup not imported, nothing was changed: it holds ${MAX_BACKUP_RECORDS + 1} records, more than the ${MAX_BACKUP_RECORDS} one backup may hold.`,
    );
    expect(await contents(store)).toEqual(before);
  });

  it("imports a large collection (3,000 awards) completely from its JSON text", async () => {
    const backup = await backupOf(3000);
    const text = JSON.stringify(backup);
    const { store } = await targetStore();
    expect(await store.importBackup(text)).toEqual({ created: 3000, merged: 0, skipped: 0 });
    expect(await store.count()).toBe(3001);
    const after = await store.exportBackup();
    for (const record of backup.records) {
      expect(after.records.find((r) => r.id === record.id)).toEqual(record);
    }
  }, 60_000);
});

describe("an import the browser fails halfway", () => {
  for (const [what, error, message] of [
    ["a full disk", new DOMException("quota", "QuotaExceededError"), /storage for Paritrana Lens is full/],
    [
      "a write error",
      new DOMException("disk went away", "UnknownError"),
      /Could not save, so nothing was changed/,
    ],
  ] as const) {
    it(`changes nothing on ${what}: neither new records nor merges into existing ones`, async () => {
      // The backup holds an award the store already has (a merge) and new ones (creations).
      const source = await openStore();
      await source.saveArticle(ARTICLE_A, [
        toSave({ year: 2022 }),
        toSave(BANK_FIELDS),
        toSave({ awardee: "Kota Denpasar", awardeeType: "kota" }),
        toSave({ awardee: "Desa Contoh", awardeeType: "desa", category: "pemerintah_desa" }),
      ]);
      const backup = await source.exportBackup();
      const { store, before } = await targetStore();

      const realPut = IDBObjectStore.prototype.put;
      let puts = 0;
      vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (this: IDBObjectStore, ...args) {
        puts += 1;
        if (puts === 3) throw error;
        return realPut.apply(this, args);
      });
      await expect(store.importBackup(backup)).rejects.toThrow(message);
      vi.restoreAllMocks();
      expect(puts).toBe(3);
      expect(await contents(store)).toEqual(before);

      // Once the cause is gone, the same file imports whole.
      expect(await store.importBackup(backup)).toEqual({ created: 3, merged: 1, skipped: 0 });
    });
  }
});
