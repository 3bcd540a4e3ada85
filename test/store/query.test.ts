import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type AwardStore, openAwardStore } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, BANK_FIELDS, freshDbName, toSave } from "../fixtures/records";

let store: AwardStore;
beforeEach(async () => {
  store = await openAwardStore(freshDbName());
  await store.saveArticle(ARTICLE_A, [
    toSave(),
    toSave({ awardee: "Kota Denpasar", awardeeType: "kota", rank: 2, rankLabel: "juara II" }),
    toSave({ year: 2023, rank: 3, rankLabel: "juara III" }),
    toSave({ awardee: "Desa Contoh", awardeeType: "desa", category: "pemerintah_desa", rank: 1 }),
  ]);
  await store.saveArticle(ARTICLE_B, [
    toSave({ awardee: "Kabupaten Sumenep", province: "Jawa Timur", rank: 1 }),
  ]);
  await store.saveArticle(ARTICLE_C, [toSave(BANK_FIELDS)]);
});
afterEach(() => store.close());

const names = (records: { awardee: string; year: number | null }[]) =>
  records.map((r) => `${r.awardee} ${r.year}`);

describe("list", () => {
  it("lists every record, newest year first, then by name and rank", async () => {
    expect(names(await store.list())).toEqual([
      "Desa Contoh 2024",
      "Kabupaten Gianyar 2024",
      "Kabupaten Sumenep 2024",
      "Kota Denpasar 2024",
      "Kabupaten Gianyar 2023",
      "PT Bank Contoh Tbk 2023",
    ]);
  });

  it("filters by year, category and province, alone and together", async () => {
    expect(names(await store.list({ year: 2023 }))).toEqual([
      "Kabupaten Gianyar 2023",
      "PT Bank Contoh Tbk 2023",
    ]);
    expect(names(await store.list({ category: "pemerintah_desa" }))).toEqual(["Desa Contoh 2024"]);
    expect(names(await store.list({ province: "Jawa Timur" }))).toEqual(["Kabupaten Sumenep 2024"]);
    expect(
      names(await store.list({ year: 2024, province: "Bali", category: "pemerintah_kabupaten_kota" })),
    ).toEqual(["Kabupaten Gianyar 2024", "Kota Denpasar 2024"]);
  });

  it("finds an awardee however its name is written", async () => {
    expect(names(await store.list({ awardee: "kabupaten gianyar" }))).toEqual([
      "Kabupaten Gianyar 2024",
      "Kabupaten Gianyar 2023",
    ]);
    expect(names(await store.list({ awardee: "Bank Contoh" }))).toEqual(["PT Bank Contoh Tbk 2023"]);
    expect(names(await store.list({ search: "contoh" }))).toEqual([
      "Desa Contoh 2024",
      "PT Bank Contoh Tbk 2023",
    ]);
  });

  it("filters by status and hides rejected records unless asked", async () => {
    const [denpasar] = await store.list({ awardee: "Kota Denpasar" });
    const [desa] = await store.list({ awardee: "Desa Contoh" });
    if (!denpasar || !desa) throw new Error("fixture missing");
    await store.reject(denpasar.id);
    await store.correct(desa.id, { rank: 2 });
    expect(names(await store.list({ status: "rejected" }))).toEqual(["Kota Denpasar 2024"]);
    expect(names(await store.list({ status: "corrected" }))).toEqual(["Desa Contoh 2024"]);
    expect(await store.list({ year: 2024 })).toHaveLength(3);
    expect(await store.list({ year: 2024, includeRejected: true })).toHaveLength(4);
  });

  it("refuses a query it does not understand", async () => {
    await expect(store.list({ year: "2024" } as never)).rejects.toThrow(
      /Query refused.*year: expected number/,
    );
    await expect(store.list({ colour: "red" } as never)).rejects.toThrow(/unknown field\(s\) colour/);
  });
});

describe("listRows", () => {
  it("pages through every record, rejected included, as the table's lean rows", async () => {
    const all = await store.list({ includeRejected: true });
    await store.reject(all[0]?.id as string);
    const first = await store.listRows({ limit: 4 });
    expect(first.total).toBe(all.length);
    expect(first.rows).toHaveLength(4);
    const rest = await store.listRows({ after: first.next as string, limit: 4 });
    expect(rest.next).toBeNull();
    expect(rest.total).toBeUndefined();
    const rows = [...first.rows, ...rest.rows];
    expect(rows.map((r) => r.id).sort()).toEqual(all.map((r) => r.id).sort());
    expect(rows.filter((r) => r.status === "rejected")).toHaveLength(1);
    const bank = rows.find((r) => r.awardee === "PT Bank Contoh Tbk");
    expect(bank?.sourceCount).toBe(1);
    expect(bank?.firstSource?.url).toBe(ARTICLE_C.url);
    expect(bank).not.toHaveProperty("sources");
  });

  it("refuses a page size beyond the limit", async () => {
    await expect(store.listRows({ limit: 0 })).rejects.toThrow(/Page refused/);
  });
});
