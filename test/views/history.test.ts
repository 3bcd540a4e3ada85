import { describe, expect, it } from "vitest";
import { canonicalName, historyKey } from "../../lib/views/awardee";
import { historyOf } from "../../lib/views/history";
import { article, BALI_A, row } from "../fixtures/rounds";

describe("an awardee's history", () => {
  it("gathers every year, round and category of one government however the articles spelled it", () => {
    const rows = [
      row({ awardee: "Kabupaten Gianyar", year: 2024, rank: 1 }, BALI_A),
      row(
        { awardee: "Pemkab Gianyar", year: 2023, rank: 3 },
        article("https://a.example/2023", "2023-11-02"),
      ),
      row({ awardee: "Kab. Gianyar", year: 2022, rank: 2 }, article("https://b.example/2022", "2022-10-30")),
      row(
        { awardee: "Kabupaten Gianyar", year: 2024, scope: "nasional", rank: 2 },
        article("https://c.example/nasional", "2024-12-10"),
      ),
      row({ awardee: "Kota Gianyar Contoh", awardeeType: "kota", year: 2024 }, BALI_A),
      row({ awardee: "Kabupaten Badung", year: 2024 }, BALI_A),
    ];
    const history = historyOf(rows, { awardee: "Pemkab Gianyar", awardeeType: "kabupaten" });
    expect(history.name).toBe("Kabupaten Gianyar");
    expect(history.entries.map((e) => [e.year, e.scope, e.rank])).toEqual([
      [2024, "nasional", 2],
      [2024, "provinsi", 1],
      [2023, "provinsi", 3],
      [2022, "provinsi", 2],
    ]);
  });

  it("leaves rejected records out", () => {
    const rows = [
      row({ year: 2024 }, BALI_A),
      { ...row({ year: 2023 }, BALI_A), status: "rejected" as const },
    ];
    expect(historyOf(rows, rows[0] as never).entries.map((e) => e.year)).toEqual([2024]);
  });

  it("keeps a regency and a city of one name apart, and a business by the same-award rule", () => {
    expect(historyKey("Kabupaten Malang", "kabupaten")).not.toBe(historyKey("Kota Malang", "kota"));
    expect(historyKey("Pemerintah Kota Malang", "kota")).toBe(historyKey("Kota Malang", "kota"));
    expect(historyKey("PT Tirta Segara Tbk", "badan_usaha")).toBe(historyKey("Tirta Segara", "badan_usaha"));
  });

  it("names the awardee as the reader corrected it, else as most records write it", () => {
    const rec = (awardee: string, corrected = false) => ({
      awardee,
      correctedFields: corrected ? ["awardee"] : [],
    });
    expect(canonicalName([rec("Kab. Gianyar"), rec("Kabupaten Gianyar"), rec("Kabupaten Gianyar")])).toBe(
      "Kabupaten Gianyar",
    );
    expect(canonicalName([rec("Kab. Gianyar"), rec("Kabupaten Gianyar"), rec("Gianyar", true)])).toBe(
      "Gianyar",
    );
  });
});
