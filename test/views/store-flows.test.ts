// The views on what the store really holds: two articles that contradict each other, saved as the
// content script saves them, show one conflict, and the reader's choice goes through the store.
import { describe, expect, it } from "vitest";
import type { StoredRecord } from "../../lib/records/schema";
import { toTableRow } from "../../lib/table/rows";
import { findConflicts, resolutionOf } from "../../lib/views/conflicts";
import { toSave } from "../fixtures/records";
import { article } from "../fixtures/rounds";
import { openStore } from "../store/stores";

const rowsOf = async (store: Awaited<ReturnType<typeof openStore>>) =>
  (await store.list({ includeRejected: true })).map(toTableRow);

async function apply(
  store: Awaited<ReturnType<typeof openStore>>,
  choose: (c: ReturnType<typeof findConflicts>[number]) => number,
) {
  const rows = await rowsOf(store);
  const [conflict] = findConflicts(rows);
  if (!conflict) throw new Error("no conflict");
  const chosen = conflict.readings[choose(conflict)];
  const saved: StoredRecord[] = [];
  for (const { id, patch } of resolutionOf(
    conflict,
    chosen as never,
    new Map(rows.map((r) => [r.id, r])),
    "juara 3",
  ))
    saved.push(await store.correct(id, patch));
  return saved;
}

describe("conflicts in the store", () => {
  it("keeps a second article's other place, shows it as one conflict, and a correction settles it", async () => {
    const store = await openStore();
    await store.saveArticle(article("https://satu.example/a"), [toSave({ rank: 2, rankLabel: "juara 2" })]);
    await store.saveArticle(article("https://dua.example/b"), [toSave({ rank: 3, rankLabel: "juara 3" })]);
    const rows = await rowsOf(store);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.outlets).toBe(2);
    expect(findConflicts(rows).map((c) => c.readings.map((r) => r.value))).toEqual([[2, 3]]);

    const [saved] = await apply(store, () => 1);
    expect(saved?.rank).toBe(3);
    expect(saved?.rankLabel).toBe("juara 3");
    expect(saved?.correctedFields).toContain("rank");
    // both articles stay its sources; nothing disagrees any more
    expect(saved?.sources).toHaveLength(2);
    expect(findConflicts(await rowsOf(store))).toEqual([]);
    // and re-reading the article that said 2 does not undo the choice
    await store.saveArticle(article("https://satu.example/a"), [toSave({ rank: 2, rankLabel: "juara 2" })]);
    expect((await store.list())[0]?.rank).toBe(3);
  });

  it("makes a win reported under two years one record of the chosen year, with both articles", async () => {
    const store = await openStore();
    await store.saveArticle(article("https://satu.example/a", "2019-12-03"), [toSave({ year: 2019 })]);
    await store.saveArticle(article("https://dua.example/b", "2019-12-04"), [
      toSave({ year: 2018, awardee: "Pemkab Gianyar" }),
    ]);
    expect(await store.count()).toBe(2);
    await apply(store, (c) => c.readings.findIndex((r) => r.value === 2019));
    const records = await store.list({ includeRejected: true });
    expect(records).toHaveLength(1);
    expect(records[0]?.year).toBe(2019);
    expect(records[0]?.awardee).toBe("Kabupaten Gianyar");
    expect(records[0]?.sources.map((s) => s.url).sort()).toEqual([
      "https://dua.example/b",
      "https://satu.example/a",
    ]);
    expect(findConflicts(await rowsOf(store))).toEqual([]);
  });
});
