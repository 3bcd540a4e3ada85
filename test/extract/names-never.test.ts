import { describe, expect, it } from "vitest";
import { summary } from "./helpers";

const lead = "Penyerahan Paritrana Award 2024 tingkat nasional digelar di Jakarta.\n";
const names = (text: string) => summary(lead + text).lines.map((l) => l.split("|")[0]);

describe("words that are never an awardee", () => {
  it("does not read who runs something, named after a passive verb, as a winner", () => {
    expect(names("Penghargaan itu diberikan untuk program yang dijalankan Pemkot Kendari.")).toEqual([]);
    expect(names("Juara pertama untuk inovasi yang digagas Pemkab Konawe diraih PT Laut Biru.")).toEqual([
      "PT Laut Biru",
    ]);
    expect(names("Penghargaan yang diraih Pemkab Konawe itu adalah juara pertama.")).toEqual([
      "Kabupaten Konawe",
    ]);
    expect(names("Kota Kendari menempati urutan pertama yang diikuti oleh Kabupaten Konawe.")).toEqual([
      "Kota Kendari",
      "Kabupaten Konawe",
    ]);
  });

  it("does not read the place of a venue as a winner", () => {
    expect(
      names(
        "Juara pertama diraih PT Sinar Baru dalam acara di Gedung Serbaguna Mandala, Kabupaten Sigi, Rabu.",
      ),
    ).toEqual(["PT Sinar Baru"]);
    expect(
      names("Kota Palu meraih juara kedua pada malam penganugerahan di Hotel Santika Kota Palu."),
    ).toEqual(["Kota Palu"]);
    expect(names("PT Sinar Baru meraih juara ketiga di ACC Kabupaten Sorong, Kamis.")).toEqual([
      "PT Sinar Baru",
    ]);
  });

  it("does not read a dateline's place, written in capitals with its prefix, as a winner", () => {
    expect(names("KABARSULTENG.COM, KOTA PALU – Pemerintah Kabupaten Sigi meraih juara pertama.")).toEqual([
      "Kabupaten Sigi",
    ]);
    expect(names("KABUPATEN SIGI - Pemkot Palu meraih juara kedua.")).toEqual(["Kota Palu"]);
    expect(names("KOTA PALU meraih juara kedua, disusul Kabupaten Sigi.")).toEqual([
      "Kota Palu",
      "Kabupaten Sigi",
    ]);
  });

  it("does not read a village's regency, written after it, as a second winner", () => {
    expect(names("Desa Lembah Hijau Kabupaten Poso berhasil meraih juara pertama kategori desa.")).toEqual([
      "Desa Lembah Hijau",
    ]);
    expect(names("Juara kedua diraih Kampung Sukamaju Kabupaten Bogor.")).toEqual(["Kampung Sukamaju"]);
    expect(names("Juara ketiga diraih Desa Mekar dan Kabupaten Poso.")).toEqual([
      "Desa Mekar",
      "Kabupaten Poso",
    ]);
  });

  it("does not read what is won, opening the sentence, as a name", () => {
    expect(names("Gelar juara pertama disabet Kabupaten Malang.")).toEqual(["Kabupaten Malang"]);
    expect(names("Predikat terbaik kedua diraih PT Malang Jaya.")).toEqual(["PT Malang Jaya"]);
    expect(names("Posisi ketiga ditempati Kota Batu.")).toEqual(["Kota Batu"]);
  });

  it("does not read a headline verb as a name", () => {
    expect(names("Pemprov Bali Sabet Juara 1 Paritrana Award")).toEqual(["Provinsi Bali"]);
    expect(names("Pemkab Sleman Boyong Juara Pertama Paritrana Award 2024")).toEqual(["Kabupaten Sleman"]);
    expect(
      names("Kepemimpinan Bupati, Kabupaten Bantul Kembali Ukir Prestasi Terbaik Kedua Paritrana Award"),
    ).toEqual(["Kabupaten Bantul"]);
  });

  it("does not read a clause opener or a -nya word as a name", () => {
    expect(names("Sedangkan peringkat kedua diraih oleh Kabupaten Jepara.")).toEqual(["Kabupaten Jepara"]);
    expect(names("Diraihnya predikat terbaik ini tak lepas dari kerja keras Pemkab Demak.")).toEqual([
      "Kabupaten Demak",
    ]);
    expect(names("Namun juara pertama tetap diraih PT Angin Timur.")).toEqual(["PT Angin Timur"]);
  });

  it("does not read a roman numeral as a name", () => {
    expect(
      names("Terbaik I diraih PT Hujan Emas dan Terbaik I kategori provinsi diraih Pemprov Jambi."),
    ).toEqual(["PT Hujan Emas", "Provinsi Jambi"]);
    expect(names("Juara II diraih CV Daun Hijau dan III diraih CV Akar Kuat.")).not.toContain("III");
    expect(names("Juara I, II dan III diraih PT Satu, PT Dua dan PT Tiga.")).not.toContain("II");
  });

  it("does not read a person holding a business's role as a winner", () => {
    expect(
      names(
        "Piala juara pertama diserahkan kepada Direktur Utama (Dirut) Bank Samudra, Andi Wijaya di Jakarta.",
      ),
    ).toEqual(["Bank Samudra"]);
    expect(
      names("Juara pertama diraih PT Gunung Mas, diterima Direktur PT Gunung Mas, Rudi Hartono."),
    ).toEqual(["PT Gunung Mas"]);
    expect(names("Juara pertama diraih oleh pemilik UMKM Kopi Lereng, Siti Aminah.")).not.toContain(
      "Siti Aminah",
    );
  });

  it("does not read a government that owns a programme or a hotel as a winner", () => {
    expect(
      names(
        "Juara pertama diraih PT Batu Alam. Hal itu sejalan dengan Visi Misi Pemerintah Provinsi Jambi yaitu maju.",
      ),
    ).toEqual(["PT Batu Alam"]);
    expect(names("Juara pertama diraih PT Batu Alam yang diserahkan di Hotel Grand Kota Jambi.")).toEqual([
      "PT Batu Alam",
    ]);
    expect(
      names(
        "Juara pertama diraih PT Batu Alam, sesuai Program Dasa Cita Pemerintah Provinsi NTT, yakni perlindungan.",
      ),
    ).toEqual(["PT Batu Alam"]);
  });

  it("does not read a person named before a role, or after a title, as a winner", () => {
    expect(
      names("Kategori usaha besar diserahkan kepada Budi Santoso selaku Direktur PT Kayu Jati."),
    ).toEqual(["PT Kayu Jati"]);
    expect(names("Kategori usaha kecil juara pertama diraih oleh Siti Aminah, pemilik Kopi Lereng.")).toEqual(
      [],
    );
    expect(names("Kategori usaha menengah juara pertama diraih H. Ahmad Dahlan.")).toEqual([]);
    expect(names("Kategori usaha menengah diterima oleh Rudi Hartono, Kepala Desa Suka Maju.")).not.toContain(
      "Rudi Hartono",
    );
  });
});
