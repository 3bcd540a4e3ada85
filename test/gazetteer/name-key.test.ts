import { describe, expect, it } from "vitest";
import { nameKey, provinceNamed } from "../../lib/gazetteer/index";

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
