import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A government named bare as the subject of a win: adverbs may open the clause before it, and
// words such as "kembali", "pun", "juga" may stand between it and its verb (awardees.ts).
const round = " Paritrana Award 2024 tingkat Provinsi Jambi kategori pemerintah kabupaten/kota.";
const lines = (sentence: string) => summary(sentence + round).lines;
const KERINCI = "Kabupaten Kerinci|kabupaten|2|pemerintah_kabupaten_kota|provinsi|Jambi|2024";

describe("a bare subject of a win", () => {
  it("is read after an adverb opening its clause", () => {
    expect(lines("Kali ini Kerinci meraih peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Kini Kerinci dinobatkan sebagai peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Tahun 2024 Kerinci menyabet peringkat kedua")).toEqual([KERINCI]);
  });

  it("is read as the subject of a reported result, after a verb of saying", () => {
    expect(lines("Kepala Disnaker, Budi, mengatakan Kerinci meraih peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Bupati menyebutkan Kerinci berhasil meraih peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Ia menegaskan Kerinci kembali meraih peringkat kedua")).toEqual([KERINCI]);
  });

  it("is read after the dash that ends a dateline", () => {
    expect(lines("SUNGAI PENUH, jambiterkini.id – Kerinci meraih peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Sungai Penuh (Antara) - Kerinci (Kab. Kerinci) meraih peringkat kedua")).toEqual([KERINCI]);
  });

  it("is read with words between it and its verb", () => {
    expect(lines("Kerinci kembali meraih peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Kerinci pun berhasil meraih peringkat kedua")).toEqual([KERINCI]);
    expect(lines("Akhirnya Kerinci juga sukses meraih peringkat kedua")).toEqual([KERINCI]);
  });

  it("is not read after a demonstrative alone, nor where it only deserves the prize", () => {
    expect(summary(`Ini Deretan Peraih Juara${round}`).lines).toEqual([]);
    expect(lines("Menurut dia, Kerinci layak meraih peringkat kedua")).toEqual([]);
  });
});
