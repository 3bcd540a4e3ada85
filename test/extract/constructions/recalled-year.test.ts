import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A recalled edition carries over the result sentences after it (constructions/recalled-year.ts),
// and a year governs the names after it.
const years = (text: string) => summary(text).records.map((r) => `${r.awardee}|${r.year}`);

describe("recalled years", () => {
  it("carries a recalled edition to the result sentences that follow it", () => {
    const text = [
      "BPJS Ketenagakerjaan menyiapkan Paritrana Award 2019 bagi daerah dan perusahaan.",
      "Paritrana Award 2018 yang lalu diraih oleh Pemerintah Provinsi Bali. Sementara kabupaten yang meraih penghargaan ini adalah Kabupaten Badung.",
      "Kategori usaha besar diterima oleh PT Segara Permai.",
    ].join("\n");
    expect(years(text)).toEqual(["Provinsi Bali|2018", "Kabupaten Badung|2018", "PT Segara Permai|2018"]);
  });

  it("stops carrying at a sentence about this year", () => {
    const text = [
      "Penyerahan Paritrana Award 2021 digelar di Jakarta.",
      "Paritrana Award 2020 lalu dimenangi Provinsi Jambi.",
      "Tahun ini penghargaan diraih Provinsi Riau.",
    ].join("\n");
    expect(years(text)).toEqual(["Provinsi Jambi|2020", "Provinsi Riau|2021"]);
  });

  it("lets each year govern the names after it", () => {
    const text =
      "Penganugerahan Paritrana Award 2024 digelar. Sebelumnya, pada tahun 2019 Provinsi Gorontalo meraih juara pertama, tahun 2020 Provinsi Sulawesi Utara meraih juara kedua.";
    expect(years(text)).toEqual(["Provinsi Gorontalo|2019", "Provinsi Sulawesi Utara|2020"]);
  });
});
