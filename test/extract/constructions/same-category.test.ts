import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A category named by reference, and a podium told over several sentences (constructions/same-category.ts).
const lead = "Paritrana Award 2023 tingkat Provinsi Sulawesi Tengah diserahkan di Palu.\n";
const picked = (text: string) =>
  summary(lead + text).lines.map((l) => {
    const [awardee, , rank, category] = l.split("|");
    return `${awardee}|${rank}|${category}`;
  });

describe("the same category", () => {
  it("reads 'kategori yang sama' and 'kategori serupa' as the category named just before", () => {
    for (const second of [
      "Sedangkan PT Palu Jaya meraih juara II kategori yang sama.",
      "PT Palu Jaya meraih juara II pada kategori serupa.",
      "Di kategori yang sama, juara II diraih PT Palu Jaya.",
    ])
      expect(picked(`CV Tadulako Mandiri meraih juara I kategori usaha kecil. ${second}`), second).toEqual([
        "CV Tadulako Mandiri|1|usaha_kecil_mikro",
        "PT Palu Jaya|2|usaha_kecil_mikro",
      ]);
  });

  it("keeps a podium's category for the places told in the sentences after it", () => {
    const text = [
      "Juara I kategori usaha besar diraih PT Sulteng Makmur.",
      "Juara II diraih PT Donggala Raya.",
      "Sementara juara III diraih Bank Sulteng.",
    ].join(" ");
    expect(picked(text)).toEqual([
      "PT Sulteng Makmur|1|usaha_besar",
      "PT Donggala Raya|2|usaha_besar",
      "Bank Sulteng|3|usaha_besar",
    ]);
  });

  it("lets a category line replace the category carried from before", () => {
    const text = [
      "Kategori Usaha Kecil: CV Tadulako Mandiri",
      "Kategori Usaha Besar:",
      "Juara I: PT Sulteng Makmur",
      "Juara II: PT Donggala Raya",
    ].join("\n");
    expect(picked(text)).toEqual([
      "CV Tadulako Mandiri|null|usaha_kecil_mikro",
      "PT Sulteng Makmur|1|usaha_besar",
      "PT Donggala Raya|2|usaha_besar",
    ]);
  });
});
