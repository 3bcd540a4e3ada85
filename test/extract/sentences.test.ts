import { describe, expect, it } from "vitest";
import { splitSentences } from "../../lib/extract/sentences";

const texts = (text: string) => {
  const s = splitSentences(text);
  return Array.from({ length: s.count }, (_, i) => text.slice(s.start(i), s.end(i)));
};

describe("sentence ends", () => {
  it("ends a sentence after a roman place, not after an initial", () => {
    expect(
      texts("Kota Batu meraih peringkat terbaik I. Dari hasil itu Kota Batu maju ke tingkat nasional."),
    ).toEqual([
      "Kota Batu meraih peringkat terbaik I.",
      "Dari hasil itu Kota Batu maju ke tingkat nasional.",
    ]);
    expect(texts("Desa Sukorejo menjadi juara\u00a0V. Penghargaan diserahkan bupati.")).toHaveLength(2);
    expect(texts("Penghargaan diterima Hj. Siti I. Rahayu di Jakarta.")).toHaveLength(1);
  });

  it("does not end a sentence at the numbers of a list inside it", () => {
    const list = "Kategori usaha menengah: 1. PT Sinar Jaya, 2. CV Mitra, 3. PT Makmur.";
    expect(texts(list)).toEqual([list]);
    expect(texts("Juaranya; 1. Desa Asri; 2. Desa Baru. Acara usai.")).toEqual([
      "Juaranya; 1. Desa Asri; 2. Desa Baru.",
      "Acara usai.",
    ]);
    expect(texts("Pesertanya ada 12. Semua hadir.")).toEqual(["Pesertanya ada 12.", "Semua hadir."]);
  });

  it("does not end a sentence after a dotted government prefix", () => {
    for (const prefix of ["Pemkab.", "Pemkot.", "Pemprov."])
      expect(texts(`Juara II diraih ${prefix} Maluku Tenggara pada tahun ini.`)).toHaveLength(1);
  });
});
