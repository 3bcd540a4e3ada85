import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A provincial round never awards its own province (constructions/round-host.ts).
const lead = "Penganugerahan Paritrana Award 2024 tingkat Provinsi Jawa Barat digelar di Bandung.\n";
const names = (text: string) => summary(lead + text).records.map((r) => `${r.awardee}|${r.scope}`);

describe("the round's host", () => {
  it("is no winner of its own round, however it is named", () => {
    expect(
      names(
        "Kabupaten Garut meraih juara pertama dan berterima kasih kepada Pemerintah Provinsi Jawa Barat.",
      ),
    ).toEqual(["Kabupaten Garut|provinsi"]);
    expect(names("Penghargaan diterima Kota Bogor bersama Pemprov Jabar sebagai penyelenggara.")).toEqual([
      "Kota Bogor|provinsi",
    ]);
    expect(names("Pemerintah Provinsi Jawa Barat meraih penghargaan itu bersama Kabupaten Garut.")).toEqual([
      "Kabupaten Garut|provinsi",
    ]);
  });

  it("still wins where the sentence speaks of the national round", () => {
    expect(names("Pemprov Jawa Barat juga meraih juara kedua tingkat nasional.")).toEqual([
      "Provinsi Jawa Barat|nasional",
    ]);
  });
});
