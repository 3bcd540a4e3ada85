import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// Words of a rank or category phrase are no awardee (constructions/overlaps.ts).
const lead = "Pemenang Paritrana Award 2022 tingkat nasional diumumkan secara daring.\n";
const names = (text: string) => summary(lead + text).records.map((r) => r.awardee);

describe("phrase overlaps", () => {
  it("does not read a roman place as a name", () => {
    expect(names("Pada kategori usaha menengah Terbaik I diraih PT Sinar Abadi Jaya.")).toEqual([
      "PT Sinar Abadi Jaya",
    ]);
    expect(names("Terbaik II kategori usaha besar diraih oleh PT Karya Bumi Nusantara.")).toEqual([
      "PT Karya Bumi Nusantara",
    ]);
    expect(names("Juara III: PT Samudra Biru Lestari")).toEqual(["PT Samudra Biru Lestari"]);
  });

  it("does not read a sector's or a size's words as a name", () => {
    expect(names("Sektor Manufaktur, Pertambangan dan Konstruksi diraih oleh Mitra Baja Perkasa.")).toEqual([
      "Mitra Baja Perkasa",
    ]);
    expect(names("Katagori Perusahaan Besar diterima oleh PT Armada Laut Timur.")).toEqual([
      "PT Armada Laut Timur",
    ]);
    expect(names("Kategori Industri dan Perdagangan: Toko Bangunan Sejati")).toEqual([
      "Toko Bangunan Sejati",
    ]);
  });
});

describe("givers and the beaten", () => {
  const names2 = (text: string) => summary(lead + text).records.map((r) => r.awardee);
  it("drops the agent of a passive giving verb and a giver before an active one", () => {
    expect(
      names2(
        "Kabupaten Raja Ampat meraih terbaik pertama Paritrana Award 2022 yang diselenggarakan Pemerintah Provinsi Papua Barat.",
      ),
    ).toEqual(["Kabupaten Raja Ampat"]);
    expect(
      names2(
        "Juara pertama diraih Kota Sorong; penghargaan diserahkan langsung oleh Pemerintah Provinsi Papua Barat Daya.",
      ),
    ).toEqual(["Kota Sorong"]);
    expect(
      names2("Pemprov Papua Barat menyerahkan penghargaan kepada Kabupaten Manokwari sebagai juara pertama."),
    ).toEqual(["Kabupaten Manokwari"]);
  });

  it("drops those the winner beat", () => {
    expect(
      names2("Kota Sorong meraih juara pertama setelah mengalahkan Kabupaten Sorong dan Kabupaten Maybrat."),
    ).toEqual(["Kota Sorong"]);
  });
});
