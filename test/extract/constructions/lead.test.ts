import { describe, expect, it } from "vitest";
import { extractAwards } from "../../../lib/extract/index";

// What the first sentence naming the award reports (constructions/lead.ts) weighs in detection.
describe("the lead", () => {
  it("accepts a ceremony held with its edition, though no winner is named", () => {
    for (const text of [
      "BPJS Ketenagakerjaan menggelar penganugerahan Paritrana Award 2025 tingkat Provinsi Jambi di Kota Jambi. Acara dihadiri para kepala daerah.",
      "Pemerintah Provinsi Riau bersama BPJS Ketenagakerjaan menyerahkan Penghargaan Paritrana Award Tahun 2025 kepada pemerintah daerah dan badan usaha. Acara berlangsung meriah.",
      "Kabupaten Sigi berhasil meraih “Paritrana Award 2024”, penghargaan bagi daerah yang melindungi pekerja. Bupati menyampaikan terima kasih.",
    ])
      expect(extractAwards(text).isAwardArticle, text).toBe(true);
  });

  it("reads the lead past a headline or caption that names the award without a verb", () => {
    for (const text of [
      "Pemprov dan BPJS Ketenagakerjaan Sinergi Lewat Paritrana Award 2024\nKegiatan Paritrana Award Tahun 2024 di Ternate.\nPemerintah Provinsi Maluku Utara menggelar puncak Paritrana Award 2024 di Ternate, Kamis (3/7/2025). Acara itu dihadiri bupati dan wali kota.",
      "Malam Apresiasi Paritrana Award 2025\nBPJS Ketenagakerjaan menyerahkan Paritrana Award 2025 tingkat Provinsi Bengkulu kepada pemerintah daerah dan pelaku usaha. Acara berlangsung meriah.",
    ])
      expect(extractAwards(text).isAwardArticle, text).toBe(true);
    const lookAlike =
      "Paritrana Award 2024 Sulawesi Barat\nBPJS Ketenagakerjaan Mamuju mengadakan sosialisasi Paritrana Award 2024 kepada pemerintah daerah. Acara dihadiri pelaku usaha.";
    expect(extractAwards(lookAlike).isAwardArticle).toBe(false);
  });

  it("rejects a lead about the way to a result, or a ceremony still to come", () => {
    for (const text of [
      "BPJS Ketenagakerjaan Bengkulu mengadakan sosialisasi Paritrana Award 2024 kepada pemerintah daerah. Acara dihadiri pelaku usaha.",
      "Tiga kabupaten diusulkan untuk mendapatkan penghargaan Paritrana 2017. Ketiganya dinilai patuh.",
      "BPJS Ketenagakerjaan bakal gelar Anugerah Paritrana 2018 di Jakarta. Penilaian masih berlangsung.",
    ])
      expect(extractAwards(text).isAwardArticle, text).toBe(false);
  });

  it("rejects a lead that explains what the award is, or urges taking part in it", () => {
    for (const text of [
      "KOTA JAMBI - Paritrana Award merupakan bentuk apresiasi pemerintah kepada daerah yang melindungi pekerja. Tahun ini penilaian difokuskan pada pemerintah daerah. Pemkab Muaro Jambi memaparkan programnya di depan tim penilai.",
      "Paritrana Award adalah penghargaan dari pemerintah pusat untuk daerah dan badan usaha. Penilaian dilakukan tiap tahun oleh BPJS Ketenagakerjaan.",
      "BPJS Ketenagakerjaan Cabang Kendari mendorong keikutsertaan pemerintah daerah di Paritrana Award 2021. Penghargaan itu diberikan untuk program yang dijalankan Pemkot Kendari. Tahun lalu, Kabupaten Konawe meraih juara pertama Paritrana tingkat provinsi.",
    ])
      expect(extractAwards(text).isAwardArticle, text).toBe(false);
  });

  it("keeps the records of a page that only recalls earlier editions", () => {
    const text =
      "BPJS Ketenagakerjaan bakal gelar Anugerah Paritrana 2018.\nAnugerah Paritrana 2017 yang lalu berhasil diraih oleh Pemerintah Provinsi Jawa Tengah.";
    const r = extractAwards(text);
    expect(r.isAwardArticle).toBe(false);
    expect(r.records.map((x) => `${x.awardee}|${x.year}`)).toEqual(["Provinsi Jawa Tengah|2017"]);
  });
});
