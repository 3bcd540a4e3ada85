import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// Winners announced, then named in the next sentence: "…, yakni A dan B", "Mereka adalah A, B".
const announced =
  "Tiga perusahaan di Sulawesi Barat menerima Paritrana Award 2024 dari BPJS Ketenagakerjaan.";
const names = (text: string) => summary(text).lines.map((l) => l.split("|")[0]);

describe("winners named after their announcement", () => {
  it("reads a plural subject with a copula as the list of those just announced", () => {
    for (const naming of [
      "Mereka adalah PT Mamuju Lestari, CV Karya Manakarra dan Koperasi Tani Subur.",
      "Ketiganya yaitu PT Mamuju Lestari, CV Karya Manakarra serta Koperasi Tani Subur.",
      "Ketiganya ialah PT Mamuju Lestari, CV Karya Manakarra, dan Koperasi Tani Subur.",
    ])
      expect(names(`${announced} ${naming}`), naming).toEqual([
        "PT Mamuju Lestari",
        "CV Karya Manakarra",
        "Koperasi Tani Subur",
      ]);
  });

  it("reads no list where nothing was announced just before", () => {
    const text = `${announced} Acara berlangsung meriah. Mereka adalah PT Mamuju Lestari dan CV Karya Manakarra.`;
    expect(names(text)).toEqual([]);
  });
});
