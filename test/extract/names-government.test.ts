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

  it("reads Sumatra's 'Pemko' and a 'Pemda' before the kind as a government's prefix", () => {
    expect(names("Pemko Pekanbaru meraih juara pertama.")).toEqual(["Kota Pekanbaru|kota"]);
    expect(names("Juara kedua diraih Pemko Binjai.")).toEqual(["Kota Binjai|kota"]);
    expect(names("Pemda Kabupaten Bantaeng menjadi terbaik ketiga.")).toEqual([
      "Kabupaten Bantaeng|kabupaten",
    ]);
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

  it("reads a short form that is also a common word only after a prefix", () => {
    expect(names("Juara pertama diraih Pemkab Mitra.")).toEqual(["Kabupaten Minahasa Tenggara|kabupaten"]);
    expect(names("Juara kedua diraih Pemerintah Kabupaten Benteng.")).toEqual([
      "Kabupaten Bengkulu Tengah|kabupaten",
    ]);
    expect(names("Kategori usaha besar juara pertama diraih Mitra Sejati Abadi.")).toEqual([
      "Mitra Sejati Abadi|badan_usaha",
    ]);
  });

  it("reads a list whose items each carry a parenthesis", () => {
    expect(
      names(
        "Kategori provinsi diraih Pemprov Bali (diterima Wagub Ketut); Jambi (diterima Sekda Anwar); dan Riau (diterima Gubernur Said).",
      ),
    ).toEqual(["Provinsi Bali|provinsi", "Provinsi Jambi|provinsi", "Provinsi Riau|provinsi"]);
    expect(
      names("Kategori kabupaten/kota diraih Kabupaten Sleman (DIY), Banyumas (Jawa Tengah) dan Sragen."),
    ).toEqual(["Kabupaten Sleman|kabupaten", "Kabupaten Banyumas|kabupaten", "Kabupaten Sragen|kabupaten"]);
    expect(
      names(
        "Kategori provinsi diraih Pemprov Aceh (zona barat), Sumbar (zona tengah) serta Jatim (zona timur).",
      ),
    ).toEqual(["Provinsi Aceh|provinsi", "Provinsi Sumatera Barat|provinsi", "Provinsi Jawa Timur|provinsi"]);
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

  it("reads a short prefix standing alone as the government the article named before", () => {
    const lead2 = "Kota Madiun Raih Paritrana Award 2023\nWali Kota Madiun hadir di Surabaya.\n";
    expect(summary(`${lead2}Pemkot terpilih sebagai juara ketiga kategori kabupaten/kota.`).lines[0]).toMatch(
      /^Kota Madiun\|kota\|3\|/,
    );
    const lead3 = "Pemkab Sragen meraih Paritrana Award 2023.\n";
    expect(summary(`${lead3}Pemkab ditetapkan sebagai juara kedua tingkat provinsi.`).lines).toContainEqual(
      expect.stringMatching(/^Kabupaten Sragen\|kabupaten\|2\|/),
    );
    // No government named before: nothing to stand for.
    expect(names("Pemkot terpilih sebagai juara ketiga kategori kabupaten/kota.")).toEqual([]);
  });

  it("leaves out the word the register leaves out of Jakarta's cities", () => {
    expect(names("Juara pertama diraih Pemerintah Kota Administrasi Jakarta Selatan.")).toEqual([
      "Kota Jakarta Selatan|kota",
    ]);
    expect(names("Juara kedua diraih Kota Administrasi Jakarta Timur.")).toEqual(["Kota Jakarta Timur|kota"]);
    expect(names("Juara ketiga diraih Pemkot Jakarta Utara.")).toEqual(["Kota Jakarta Utara|kota"]);
  });

  it("reads a prefix written with a full stop", () => {
    expect(names("Juara kedua diraih Pemkab. Grobogan.")).toEqual(["Kabupaten Grobogan|kabupaten"]);
    expect(names("Juara pertama diraih Pemprov. Bali, juara kedua Pemprov. Jambi.")).toEqual([
      "Provinsi Bali|provinsi",
      "Provinsi Jambi|provinsi",
    ]);
    expect(names("Juara ketiga diraih Kab. Blora.")).toEqual(["Kabupaten Blora|kabupaten"]);
  });

  it("reads the agent of a passive winning verb as the winner", () => {
    expect(names("Tiga penghargaan Paritrana diboyong Sragen tahun ini.")).toEqual([
      "Kabupaten Sragen|kabupaten",
    ]);
    expect(names("Juara pertama kategori provinsi disabet Jateng.")).toEqual([
      "Provinsi Jawa Tengah|provinsi",
    ]);
    expect(names("Posisi terbaik kedua dijuarai Kukar.")).toEqual(["Kabupaten Kutai Kartanegara|kabupaten"]);
  });
});
