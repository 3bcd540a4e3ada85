import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

const lead = "Penyerahan Paritrana Award 2024 tingkat provinsi digelar di Padang.\n";
const names = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 2).join("|"));

describe("village names under their region's own word", () => {
  it("keeps the local word and types the awardee as desa", () => {
    expect(names("Kategori pemerintah desa juara pertama diraih Nagari Koto Tinggi.")).toEqual([
      "Nagari Koto Tinggi|desa",
    ]);
    expect(names("Juara kedua kategori desa diraih Tiyuh Marga Jaya.")).toEqual(["Tiyuh Marga Jaya|desa"]);
    expect(names("Terbaik ketiga kategori desa diraih Lembang Sarira.")).toEqual(["Lembang Sarira|desa"]);
    expect(names("Juara pertama kategori desa diraih Kalurahan Sidomulyo.")).toEqual([
      "Kalurahan Sidomulyo|desa",
    ]);
    expect(names("Juara kedua kategori desa diraih Gampong Meunasah Baro.")).toEqual([
      "Gampong Meunasah Baro|desa",
    ]);
  });

  it("reads the local word with the national word in parentheses", () => {
    expect(names("Juara kedua kategori desa diraih Tiyuh (Desa) Karta Raharja.")).toEqual([
      "Tiyuh Karta Raharja|desa",
    ]);
    expect(names("Juara pertama kategori desa diraih Pekon (Desa) Sinar Harapan.")).toEqual([
      "Pekon Sinar Harapan|desa",
    ]);
    expect(names("Juara ketiga kategori desa diraih Negeri (Desa) Hatu.")).toEqual(["Negeri Hatu|desa"]);
  });

  it("does not read the everyday words as a village", () => {
    expect(
      names(
        "Penghargaan diserahkan Menteri Dalam Negeri Budi Santoso kepada PT Laut Biru sebagai juara pertama.",
      ),
    ).toEqual(["PT Laut Biru|badan_usaha"]);
    expect(names("Pemkab Agam meraih juara pertama, kabar gembira bagi warga kampung halaman.")).toEqual([
      "Kabupaten Agam|kabupaten",
    ]);
    expect(names("Kampung Baru, Distrik Sentani, meraih juara pertama kategori desa.")).toEqual([
      "Kampung Baru|desa",
    ]);
    expect(
      names("Penghargaan diserahkan di Kejaksaan Negeri Ambon kepada PT Laut Biru sebagai juara pertama."),
    ).toEqual(["PT Laut Biru|badan_usaha"]);
    expect(names("Kategori desa: Juara I Negeri Hila, Juara II Negeri Tulehu.")).toEqual([
      "Negeri Hila|desa",
      "Negeri Tulehu|desa",
    ]);
  });
});
