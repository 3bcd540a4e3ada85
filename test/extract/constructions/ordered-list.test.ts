import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// Places read from the order of the names (constructions/ordered-list.ts). Our own sentences.
const lead = "Penganugerahan Paritrana Award 2023 tingkat Provinsi Jawa Tengah digelar di Semarang.\n";
const places = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 3).join("|"));

describe("ordered lists", () => {
  it("reads an order word after the first place: disusul, diikuti oleh", () => {
    for (const text of [
      "Kategori pemerintah kabupaten/kota dimenangkan oleh Kabupaten Klaten, disusul Kota Salatiga dan Kabupaten Kendal.",
      "Kabupaten Klaten meraih juara pertama, diikuti oleh Kota Salatiga dan Kabupaten Kendal.",
      "Untuk kabupaten/kota, Paritrana Award 2023 dimenangi Pemkab Klaten; menyusul Pemkot Salatiga serta Pemkab Kendal.",
    ])
      expect(places(text), text).toEqual([
        "Kabupaten Klaten|kabupaten|1",
        "Kota Salatiga|kota|2",
        "Kabupaten Kendal|kabupaten|3",
      ]);
  });

  it("gives the first place to the name before a run of 'kedua', 'ketiga'", () => {
    for (const text of [
      "Daerah yang menerima penghargaan itu yakni Pemerintah Kabupaten Klaten, kedua Pemerintah Kota Salatiga dan ketiga Pemerintah Kabupaten Kendal.",
      "Penerima Paritrana Award 2023 ialah Kabupaten Klaten, kedua Kota Salatiga, ketiga Kabupaten Kendal.",
      "Peraih penghargaan tahun ini adalah Pemkab Klaten, lalu kedua Pemkot Salatiga dan ketiga Pemkab Kendal.",
    ])
      expect(places(text), text).toEqual([
        "Kabupaten Klaten|kabupaten|1",
        "Kota Salatiga|kota|2",
        "Kabupaten Kendal|kabupaten|3",
      ]);
  });

  it("keeps places past the third when the sentence ranks a whole podium from the first", () => {
    const text =
      "Adapun urutan pemenang, pertama Kota Salatiga, kedua Kabupaten Klaten, ketiga Kabupaten Kendal, ke empat Kota Tegal dan peringkat ke lima Kabupaten Demak.";
    expect(places(text)).toEqual([
      "Kota Salatiga|kota|1",
      "Kabupaten Klaten|kabupaten|2",
      "Kabupaten Kendal|kabupaten|3",
      "Kota Tegal|kota|4",
      "Kabupaten Demak|kabupaten|5",
    ]);
    // A fourth place alone is a ranking, not a win.
    expect(places("Kota Tegal berada di peringkat ke-4 Paritrana Award 2023.")).toEqual([]);
  });

  it("gives places after 'masing-masing' or 'berturut-turut' to the names before it, in order", () => {
    for (const text of [
      "Kabupaten Klaten dan Kota Salatiga masing-masing meraih juara kedua dan ketiga.",
      "Pemkab Klaten serta Pemkot Salatiga berturut-turut menjadi terbaik kedua dan terbaik ketiga.",
      "Selain itu, Kabupaten Klaten dan Kota Salatiga meraih peringkat kedua dan ketiga masing-masing.",
    ])
      expect(places(text), text).toEqual(["Kabupaten Klaten|kabupaten|2", "Kota Salatiga|kota|3"]);
  });

  it("gives a run of places to a run of names of the same length, in order, with no word for it", () => {
    for (const text of [
      "Klaten, Salatiga dan Kendal meraih juara pertama, kedua dan ketiga.",
      "Kabupaten Klaten, Kota Salatiga serta Kabupaten Kendal menjadi terbaik I, II dan III.",
      "Sementara itu, Klaten, Salatiga dan Kendal masing-masing meraih peringkat pertama, kedua, dan ketiga.",
    ])
      expect(places(text), text).toEqual([
        "Kabupaten Klaten|kabupaten|1",
        "Kota Salatiga|kota|2",
        "Kabupaten Kendal|kabupaten|3",
      ]);
  });

  it("gives two results of one sentence to their two winners in order, the second bound by 'yang diraih'", () => {
    for (const text of [
      "Kabupaten Klaten meraih dua penghargaan, yakni peringkat II kategori kabupaten/kota dan peringkat III kategori desa yang diraih Desa Jetis.",
      "Pemkab Klaten membawa pulang dua piala: terbaik II tingkat kabupaten/kota serta terbaik III tingkat desa yang diraih oleh Desa Jetis.",
      "Kabupaten Klaten menyabet juara II untuk kabupaten/kota, sedangkan juara III kategori desa diraih Desa Jetis.",
    ])
      expect(places(text), text).toEqual(["Kabupaten Klaten|kabupaten|2", "Desa Jetis|desa|3"]);
  });

  it("gives one place after 'masing-masing' to each name before it", () => {
    const text = "Kabupaten Klaten dan Kota Salatiga masing-masing menerima piagam sebagai juara pertama.";
    expect(places(text)).toEqual(["Kabupaten Klaten|kabupaten|1", "Kota Salatiga|kota|1"]);
  });
});
