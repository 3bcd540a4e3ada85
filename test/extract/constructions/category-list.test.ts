import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A category opening a clause, then its winners, no win verb (constructions/category-list.ts).
const lead =
  "BPJS Ketenagakerjaan menyerahkan Paritrana Award 2024 tingkat Provinsi Jawa Timur kepada para pemenang.\n";
const rows = (text: string) => summary(lead + text).lines;

describe("category-led lists", () => {
  it("names the winners after a colon, a semicolon or a comma", () => {
    expect(rows("Kategori Usaha Kecil Mikro: Warung Sambal Bu Tini")).toEqual([
      "Warung Sambal Bu Tini|badan_usaha|null|usaha_kecil_mikro|provinsi|Jawa Timur|2024",
    ]);
    expect(
      rows("Sektor jasa keuangan; PT Bank Sentosa Makmur, Koperasi Tani Jaya dan PT Asuransi Rukun."),
    ).toEqual([
      "PT Bank Sentosa Makmur|badan_usaha|null|sektor:jasa_keuangan|provinsi|Jawa Timur|2024",
      "Koperasi Tani Jaya|badan_usaha|null|sektor:jasa_keuangan|provinsi|Jawa Timur|2024",
      "PT Asuransi Rukun|badan_usaha|null|sektor:jasa_keuangan|provinsi|Jawa Timur|2024",
    ]);
    expect(
      rows("Lalu dari kategori pemerintah daerah, Kota Malang, Kota Batu dan Kabupaten Jember."),
    ).toEqual([
      "Kota Malang|kota|null|pemerintah_kabupaten_kota|provinsi|Jawa Timur|2024",
      "Kota Batu|kota|null|pemerintah_kabupaten_kota|provinsi|Jawa Timur|2024",
      "Kabupaten Jember|kabupaten|null|pemerintah_kabupaten_kota|provinsi|Jawa Timur|2024",
    ]);
  });

  it("names the winners after 'dijuarai (oleh)', 'melalui', 'meliputi'", () => {
    expect(rows("Kategori perdagangan dan jasa dijuarai oleh PT Pasar Rakyat Sejahtera.")).toEqual([
      "PT Pasar Rakyat Sejahtera|badan_usaha|null|sektor:perdagangan_jasa|provinsi|Jawa Timur|2024",
    ]);
    expect(rows("Kategori Pemerintah Desa melalui Desa Sumberejo, Kecamatan Pakis.")).toEqual([
      "Desa Sumberejo|desa|null|pemerintah_desa|provinsi|Jawa Timur|2024",
    ]);
    expect(rows("Kemudian kategori UMKM meliputi PT Roti Manis Lestari dan CV Kopi Arjuno.")).toEqual([
      "PT Roti Manis Lestari|badan_usaha|null|usaha_kecil_mikro|provinsi|Jawa Timur|2024",
      "CV Kopi Arjuno|badan_usaha|null|usaha_kecil_mikro|provinsi|Jawa Timur|2024",
    ]);
  });

  it("lets a category line head the ranked lines under it until the next category", () => {
    const text = [
      "Kategori Badan Usaha Menengah & Besar:",
      "o Juara I: PT Garuda Semesta",
      "o Juara II: PT Nusa Persada",
      "Kategori Pemerintah Daerah:",
      "o Juara I: Kabupaten Banyuwangi",
    ].join("\n");
    expect(rows(text)).toEqual([
      "PT Garuda Semesta|badan_usaha|1|usaha_besar_menengah|provinsi|Jawa Timur|2024",
      "PT Nusa Persada|badan_usaha|2|usaha_besar_menengah|provinsi|Jawa Timur|2024",
      "Kabupaten Banyuwangi|kabupaten|1|pemerintah_kabupaten_kota|provinsi|Jawa Timur|2024",
    ]);
  });
});
