import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

// Each sentence is our own; the award name and a year anchor them as results.
const lead = "Penganugerahan Paritrana Award 2024 tingkat nasional digelar di Jakarta.\n";

describe("rank phrasings", () => {
  it.each([
    ["Pemkab Sleman meraih peringkat pertama Paritrana Award 2024.", 1],
    ["Pemkab Sleman meraih juara kedua Paritrana Award 2024.", 2],
    ["Pemkab Sleman menjadi juara ketiga Paritrana Award 2024.", 3],
    ["Pemkab Sleman meraih peringkat kesatu Paritrana Award 2024.", 1],
    ["Pemkab Sleman meraih juara satu pada Paritrana Award 2024.", 1],
    ["Pemkab Sleman meraih juara 2 Paritrana Award 2024.", 2],
    ["Pemkab Sleman meraih juara III Paritrana Award 2024.", 3],
    ["Pemkab Sleman meraih juara ke-2 tahun 2024 dalam Paritrana Award.", 2],
    ["Pemkab Sleman mendapatkan Peringkat Terbaik I Paritrana Award 2024.", 1],
    ["Pemkab Sleman dinobatkan sebagai juara terbaik kedua Paritrana Award 2024.", 2],
    ["Pemkab Sleman berada di posisi ketiga Paritrana Award 2024.", 3],
    ["Pemkab Sleman menempati urutan pertama Paritrana Award 2024.", 1],
    ["Pemkab Sleman menjadi terbaik pertama di tingkat nasional pada Paritrana Award 2024.", 1],
    ["Pemkab Sleman meraih juara kedua di Paritrana Award 2024.", 2],
    ["Pemkab Sleman juga terbaik ketiga di ajang Paritrana Award 2024.", 3],
  ])("%s → %i", (sentence, rank) => {
    const { lines } = summary(lead + sentence);
    expect(lines).toEqual([
      `Kabupaten Sleman|kabupaten|${rank}|pemerintah_kabupaten_kota|nasional|null|2024`,
    ]);
  });

  it("gives unranked wins a null rank: terbaik, harapan", () => {
    const { lines } = summary(
      `${lead}Pemprov Riau terpilih sebagai provinsi terbaik pada Paritrana Award 2024.`,
    );
    expect(lines).toEqual(["Provinsi Riau|provinsi|null|pemerintah_provinsi|nasional|null|2024"]);
    const h = summary(`${lead}Pemkot Cimahi meraih juara harapan Paritrana Award 2024.`);
    expect(h.lines).toEqual(["Kota Cimahi|kota|null|pemerintah_kabupaten_kota|nasional|null|2024"]);
  });

  it("reads order words: dimenangkan … disusul, diikuti oleh", () => {
    const a = summary(
      `${lead}Kategori pemerintah provinsi dimenangkan oleh Provinsi Riau disusul Provinsi Jambi dan Provinsi Bengkulu.`,
    );
    expect(a.lines.map((l) => l.split("|").slice(0, 3).join("|"))).toEqual([
      "Provinsi Riau|provinsi|1",
      "Provinsi Jambi|provinsi|2",
      "Provinsi Bengkulu|provinsi|3",
    ]);
    const b = summary(
      `${lead}Kota Cimahi menempati urutan pertama yang diikuti oleh Kabupaten Sleman dan Kota Blitar.`,
    );
    expect(b.lines.map((l) => l.split("|")[2])).toEqual(["1", "2", "3"]);
  });

  it("pairs ranks listed in reverse order and bare ordinals", () => {
    const { lines } = summary(
      `${lead}Untuk kategori kabupaten/kota, juara ketiga diraih Kota Blitar, kedua Kabupaten Sleman dan pertama Kota Cimahi.`,
    );
    expect(lines.map((l) => l.split("|").slice(0, 3).join("|"))).toEqual([
      "Kota Blitar|kota|3",
      "Kabupaten Sleman|kabupaten|2",
      "Kota Cimahi|kota|1",
    ]);
  });

  it("reads flattened tables: 'Juara 1: X'", () => {
    const { lines } = summary(
      `${lead}Kategori Pemerintah Kabupaten/Kota\nJuara 1: Kabupaten Sleman\nJuara 2: Kota Blitar`,
    );
    expect(lines.map((l) => l.split("|").slice(0, 3).join("|"))).toEqual([
      "Kabupaten Sleman|kabupaten|1",
      "Kota Blitar|kota|2",
    ]);
  });

  it("is no win: candidates, nominees, finalists, top five, fourth place", () => {
    for (const s of [
      "Pemkab Sleman masuk nominasi Paritrana Award 2024.",
      "Pemkab Sleman menjadi kandidat Paritrana Award 2024.",
      "Pemkab Sleman menjadi finalis Paritrana Award 2024.",
      "Pemkab Sleman masuk lima besar nasional Paritrana Award 2024.",
      "Pemkab Sleman berada di peringkat ke-4 Paritrana Award 2024.",
    ]) {
      expect(summary(lead + s).lines, s).toEqual([]);
    }
  });
});
