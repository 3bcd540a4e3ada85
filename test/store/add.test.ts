import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pickFields } from "../../lib/records/merge";
import { type AwardStore, openAwardStore } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, freshDbName, GIANYAR_FIELDS, toSave } from "../fixtures/records";

let store: AwardStore;
beforeEach(async () => {
  store = await openAwardStore(freshDbName());
});
afterEach(() => store.close());

const DESA = {
  ...GIANYAR_FIELDS,
  awardee: "Desa Lebih",
  awardeeType: "desa" as const,
  category: "pemerintah_desa",
};

describe("addRecord (a win the extractor missed)", () => {
  it("stores a record typed from scratch with every field the reader filled marked as theirs", async () => {
    const { record, existed } = await store.addRecord({ fields: DESA });
    expect(existed).toBe(false);
    expect(record).toMatchObject({ ...DESA, status: "corrected", sources: [] });
    // categoryLabel was left blank: not a correction.
    expect(record.correctedFields).toHaveLength(8);
    expect(record.correctedFields).not.toContain("categoryLabel");
    expect(await store.get(record.id)).toEqual(record);
  });

  it("keeps the reader's fields when an article later reports the same award", async () => {
    const evidence = toSave({}, "Desa Lebih juara pertama").evidence;
    const { record } = await store.addRecord({
      fields: { ...DESA, rankLabel: "juara satu" },
      source: { article: ARTICLE_A, evidence },
    });
    expect(record.sources.map((s) => s.url)).toEqual([ARTICLE_A.url]);
    const saved = await store.saveArticle(ARTICLE_B, [toSave({ ...DESA, rankLabel: "peringkat pertama" })]);
    expect(saved.merged).toBe(1);
    const after = await store.get(record.id);
    expect(after?.rankLabel).toBe("juara satu");
    expect(after?.sources).toHaveLength(2);
  });

  it("adds to the stored record when the award already exists", async () => {
    const [stored] = (await store.saveArticle(ARTICLE_A, [toSave()])).records;
    const { record, existed } = await store.addRecord({
      fields: { ...pickFields(stored!), rank: 2, rankLabel: "juara II" },
    });
    expect(existed).toBe(true);
    expect(record.id).toBe(stored?.id);
    // Every field the reader filled in is theirs, as typed.
    expect(record.correctedFields).toEqual(expect.arrayContaining(["awardee", "rank", "rankLabel", "year"]));
    expect(record.correctedFields).not.toContain("categoryLabel");
    expect(await store.count()).toBe(1);
  });

  it("refuses an invalid record with a clear message and saves nothing", async () => {
    await expect(store.addRecord({ fields: { ...DESA, year: 1900 } })).rejects.toThrow(
      /Record refused, nothing was saved: fields.year: must be at least 2000/,
    );
    expect(await store.count()).toBe(0);
  });
});
