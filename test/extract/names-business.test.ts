import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

const lead = "Penyerahan Paritrana Award 2024 tingkat provinsi digelar di Semarang.\n";
const names = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 2).join("|"));

describe("business and institution names", () => {
  it("types people's credit banks as bpr however they are written", () => {
    expect(names("Kategori usaha menengah diraih Bank Perkreditan Rakyat Sinar Tani.")).toEqual([
      "Bank Perkreditan Rakyat Sinar Tani|bpr",
    ]);
    expect(names("Juara pertama sektor keuangan diraih Bank Pembiayaan Rakyat Syariah Amanah Umat.")).toEqual(
      ["Bank Pembiayaan Rakyat Syariah Amanah Umat|bpr"],
    );
    expect(names("Juara kedua diraih BPRS Barokah Insani, juara ketiga Bank Mandala Raya.")).toEqual([
      "BPRS Barokah Insani|bpr",
      "Bank Mandala Raya|badan_usaha",
    ]);
  });

  it("types universities, polytechnics and colleges as lainnya, whatever their first word", () => {
    expect(names("Kategori sektor pendidikan diraih Politeknik Harapan Nusantara Kendal.")).toEqual([
      "Politeknik Harapan Nusantara Kendal|lainnya",
    ]);
    expect(names("Juara pertama sektor pendidikan diraih Universitas Bersama Bangsa.")).toEqual([
      "Universitas Bersama Bangsa|lainnya",
    ]);
    expect(
      names("Terbaik kedua diraih STT Karya Mandiri, terbaik ketiga Institut Teknologi Pesisir."),
    ).toEqual(["STT Karya Mandiri|lainnya", "Institut Teknologi Pesisir|lainnya"]);
  });

  it("reads cooperatives and hospitals by their prefix", () => {
    expect(names("Juara pertama sektor keuangan diraih KSP Maju Bersama.")).toEqual([
      "KSP Maju Bersama|badan_usaha",
    ]);
    expect(names("Juara kedua diraih Kopdit Sehati, juara ketiga KUD Tani Makmur.")).toEqual([
      "Kopdit Sehati|badan_usaha",
      "KUD Tani Makmur|badan_usaha",
    ]);
    expect(names("Terbaik pertama kategori usaha besar diraih RSU Kasih Ibu.")).toEqual([
      "RSU Kasih Ibu|badan_usaha",
    ]);
  });

  it("reads village enterprises, credit unions and savings cooperatives by their prefix", () => {
    expect(names("Kategori usaha kecil juara pertama diraih BUMDes Maju Jaya.")).toEqual([
      "BUMDes Maju Jaya|badan_usaha",
    ]);
    expect(names("Juara kedua sektor keuangan diraih CU Sejahtera Bersama.")).toEqual([
      "CU Sejahtera Bersama|badan_usaha",
    ]);
    expect(names("Juara ketiga sektor keuangan diraih KSU Tani Raya dan BMT Amanah.")).toEqual([
      "KSU Tani Raya|badan_usaha",
      "BMT Amanah|badan_usaha",
    ]);
  });

  it("keeps a regional enterprise's region in its name", () => {
    expect(names("Juara kedua diraih Perumda Air Minum Tirta Jaya Kota Salatiga.")).toEqual([
      "Perumda Air Minum Tirta Jaya Kota Salatiga|badan_usaha",
    ]);
    expect(
      names("Juara pertama diraih PDAM Tirta Mulia Kabupaten Pemalang dan juara kedua PT Sinar Laut."),
    ).toEqual(["PDAM Tirta Mulia Kabupaten Pemalang|badan_usaha", "PT Sinar Laut|badan_usaha"]);
    expect(names("Juara ketiga diraih Perumda Tirta Sejahtera Kabupaten Kendal.")).toEqual([
      "Perumda Tirta Sejahtera Kabupaten Kendal|badan_usaha",
    ]);
  });

  it("ends any other business's name before its town, which is no winner of its own", () => {
    expect(names("Juara pertama diraih PT Kayu Lestari Kabupaten Kendal.")).toEqual([
      "PT Kayu Lestari|badan_usaha",
    ]);
    expect(names("Juara kedua diraih CV Roti Manis Kota Semarang.")).toEqual(["CV Roti Manis|badan_usaha"]);
    expect(names("Juara ketiga diraih PT Batik Indah Kabupaten Pekalongan.")).toEqual([
      "PT Batik Indah|badan_usaha",
    ]);
  });

  it("leaves a parent group out of the name, keeps an acronym inside it, and joins 'and'", () => {
    expect(names("Juara pertama diraih PT Logam Jaya Abadi (Logam Group).")).toEqual([
      "PT Logam Jaya Abadi|badan_usaha",
    ]);
    expect(names("Juara kedua diraih Universitas Teknologi Nusantara (UTN) Semarang.")).toEqual([
      "Universitas Teknologi Nusantara (UTN) Semarang|lainnya",
    ]);
    expect(names("Kategori usaha kecil mikro diraih UMKM Roti Bread and cake.")).toEqual([
      "Roti Bread and cake|badan_usaha",
    ]);
  });

  it("keeps a listed company's suffix written after a comma", () => {
    expect(names("Juara pertama kategori usaha besar diraih PT Sari Roti Nusantara, Tbk.")).toEqual([
      "PT Sari Roti Nusantara, Tbk|badan_usaha",
    ]);
    expect(names("Juara kedua diraih PT Sari Roti Nusantara Tbk.")).toEqual([
      "PT Sari Roti Nusantara Tbk|badan_usaha",
    ]);
    expect(names("Kategori usaha besar diraih PT Baja Utama, Tbk dan PT Semen Timur.")).toEqual([
      "PT Baja Utama, Tbk|badan_usaha",
      "PT Semen Timur|badan_usaha",
    ]);
  });

  it("reads a brand written before its legal name as one business", () => {
    expect(names("Sektor perdagangan diraih Toko Sumber Rezeki PT Rezeki Abadi dan PT Kapal Api.")).toEqual([
      "Toko Sumber Rezeki PT Rezeki Abadi|badan_usaha",
      "PT Kapal Api|badan_usaha",
    ]);
    expect(
      names("Kategori usaha menengah juara pertama diraih Warung Sate Kumis PT Sate Nusantara."),
    ).toEqual(["Warung Sate Kumis PT Sate Nusantara|badan_usaha"]);
    expect(names("Juara kedua diraih PT Tanjung Emas, juara ketiga PT Laut Dalam.")).toEqual([
      "PT Tanjung Emas|badan_usaha",
      "PT Laut Dalam|badan_usaha",
    ]);
  });

  it("reads a name on past an acronym inside it", () => {
    expect(
      names("Juara pertama sektor keuangan diraih Koperasi Simpan Pinjam (KSP) Sejahtera Bersama."),
    ).toEqual(["Koperasi Simpan Pinjam (KSP) Sejahtera Bersama|badan_usaha"]);
    expect(names("Juara kedua diraih Perumda Air Minum (PDAM) Tirta Bening.")).toEqual([
      "Perumda Air Minum (PDAM) Tirta Bening|badan_usaha",
    ]);
    expect(names("Juara ketiga diraih PT Pupuk Nusantara (PPN) dan PT Semen Barat.")).toEqual([
      "PT Pupuk Nusantara|badan_usaha",
      "PT Semen Barat|badan_usaha",
    ]);
  });

  it("reads a town after a company's acronym as its place, not a winner", () => {
    expect(names("PT Gas Alam Raya (GAR) Gresik meraih juara pertama.")).toEqual([
      "PT Gas Alam Raya|badan_usaha",
    ]);
    expect(names("PT Kertas Nusantara (KN) Kabupaten Kudus meraih juara kedua.")).toEqual([
      "PT Kertas Nusantara|badan_usaha",
    ]);
    expect(names("Juara ketiga diraih CV Tani Maju (TM) Blora.")).toEqual(["CV Tani Maju|badan_usaha"]);
  });
});
