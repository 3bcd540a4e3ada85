import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A win announced before its details, on a page that writes no edition with the award's name
// (constructions/ceremony-dated.ts), and a winner's record of years in one sentence (records.ts).
const lines = (text: string) =>
  summary(text).lines.map((l) =>
    l
      .split("|")
      .filter((_, i) => [0, 2, 6].includes(i))
      .join("|"),
  );

describe("a win announced before its details", () => {
  it("is the record whose year the text states, not an award of the ceremony's year", () => {
    for (const text of [
      "Pemkab Lumajang kembali meraih Paritrana Award. Lumajang meraih peringkat kedua tingkat Provinsi Jawa Timur untuk penilaian tahun 2023. Penghargaan diserahkan di Surabaya, Selasa (21/5/2024).",
      "Pemerintah Kabupaten Lumajang menerima penghargaan Paritrana Award di Surabaya, Selasa (21/5/2024). Untuk capaian tahun 2023, Kabupaten Lumajang meraih peringkat kedua.",
      "Kabupaten Lumajang berhasil meraih Paritrana Award dari BPJS Ketenagakerjaan, Selasa (21/5/2024). Pada penilaian tahun 2024, Lumajang meraih peringkat kedua.",
    ]) {
      const got = lines(text);
      expect(got.length, text).toBe(1);
      expect(got[0], text).toMatch(/^Kabupaten Lumajang\|2\|202[34]$/);
    }
  });

  it("stays an award of its own beside an older win the page recalls", () => {
    const text =
      "Pemkab Lumajang meraih Paritrana Award tingkat Provinsi Jawa Timur di Surabaya, Selasa (21/5/2024). Pada 2019, Lumajang juga meraih peringkat ketiga.";
    expect(lines(text)).toEqual(["Kabupaten Lumajang|null|2024", "Kabupaten Lumajang|3|2019"]);
  });
});

describe("a winner's record of years in one sentence", () => {
  it("gives each year the place written after it", () => {
    const lead = "Paritrana Award 2024 tingkat Provinsi Jawa Timur diserahkan.\n";
    for (const sentence of [
      "Sebelumnya, pada 2022 Lumajang meraih peringkat pertama, dan pada 2021 meraih peringkat ketiga.",
      "Lumajang pernah meraih juara I pada tahun 2022 serta juara III pada tahun 2021.",
    ])
      expect(lines(lead + sentence).sort(), sentence).toEqual([
        "Kabupaten Lumajang|1|2022",
        "Kabupaten Lumajang|3|2021",
      ]);
  });
});
