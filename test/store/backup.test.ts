import { describe, expect, it } from "vitest";
import { BACKUP_FORMAT } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, BANK_FIELDS, toSave } from "../fixtures/records";
import { openStore } from "./stores";

/** A store with a corrected, a rejected and a plain record. */
async function filledStore() {
  const store = await openStore();
  const { records } = await store.saveArticle(ARTICLE_A, [
    toSave(),
    toSave(BANK_FIELDS),
    toSave({ awardee: "Kota Denpasar", awardeeType: "kota" }),
  ]);
  const [gianyar, bank] = records;
  if (!gianyar || !bank) throw new Error("not saved");
  await store.correct(gianyar.id, { rank: 2, rankLabel: "juara II" });
  await store.reject(bank.id);
  return store;
}

describe("export and import", () => {
  it("restores every record, with its status, corrections and sources, into an empty store", async () => {
    const backup = await (await filledStore()).exportBackup();
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.records).toHaveLength(3);

    const fresh = await openStore();
    // The file as the reader saved it: JSON text.
    expect(await fresh.importBackup(JSON.stringify(backup))).toEqual({ created: 3, merged: 0, skipped: 0 });
    expect((await fresh.exportBackup()).records).toEqual(backup.records);
    expect((await fresh.list({ includeRejected: true })).map((r) => r.status).sort()).toEqual([
      "corrected",
      "extracted",
      "rejected",
    ]);
  });

  it("importing the same backup twice changes nothing the second time", async () => {
    const store = await filledStore();
    const backup = await store.exportBackup();
    expect(await store.importBackup(backup)).toEqual({ created: 0, merged: 3, skipped: 0 });
    expect((await store.exportBackup()).records).toEqual(backup.records);
  });

  it("merges a backup's records into the same awards already read, keeping the reader's decisions", async () => {
    const backup = await (await filledStore()).exportBackup();
    // Another browser has read the same awards from another article, without any corrections.
    const other = await openStore();
    await other.saveArticle(ARTICLE_B, [toSave({ rank: 1 }), toSave(BANK_FIELDS)]);
    expect(await other.importBackup(backup)).toEqual({ created: 1, merged: 2, skipped: 0 });

    const all = await other.list({ includeRejected: true });
    expect(all).toHaveLength(3);
    const gianyar = all.find((r) => r.awardee === "Kabupaten Gianyar");
    expect([gianyar?.rank, gianyar?.status]).toEqual([2, "corrected"]);
    expect(gianyar?.sources.map((s) => s.url)).toEqual([ARTICLE_B.url, ARTICLE_A.url]);
    expect(all.find((r) => r.awardee === "PT Bank Contoh Tbk")?.status).toBe("rejected");
    // A rejected award stays rejected after the import, even when read again.
    await other.saveArticle(ARTICLE_B, [toSave(BANK_FIELDS)]);
    expect((await other.list()).map((r) => r.awardee)).not.toContain("PT Bank Contoh Tbk");
  });

  describe("refuses a file it cannot trust, with a clear message, and changes nothing", async () => {
    const cases: [string, (backup: Record<string, unknown>) => unknown, RegExp][] = [
      ["text that is not JSON", () => "{ not json", /the file is not JSON/],
      ["a file from another program", (b) => ({ ...b, format: "other-app" }), /not a Paritrana Lens backup/],
      ["an array", () => [1, 2], /not a Paritrana Lens backup/],
      ["a backup from a newer version", (b) => ({ ...b, version: 99 }), /newer version of Paritrana Lens/],
      [
        "one damaged record among good ones",
        (b) => ({
          ...b,
          records: (b.records as Record<string, unknown>[]).map((r, i) =>
            i === 2 ? { ...r, year: "2024" } : r,
          ),
        }),
        /the file is damaged: records\[2\]\.year: expected number/,
      ],
      [
        "a source link that is not a web address",
        (b) => ({
          ...b,
          records: (b.records as { sources: { url: string }[] }[]).map((r) => ({
            ...r,
            sources: r.sources.map((s) => ({ ...s, url: "javascript:alert(1)" })),
          })),
        }),
        /records\[0\]\.sources\[0\]\.url: article URL must be an http\(s\) address/,
      ],
    ];
    for (const [what, damage, message] of cases) {
      it(what, async () => {
        const good = await (await filledStore()).exportBackup();
        const target = await openStore();
        await target.saveArticle(ARTICLE_B, [toSave({ year: 2022 })]);
        const before = await target.exportBackup();
        const bad = damage(structuredClone(good) as unknown as Record<string, unknown>);
        await expect(target.importBackup(bad)).rejects.toThrow(message);
        await expect(target.importBackup(bad)).rejects.toThrow(/^Backup not imported, nothing was changed: /);
        expect((await target.exportBackup()).records).toEqual(before.records);
      });
    }
  });
});
