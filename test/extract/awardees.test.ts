import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

const lead = "Penganugerahan Paritrana Award 2023 tingkat nasional berlangsung meriah.\n";
const names = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 2).join("|"));

describe("awardee naming", () => {
  it("normalises government prefixes", () => {
    expect(names("Pemerintah Kabupaten (Pemkab) Klaten meraih juara pertama.")).toEqual([
      "Kabupaten Klaten|kabupaten",
    ]);
    expect(names("Pemkot Cimahi meraih juara pertama.")).toEqual(["Kota Cimahi|kota"]);
    expect(names("Pemprov Riau meraih juara pertama.")).toEqual(["Provinsi Riau|provinsi"]);
    expect(names("Pemdes Sukamaju meraih juara pertama.")).toEqual(["Desa Sukamaju|desa"]);
    expect(names("Gampong Lamreh meraih juara pertama.")).toEqual(["Gampong Lamreh|desa"]);
    expect(names("Kelurahan Karangrejo meraih juara pertama.")).toEqual(["Kelurahan Karangrejo|kelurahan"]);
  });

  it("resolves bare names and abbreviations through the gazetteer", () => {
    expect(names("Kategori kabupaten/kota peringkat pertama ditempati Klaten.")).toEqual([
      "Kabupaten Klaten|kabupaten",
    ]);
    expect(names("Kategori pemerintah kota juara pertama diraih Cimahi.")).toEqual(["Kota Cimahi|kota"]);
    expect(names("Kategori pemerintah provinsi diraih Jatim, Kalbar dan Sulut.")).toEqual([
      "Provinsi Jawa Timur|provinsi",
      "Provinsi Kalimantan Barat|provinsi",
      "Provinsi Sulawesi Utara|provinsi",
    ]);
    expect(names("Kategori kabupaten/kota diraih Kabupaten Klaten, Boyolali, dan Wonogiri.")).toEqual([
      "Kabupaten Klaten|kabupaten",
      "Kabupaten Boyolali|kabupaten",
      "Kabupaten Wonogiri|kabupaten",
    ]);
    // A city written apart from the register's spelling takes the register's.
    expect(names("Penghargaan kategori kota diraih Kota Tanjung Balai.")).toEqual(["Kota Tanjungbalai|kota"]);
  });

  it("names businesses with or without a legal prefix", () => {
    expect(
      names(
        "Kategori usaha menengah diraih PT Sinar Harapan Jaya, BPRS Amanah Sejahtera dan Rumah Sakit Bunda Kasih.",
      ),
    ).toEqual([
      "PT Sinar Harapan Jaya|badan_usaha",
      "BPRS Amanah Sejahtera|bpr",
      "Rumah Sakit Bunda Kasih|badan_usaha",
    ]);
    expect(
      names("Kategori usaha kecil mikro diraih Keripik Mbok Sarni (Klaten) dan Batik Lestari (Solo)."),
    ).toEqual(["Keripik Mbok Sarni|badan_usaha", "Batik Lestari|badan_usaha"]);
    expect(
      names("Toko Roti Manis (Cahaya Abadi Sentosa) sebagai juara II kategori sektor perdagangan."),
    ).toEqual(["Toko Roti Manis (Cahaya Abadi Sentosa)|badan_usaha"]);
    expect(names("Sebelumnya UKM Sambal Bu Tini meraih penghargaan Paritrana Award 2023.")).toEqual([
      "Sambal Bu Tini|badan_usaha",
    ]);
  });

  it("reads a name that reappears by its prefix alone as the same business", () => {
    const text = `${lead}BPR Dana Makmur terus tumbuh.\nBPR juga menjadi terbaik kesatu Paritrana Award 2023 kategori usaha menengah.`;
    expect(summary(text).lines.map((l) => l.split("|").slice(0, 3).join("|"))).toEqual([
      "BPR Dana Makmur|bpr|1",
    ]);
  });

  it("leaves out givers, officials, locations and those beaten", () => {
    expect(
      names(
        "Gubernur Jawa Timur menyerahkan penghargaan kepada Desa Sumberejo, Kecamatan Wates, Kabupaten Blitar sebagai juara 1.",
      ),
    ).toEqual(["Desa Sumberejo|desa"]);
    expect(
      names("Pemkab Klaten menjadi juara pertama mengalahkan Kabupaten Boyolali dan Kabupaten Sragen."),
    ).toEqual(["Kabupaten Klaten|kabupaten"]);
    // The regent receives for his regency (constructions/credited-person.ts); the office is a place.
    expect(names("Penghargaan diterima Bupati Klaten di Kantor Gubernur Jawa Tengah, Semarang.")).toEqual([
      "Kabupaten Klaten|kabupaten",
    ]);
  });

  it("gives one record for repeated captions and sentences", () => {
    const s = "Pemkab Klaten meraih juara pertama Paritrana Award 2023.";
    expect(summary(`${lead}${s}\n${s}\nFoto: ${s}`).records).toHaveLength(1);
  });
});
