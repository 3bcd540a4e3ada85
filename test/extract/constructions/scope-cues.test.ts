import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// Where a round is held: "se-" with a province of several words, "Di Provinsi X, …", and a
// round's province holding for the sentences after its cue.
const scopes = (text: string) => summary(text).records.map((r) => `${r.awardee}|${r.scope}|${r.province}`);

describe("scope cues", () => {
  it("reads 'se-' before a province of several words", () => {
    expect(
      scopes(
        "Kabupaten Minahasa meraih Harapan I Paritrana Award 2024 kategori kabupaten/kota se-Sulawesi Utara.",
      ),
    ).toEqual(["Kabupaten Minahasa|provinsi|Sulawesi Utara"]);
    expect(scopes("Kota Mataram menjadi juara pertama Paritrana Award 2023 se-Nusa Tenggara Barat.")).toEqual(
      ["Kota Mataram|provinsi|Nusa Tenggara Barat"],
    );
  });

  it("reads 'Di Provinsi X,' opening the sentence that introduces the winners", () => {
    const text =
      "Paritrana Award 2024 diserahkan di Ternate.\nDi Provinsi Maluku Utara, penghargaan tahun ini diberikan dalam dua kategori, yaitu:\nKategori Pemerintah Daerah: Pemerintah Kota Ternate";
    expect(scopes(text)).toEqual(["Kota Ternate|provinsi|Maluku Utara"]);
  });

  it("holds a round's province for the sentences after its cue", () => {
    const text = [
      "Penganugerahan Paritrana Award 2024 tingkat Provinsi Papua Barat digelar bersama Papua Barat Daya.",
      "Pada tingkat Provinsi Papua Barat, juara pertama diraih oleh Pemerintah Kabupaten Manokwari.",
      "Sementara itu, pada tingkat Provinsi Papua Barat Daya kategori pemerintah daerah dijuarai Pemerintah Kabupaten Raja Ampat.",
      "Kategori pemerintah desa dijuarai oleh Kampung Malaumkarta.",
    ].join("\n");
    expect(scopes(text)).toEqual([
      "Kabupaten Manokwari|provinsi|Papua Barat",
      "Kabupaten Raja Ampat|provinsi|Papua Barat Daya",
      "Kampung Malaumkarta|provinsi|Papua Barat Daya",
    ]);
  });

  it("reads a governor handing the award over as the province's round", () => {
    for (const text of [
      "Kabupaten Sleman menerima Paritrana Award 2023 terbaik 2. Penghargaan diserahkan oleh Wakil Gubernur DIY di Yogyakarta.",
      "Wali Kota Madiun menerima Penghargaan Paritrana Award 2023 dari Pj Gubernur Provinsi Jatim, Rabu (28/2).",
      "Gubernur Bali menyerahkan Paritrana Award 2022 kepada Kabupaten Badung sebagai peringkat terbaik I.",
    ])
      expect(scopes(text)[0]?.split("|")[1], text).toBe("provinsi");
    // Congratulating is not handing over.
    expect(
      scopes(
        "Provinsi Sulawesi Selatan meraih terbaik kedua Paritrana Award 2020. Gubernur Sulsel memberikan selamat.",
      ),
    ).toEqual(["Provinsi Sulawesi Selatan|nasional|null"]);
  });
});
