import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

const lead = "Penyerahan Paritrana Award 2024 tingkat nasional digelar di Jakarta.\n";
const names = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 2).join("|"));

describe("government names take the register's form", () => {
  it("expands a regency's abbreviation after any prefix", () => {
    expect(names("Pemkab Muba meraih juara pertama.")).toEqual(["Kabupaten Musi Banyuasin|kabupaten"]);
    expect(names("Pemerintah Kabupaten TTU menjadi terbaik kedua.")).toEqual([
      "Kabupaten Timor Tengah Utara|kabupaten",
    ]);
    expect(names("Juara ketiga diraih Kabupaten Kukar.")).toEqual(["Kabupaten Kutai Kartanegara|kabupaten"]);
  });

  it("expands a city's short name after any prefix", () => {
    expect(names("Pemkot Tangsel meraih juara pertama.")).toEqual(["Kota Tangerang Selatan|kota"]);
    expect(names("Pemerintah Kota Yogya menjadi terbaik kedua.")).toEqual(["Kota Yogyakarta|kota"]);
    expect(names("Juara ketiga diraih Pemkot Solo.")).toEqual(["Kota Surakarta|kota"]);
  });

  it("writes a regency spelled as one word or two the register's way", () => {
    expect(names("Pemkab Kulonprogo meraih juara pertama.")).toEqual(["Kabupaten Kulon Progo|kabupaten"]);
    expect(names("Kabupaten Tulangbawang Barat menjadi terbaik kedua.")).toEqual([
      "Kabupaten Tulang Bawang Barat|kabupaten",
    ]);
    expect(names("Juara ketiga diraih Pemkab Gunung Kidul.")).toEqual(["Kabupaten Gunungkidul|kabupaten"]);
  });

  it("reads a province's short form, other spelling, or lower-case name after its prefix", () => {
    expect(names("Pemprov Sumatra Selatan meraih juara pertama.")).toEqual([
      "Provinsi Sumatera Selatan|provinsi",
    ]);
    expect(names("Terbaik kedua diraih oleh Pemprov sulawesi tengah.")).toEqual([
      "Provinsi Sulawesi Tengah|provinsi",
    ]);
    expect(names("Juara ketiga diraih Pemprov D.I. Yogyakarta.")).toEqual([
      "Provinsi DI Yogyakarta|provinsi",
    ]);
    expect(names("Juara ketiga diraih Pemprov D.I Yogyakarta.")).toEqual(["Provinsi DI Yogyakarta|provinsi"]);
  });

  it("expands a bare abbreviation in a list of winners", () => {
    expect(names("Kategori kabupaten/kota diraih Inhil, Kuansing dan Rohul.")).toEqual([
      "Kabupaten Indragiri Hilir|kabupaten",
      "Kabupaten Kuantan Singingi|kabupaten",
      "Kabupaten Rokan Hulu|kabupaten",
    ]);
    expect(names("Kategori pemerintah provinsi diraih Kaltim, NTB dan Sumsel.")).toEqual([
      "Provinsi Kalimantan Timur|provinsi",
      "Provinsi Nusa Tenggara Barat|provinsi",
      "Provinsi Sumatera Selatan|provinsi",
    ]);
  });
});
