import { describe, expect, it } from "vitest";
import { conflictsById, findConflicts, resolutionOf } from "../../lib/views/conflicts";
import { article, BALI_A, BALI_B, BALI_C, row } from "../fixtures/rounds";

const byId = (rows: { id: string }[]) => new Map(rows.map((r) => [r.id, r])) as never;

describe("conflicts between sources", () => {
  it("finds one record whose articles gave the awardee different places, with each reading's articles", () => {
    const badung = row({ awardee: "Kabupaten Badung", rank: 2 }, BALI_A, {
      article: BALI_B,
      fields: { rank: 3 },
    });
    // the record keeps the first article's place; the second article's reading is not lost
    expect(badung.rank).toBe(2);
    const conflicts = findConflicts([badung, row({ awardee: "Kota Denpasar", rank: 3 }, BALI_C)]);
    expect(conflicts).toEqual([
      {
        kind: "rank",
        key: `rank:${badung.id}`,
        ids: [badung.id],
        readings: [
          { value: 2, ids: [badung.id], articles: [BALI_A.url] },
          { value: 3, ids: [badung.id], articles: [BALI_B.url] },
        ],
      },
    ]);
    expect(conflictsById(conflicts).get(badung.id)).toHaveLength(1);
  });

  it("sees no place conflict where the articles agree, where one stated no place, or once the reader corrected it", () => {
    const agree = row({ rank: 1 }, BALI_A, { article: BALI_B }, { article: BALI_C, fields: { rank: null } });
    const corrected = {
      ...row({ rank: 2 }, BALI_A, { article: BALI_B, fields: { rank: 3 } }),
      correctedFields: ["rank" as const],
    };
    const rejected = {
      ...row({ rank: 2 }, BALI_A, { article: BALI_B, fields: { rank: 3 } }),
      status: "rejected" as const,
    };
    expect(findConflicts([agree, corrected, rejected])).toEqual([]);
  });

  it("links one win reported under two years by articles about one ceremony", () => {
    const y2019 = row({ year: 2019, scope: "nasional" }, article("https://satu.example/a", "2019-12-03"));
    const y2018 = row({ year: 2018, scope: "nasional" }, article("https://dua.example/b", "2019-12-05"));
    const other = row({ year: 2019, scope: "nasional", awardee: "Kabupaten Badung" }, BALI_A);
    const [conflict, ...rest] = findConflicts([y2019, y2018, other]);
    expect(rest).toEqual([]);
    expect(conflict?.kind).toBe("year");
    expect(conflict?.ids).toEqual([y2019.id, y2018.id].sort());
    expect(conflict?.readings.map((r) => [r.value, r.ids])).toEqual([
      [2018, [y2018.id]],
      [2019, [y2019.id]],
    ]);
  });

  it("sees no year conflict in a repeat win a season apart, in one article recalling both years, or in other places", () => {
    const lastYear = row({ year: 2023 }, article("https://satu.example/2023", "2023-11-20"));
    const thisYear = row({ year: 2024 }, article("https://satu.example/2024", "2024-11-20"));
    expect(findConflicts([lastYear, thisYear])).toEqual([]);

    const recap = article("https://dua.example/rekap", "2024-11-22");
    const recalled = row({ year: 2023 }, recap);
    const current = row({ year: 2024 }, recap, { article: article("https://tiga.example/x", "2024-11-21") });
    expect(findConflicts([recalled, current])).toEqual([]);

    const second = row({ year: 2023, rank: 2 }, article("https://empat.example/x", "2024-11-21"));
    expect(findConflicts([second, row({ year: 2024, rank: 1 }, BALI_A)])).toEqual([]);
  });

  it("resolves a place by correcting it, with the chosen article's label", () => {
    const badung = row({ rank: 2 }, BALI_A, { article: BALI_B, fields: { rank: 3 } });
    const [conflict] = findConflicts([badung]);
    const third = conflict?.readings[1];
    expect(resolutionOf(conflict as never, third as never, byId([badung]), "juara ketiga")).toEqual([
      { id: badung.id, patch: { rank: 3, rankLabel: "juara ketiga" } },
    ]);
  });

  it("resolves a year by correcting the other record's year (and its spelling, so the store makes them one)", () => {
    const y2019 = row(
      { year: 2019, awardee: "Kabupaten Gianyar" },
      article("https://satu.example/a", "2019-12-03"),
    );
    const y2018 = row(
      { year: 2018, awardee: "Pemkab Gianyar" },
      article("https://dua.example/b", "2019-12-05"),
    );
    const [conflict] = findConflicts([y2019, y2018]);
    const chosen = conflict?.readings.find((r) => r.value === 2019);
    expect(resolutionOf(conflict as never, chosen as never, byId([y2019, y2018]))).toEqual([
      { id: y2018.id, patch: { year: 2019, awardee: "Kabupaten Gianyar", awardeeType: "kabupaten" } },
    ]);
  });
});
