import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// Winners one per line under a list's opening (constructions/list-items.ts).
const lead =
  "Pemprov Kalimantan Selatan bersama BPJS Ketenagakerjaan menyerahkan Paritrana Award 2024 tingkat Provinsi Kalimantan Selatan di Banjarbaru, Senin (12/5/2025).\n";
const lines = (text: string) => summary(lead + text).lines;

describe("list items", () => {
  it("reads numbered lines under category lines after an announced list, no place from a bare number", () => {
    const list = [
      "Berikut daftar pemenangnya.",
      "Kategori Pemerintah Kabupaten/Kota:",
      "1. Kabupaten Tapin",
      "2. Kota Banjarbaru",
      "Kategori Usaha Menengah:",
      "1. PT Karya Borneo Lestari",
    ].join("\n");
    expect(lines(list)).toEqual([
      "Kabupaten Tapin|kabupaten|null|pemerintah_kabupaten_kota|provinsi|Kalimantan Selatan|2024",
      "Kota Banjarbaru|kota|null|pemerintah_kabupaten_kota|provinsi|Kalimantan Selatan|2024",
      "PT Karya Borneo Lestari|badan_usaha|null|usaha_menengah|provinsi|Kalimantan Selatan|2024",
    ]);
  });

  it("reads the numbers as places where the opening speaks of places, with ) or . after them", () => {
    const list = [
      "Para juara kategori pemerintah desa adalah sebagai berikut:",
      "1) Desa Sungai Rangas",
      "2) Desa Murung Keramat",
      "3. Desa Bincau",
    ].join("\n");
    expect(lines(list)).toEqual([
      "Desa Sungai Rangas|desa|1|pemerintah_desa|provinsi|Kalimantan Selatan|2024",
      "Desa Murung Keramat|desa|2|pemerintah_desa|provinsi|Kalimantan Selatan|2024",
      "Desa Bincau|desa|3|pemerintah_desa|provinsi|Kalimantan Selatan|2024",
    ]);
  });

  it("reads bulleted and bare lines (a list's items as the page reader writes them)", () => {
    const bullets = [
      "Penerima penghargaan kategori usaha kecil:",
      "- CV Intan Permata",
      "• Koperasi Karya Mandiri",
    ].join("\n");
    expect(lines(bullets)).toEqual([
      "CV Intan Permata|badan_usaha|null|usaha_kecil_mikro|provinsi|Kalimantan Selatan|2024",
      "Koperasi Karya Mandiri|badan_usaha|null|usaha_kecil_mikro|provinsi|Kalimantan Selatan|2024",
    ]);
    const bare = [
      "Kategori Pemerintah Kabupaten/Kota",
      "Kabupaten Balangan",
      "Kabupaten Hulu Sungai Tengah",
    ].join("\n");
    expect(lines(bare)).toEqual([
      "Kabupaten Balangan|kabupaten|null|pemerintah_kabupaten_kota|provinsi|Kalimantan Selatan|2024",
      "Kabupaten Hulu Sungai Tengah|kabupaten|null|pemerintah_kabupaten_kota|provinsi|Kalimantan Selatan|2024",
    ]);
  });

  it("quotes each item's own line as its evidence", () => {
    const { records } = summary(
      `${lead}Berikut daftar pemenang kategori desa:\n1. Desa Sungai Rangas\n2. Desa Bincau`,
    );
    expect(records.map((r) => r.evidence.quote)).toEqual(["1. Desa Sungai Rangas", "2. Desa Bincau"]);
  });

  it("reads no list where nothing opened one, and closes it at the next paragraph", () => {
    const unopened = ["Acara dimeriahkan pentas seni.", "1. Kabupaten Tapin", "2. Kota Banjarbaru"].join(
      "\n",
    );
    expect(lines(unopened)).toEqual([]);
    const closed = [
      "Berikut daftar pemenangnya:",
      "Kabupaten Tapin",
      "Gubernur berharap capaian ini mendorong daerah lain untuk melindungi pekerja rentan.",
      "Kota Banjarmasin",
    ].join("\n");
    expect(lines(closed)).toEqual([
      "Kabupaten Tapin|kabupaten|null|pemerintah_kabupaten_kota|provinsi|Kalimantan Selatan|2024",
    ]);
  });
});
