import { describe, expect, it } from "vitest";
import { recordSpans } from "../../lib/highlight/spans";

function paint(text: string, awardee: string, rankLabel: string | null) {
  const s = recordSpans(text, { start: 0, end: text.length }, { awardee, rankLabel });
  return {
    awardee: s.awardee.map((x) => text.slice(x.start, x.end)),
    rank: s.rank.map((x) => text.slice(x.start, x.end)),
  };
}

describe("recordSpans", () => {
  it("paints the name as written, with the government word before it", () => {
    expect(
      paint(
        "Pemerintah Kabupaten Lombok Tengah meraih juara pertama.",
        "Kabupaten Lombok Tengah",
        "juara pertama",
      ),
    ).toEqual({
      awardee: ["Pemerintah Kabupaten Lombok Tengah"],
      rank: ["juara pertama"],
    });
    expect(paint("Pemkab Tabanan raih Juara I.", "Kabupaten Tabanan", "juara I")).toEqual({
      awardee: ["Pemkab Tabanan"],
      rank: ["Juara I"],
    });
  });

  it("picks the rank nearest the awardee when a sentence names several winners", () => {
    const text =
      "Kabupaten Sumbawa Barat meraih juara kedua dan Kota Bima meraih juara ketiga, sedangkan Kota Mataram juara kedua lomba lain.";
    expect(paint(text, "Kota Bima", "juara ketiga")).toEqual({
      awardee: ["Kota Bima"],
      rank: ["juara ketiga"],
    });
    expect(paint(text, "Kabupaten Sumbawa Barat", "juara kedua")).toEqual({
      awardee: ["Kabupaten Sumbawa Barat"],
      rank: ["juara kedua"],
    });
  });

  it("matches whole words only and paints no rank for a plain winner", () => {
    expect(paint("Desa Bimasakti dan Kota Bima menerima penghargaan.", "Kota Bima", null)).toEqual({
      awardee: ["Kota Bima"],
      rank: [],
    });
    expect(paint("Kabupaten Bimasakti juara.", "Kota Bima", "juara")).toEqual({
      awardee: [],
      rank: ["juara"],
    });
  });

  it("takes letters beyond ASCII as part of a word and any white space before a leading word", () => {
    // "Tabanané" is another word; a no-break space still joins "Kabupaten" to the name.
    expect(paint("Tabanané dan Kabupaten\u00a0Tabanan juara I.", "Tabanan", "juara I").awardee).toEqual([
      "Kabupaten\u00a0Tabanan",
    ]);
    expect(paint("Warga Tabanané juara I.", "Tabanan", "juara I").awardee).toEqual([]);
  });
});
