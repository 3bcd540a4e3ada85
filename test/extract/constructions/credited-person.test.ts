import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A win received by the regent, mayor or governor is the government's (constructions/credited-person.ts).
const lead = "Penganugerahan Paritrana Award 2025 tingkat Provinsi Sulawesi Tengah digelar di Palu.\n";
const names = (text: string) => summary(lead + text).records.map((r) => `${r.awardee}|${r.awardeeType}`);

describe("wins credited through a person", () => {
  it("credits the government whose head receives", () => {
    expect(
      names("Bupati Sigi, Budi Santoso, menerima penghargaan sebagai pemenang kategori kabupaten/kota."),
    ).toEqual(["Kabupaten Sigi|kabupaten"]);
    expect(names("Penghargaan itu diserahkan kepada Wakil Wali Kota Palu di Hotel Santika.")).toEqual([
      "Kota Palu|kota",
    ]);
    expect(names("Piala Paritrana diterima oleh Bupati Donggala di Palu.")).toEqual([
      "Kabupaten Donggala|kabupaten",
    ]);
  });

  it("credits the government whose head it was received by, with or without 'oleh'", () => {
    expect(names("Penghargaan juara ketiga kabupaten/kota diterima Wakil Bupati Parigi Moutong.")).toEqual([
      "Kabupaten Parigi Moutong|kabupaten",
    ]);
    expect(names("Piala juara kedua diterima langsung oleh Bupati Poso.")).toEqual([
      "Kabupaten Poso|kabupaten",
    ]);
    expect(names("Piala juara kedua diterima langsung Wali Kota Palu.")).toEqual(["Kota Palu|kota"]);
  });

  it("does not credit the official who hands the award over", () => {
    expect(
      names("Gubernur Sulawesi Tengah menyerahkan penghargaan kepada Kabupaten Poso sebagai juara pertama."),
    ).toEqual(["Kabupaten Poso|kabupaten"]);
  });
});
