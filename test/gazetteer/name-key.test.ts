import { describe, expect, it } from "vitest";
import { mayBePlaceKey, nameKey, provinceNamed } from "../../lib/gazetteer/index";

describe("nameKey", () => {
  it("keeps only lower-case a-z and digits, as the pattern it replaced did", () => {
    const byPattern = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
    const names = [
      "Tanjung Pinang",
      "Bau-Bau",
      " Jawa  Timur. ",
      "Toli-Toli",
      "Kota 2",
      "Café",
      "İzmir",
      "",
      "-",
      "abc",
    ];
    for (const s of names) expect(nameKey(s), s).toBe(byPattern(s));
    for (let c = 0; c < 0x3000; c++) {
      const s = `A${String.fromCharCode(c)}b`;
      if (nameKey(s) !== byPattern(s)) expect(nameKey(s), c.toString(16)).toBe(byPattern(s));
    }
  });

  it("lets a province be found however its name is spaced or punctuated", () => {
    expect(provinceNamed("Jawa-Timur")).toBe(provinceNamed("Jawa Timur"));
    expect(provinceNamed("Jawa Timur")).not.toBeNull();
  });
});

describe("mayBePlaceKey", () => {
  const shapeOf = (key: string) =>
    [key.length, key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(key.length - 1)] as const;

  it("never rules out a known province, regency or city", () => {
    for (const name of [
      "Jawa Timur",
      "Jatim",
      "Kalbar",
      "Tabanan",
      "Bau Bau",
      "Toli-Toli",
      "Tanjung Pinang",
      "Bali",
      "Bangli",
    ])
      expect(mayBePlaceKey(...shapeOf(nameKey(name))), name).toBe(true);
  });

  it("rules out most words that name no place", () => {
    const words = [
      "bupati",
      "menyerahkan",
      "penghargaan",
      "kepada",
      "perusahaan",
      "pekerja",
      "jaminan",
      "sosial",
    ];
    expect(words.filter((w) => mayBePlaceKey(...shapeOf(w))).length).toBeLessThan(words.length / 2);
  });
});
