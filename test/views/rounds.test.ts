import { describe, expect, it } from "vitest";
import { buildSheet, listRounds, roundKeyOf } from "../../lib/views/rounds";
import { BALI_A, baliRound, row } from "../fixtures/rounds";

const names = (rows: { awardee: string }[]) => rows.map((r) => r.awardee);

describe("rounds", () => {
  it("lists each year's national round and each province's round with their record counts", () => {
    const rows = [
      ...baliRound(),
      row(
        {
          province: "Provinsi Bali",
          awardee: "Desa Sukawati",
          awardeeType: "desa",
          category: "pemerintah_desa",
        },
        BALI_A,
      ),
      row({ scope: "nasional", province: "Bali", year: 2024 }, BALI_A),
      row({ scope: "provinsi", province: "Jawa Timur", awardee: "Kota Malang", awardeeType: "kota" }, BALI_A),
      row({ year: 2023, awardee: "Kabupaten Klungkung" }, BALI_A),
      row({ year: null, awardee: "Kabupaten Jembrana" }, BALI_A),
    ];
    const rounds = listRounds(rows);
    expect(rounds.map((r) => [r.year, r.scope, r.province, r.count])).toEqual([
      [2024, "nasional", null, 1],
      // "Provinsi Bali" is the Bali round, named as most of its records write it
      [2024, "provinsi", "Bali", 8],
      [2024, "provinsi", "Jawa Timur", 1],
      [2023, "provinsi", "Bali", 1],
    ]);
    expect(roundKeyOf({ year: null, scope: "nasional", province: null })).toBeNull();
  });

  it("leaves rejected records out of the counts and the sheet", () => {
    const rows = baliRound().map((r) =>
      r.awardee === "Kota Denpasar" ? { ...r, status: "rejected" as const } : r,
    );
    const [bali] = listRounds(rows);
    expect(bali?.count).toBe(6);
    const sheet = buildSheet(rows, bali?.key as string);
    expect(sheet[0]?.places[2]).toEqual([]);
  });

  it("sets the round out as an organiser's sheet: categories down, places across, others after", () => {
    const rows = baliRound();
    const [bali] = listRounds(rows);
    const sheet = buildSheet(rows, bali?.key as string);
    expect(sheet.map((line) => line.category)).toEqual([
      "pemerintah_kabupaten_kota",
      "usaha_besar",
      "usaha_kecil_mikro",
    ]);
    const regencies = sheet[0];
    expect(regencies?.places.map(names)).toEqual([
      ["Kabupaten Gianyar"],
      ["Kabupaten Badung"],
      ["Kota Denpasar"],
    ]);
    // fourth place, then the award whose place no article stated
    expect(names(regencies?.other ?? [])).toEqual(["Kabupaten Tabanan", "Kabupaten Bangli"]);
    expect(regencies?.places[0][0]?.sourceCount).toBe(3);
    // gaps: the business rows have empty places
    expect(sheet[1]?.places.map((p) => p.length)).toEqual([1, 0, 0]);
    expect(sheet[2]?.places.map((p) => p.length)).toEqual([0, 1, 0]);
  });

  it("puts two awardees a place has (a tie, or sources that disagree) in one cell, the better supported first", () => {
    const rows = [
      row({ awardee: "Kabupaten Karangasem", rank: 1 }, BALI_A),
      row({ awardee: "Kabupaten Buleleng", rank: 1 }, BALI_A, {
        article: { ...BALI_A, url: "https://lain.example/berita" },
      }),
    ];
    const [round] = listRounds(rows);
    expect(names(buildSheet(rows, round?.key as string)[0]?.places[0] ?? [])).toEqual([
      "Kabupaten Buleleng",
      "Kabupaten Karangasem",
    ]);
  });
});
