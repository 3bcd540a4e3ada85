import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

const fields = (text: string, pick: number[]) =>
  summary(text).lines.map((l) =>
    l
      .split("|")
      .filter((_, i) => pick.includes(i))
      .join("|"),
  );

describe("categories", () => {
  it("normalises categories as written, typos included", () => {
    const t = "Paritrana Award 2024 tingkat nasional diserahkan Wapres.\n";
    expect(
      fields(`${t}PT Maju Terus meraih juara pertama kategori perusahaan skala Menegah.`, [0, 3]),
    ).toEqual(["PT Maju Terus|usaha_menengah"]);
    expect(fields(`${t}PT Maju Terus meraih juara I kategori usaha besar dan menengah.`, [3])).toEqual([
      "usaha_besar_menengah",
    ]);
    expect(fields(`${t}CV Rasa Nusantara meraih juara 1 kategori Usaha Kecil/Mikro.`, [3])).toEqual([
      "usaha_kecil_mikro",
    ]);
    expect(
      fields(`${t}PT Maju Terus meraih juara 2 kategori sektor pertanian, perkebunan dan perikanan.`, [3]),
    ).toEqual(["sektor:pertanian_perkebunan_perikanan"]);
    expect(fields(`${t}Kota Cimahi meraih juara 1 kategori Pemerintah Kabupate/Kota.`, [3])).toEqual([
      "pemerintah_kabupaten_kota",
    ]);
    const list = `${t}Kategori perusahan skala besar di sektor keuangan, PT Bank Laut dan PT Asuransi Teluk.`;
    expect(fields(list, [0, 3])).toEqual([
      "PT Bank Laut|sektor:keuangan",
      "PT Asuransi Teluk|sektor:keuangan",
    ]);
  });

  it("carries a list header's category to its items", () => {
    const text =
      "Berikut pemenang Paritrana Award 2025 tingkat Provinsi Jawa Barat.\nKategori Usaha Kecil Mikro\n1. Kopi Gunung berhasil meraih juara pertama.\n2. Dodol Garut Asli meraih juara kedua.";
    expect(fields(text, [0, 2, 3, 4, 5])).toEqual([
      "Kopi Gunung|1|usaha_kecil_mikro|provinsi|Jawa Barat",
      "Dodol Garut Asli|2|usaha_kecil_mikro|provinsi|Jawa Barat",
    ]);
  });
});

describe("level and province", () => {
  it("tells provincial rounds from national ones", () => {
    expect(fields("Kabupaten Badung meraih peringkat pertama Paritrana Award 2024 se-Bali.", [4, 5])).toEqual(
      ["provinsi|Bali"],
    );
    expect(
      fields("Pemkab Sambas meraih juara kedua Paritrana Award 2024 tingkat Provinsi Kalbar.", [4, 5]),
    ).toEqual(["provinsi|Kalimantan Barat"]);
    expect(fields("Pemkab Sambas meraih juara kedua Paritrana Award 2024 tingkat nasional.", [4, 5])).toEqual(
      ["nasional|null"],
    );
    expect(fields("Pemprov Kalbar meraih juara kedua Paritrana Award 2024.", [4])).toEqual(["nasional"]);
  });

  it("keeps a national round's regencies national, though they are all of one province", () => {
    const text = [
      "Paritrana Award 2024 tingkat nasional diserahkan di Jakarta.",
      "Pada kategori kabupaten/kota, Kabupaten Sidoarjo meraih juara pertama, disusul Kota Malang dan Kabupaten Jombang.",
    ].join("\n");
    expect(fields(text, [4, 5])).toEqual(["nasional|null", "nasional|null", "nasional|null"]);
    const unstated =
      "Kabupaten Sidoarjo meraih juara pertama Paritrana Award 2024, disusul Kota Malang dan Kabupaten Jombang.";
    expect(fields(unstated, [4, 5])).toEqual([
      "provinsi|Jawa Timur",
      "provinsi|Jawa Timur",
      "provinsi|Jawa Timur",
    ]);
  });
});

describe("years", () => {
  it("uses the edition year, with 'Tahun' or not", () => {
    expect(fields("Pemkot Cimahi meraih juara pertama Paritrana Award Tahun 2022.", [6])).toEqual(["2022"]);
    expect(
      fields("Pemkot Cimahi meraih juara pertama Paritrana Award 2021 pada Rabu (3/8/2022).", [6]),
    ).toEqual(["2021"]);
  });

  it("reads the edition written as 'tahun YYYY' after the round's name, not the ceremony's date", () => {
    const lead = "Paritrana Award tingkat Provinsi Kepulauan Riau tahun 2024 diserahkan Kamis (15/5/2025).\n";
    expect(fields(`${lead}Pemkot Batam meraih juara pertama.`, [6])).toEqual(["2024"]);
    const national =
      "Penganugerahan Paritrana Award tingkat nasional tahun 2023 digelar Jumat (12/7/2024).\n";
    expect(fields(`${national}Pemprov Bali meraih juara kedua.`, [6])).toEqual(["2023"]);
    const other =
      "Paritrana Award tingkat Provinsi Riau diserahkan di gedung yang dibangun tahun 2019, Kamis (15/5/2025).\n";
    expect(fields(`${other}Pemkot Dumai meraih juara pertama.`, [6])).toEqual(["2025"]);
  });

  it("keeps an earlier win with its year as its own record", () => {
    const text =
      "Pemkot Cimahi meraih juara pertama Paritrana Award 2024 tingkat nasional. Sebelumnya, Kota Cimahi memperoleh juara kedua pada tahun 2022.";
    expect(fields(text, [0, 2, 6])).toEqual(["Kota Cimahi|1|2024", "Kota Cimahi|2|2022"]);
  });

  it("gives one record per year a sentence names", () => {
    const text = "Provinsi Riau menerima penghargaan Paritrana dua kali, yaitu 2019 dan 2020.";
    expect(fields(text, [0, 6])).toEqual(["Provinsi Riau|2019", "Provinsi Riau|2020"]);
  });

  it("falls back to the ceremony date, else null; recalls without a year give no record", () => {
    expect(
      fields("Pemkot Cimahi meraih juara pertama Paritrana Award di Bandung, Kamis (7/9/2023).", [6]),
    ).toEqual(["2023"]);
    expect(fields("Pemkot Cimahi meraih juara pertama Paritrana Award di Bandung, Kamis.", [6])).toEqual([
      "null",
    ]);
    expect(fields("Paritrana Award digelar. Kota Cimahi pernah meraih juara pertama.", [0])).toEqual([]);
  });

  it("ignores years that are not the award's: since, regulation numbers, periods", () => {
    const text =
      "Pemkot Cimahi meraih juara pertama Paritrana Award 2024. Program ini berjalan sejak 2017 sesuai Instruksi Presiden Nomor 2 Tahun 2021.";
    expect(fields(text, [6])).toEqual(["2024"]);
  });
});
