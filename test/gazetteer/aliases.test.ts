import { describe, expect, it } from "vitest";
import { AREA_ALIASES, PREFIXED_AREA_ALIASES, PROVINCE_ALIASES } from "../../lib/gazetteer/aliases";
import { areasNamed, nameKey, placeByNameKey, provinceNamed, registerName } from "../../lib/gazetteer/index";

const placeNamed = (words: string) => {
  const place = placeByNameKey(nameKey(words));
  if (!place) throw new Error(`no place named ${words}`);
  return place;
};

describe("alias tables", () => {
  it("point every area alias at a regency or city of the register", () => {
    for (const [alias, official] of Object.entries(AREA_ALIASES)) {
      expect(areasNamed(official).length, `${alias} → ${official}`).toBeGreaterThan(0);
      expect(areasNamed(alias), alias).toEqual(expect.arrayContaining(areasNamed(official)));
    }
  });

  it("read a short form that is a common word as a place only after a government prefix", () => {
    for (const [alias, official] of Object.entries(PREFIXED_AREA_ALIASES)) {
      expect(areasNamed(official).length, `${alias} → ${official}`).toBeGreaterThan(0);
      expect(placeByNameKey(nameKey(alias)), alias).toBeUndefined();
      expect(placeByNameKey(nameKey(alias), true)?.areas, alias).toEqual(areasNamed(official));
    }
  });

  it("point every province alias at a province of the register", () => {
    for (const alias of Object.keys(PROVINCE_ALIASES)) expect(provinceNamed(alias), alias).not.toBeNull();
  });
});

describe("registerName", () => {
  it("gives the register's spelling of a regency however the text spells or shortens it", () => {
    for (const [written, name] of [
      ["Kulonprogo", "Kulon Progo"],
      ["Kulon Progo", "Kulon Progo"],
      ["Tulangbawang Barat", "Tulang Bawang Barat"],
      ["Tubaba", "Tulang Bawang Barat"],
      ["Muba", "Musi Banyuasin"],
      ["TTU", "Timor Tengah Utara"],
      ["Kukar", "Kutai Kartanegara"],
      ["Inhil", "Indragiri Hilir"],
      ["Basel", "Bangka Selatan"],
      ["Tapsel", "Tapanuli Selatan"],
      ["MBD", "Maluku Barat Daya"],
      ["Bolaang Mongondouw Selatan", "Bolaang Mongondow Selatan"],
      ["Tanjab Barat", "Tanjung Jabung Barat"],
      ["Bireun", "Bireuen"],
    ] as const)
      expect(registerName(placeNamed(written), "kabupaten"), written).toBe(name);
  });

  it("gives the register's spelling of a city", () => {
    for (const [written, name] of [
      ["Tangsel", "Tangerang Selatan"],
      ["Yogya", "Yogyakarta"],
      ["Jogja", "Yogyakarta"],
      ["Solo", "Surakarta"],
      ["Tanjung Balai", "Tanjungbalai"],
      ["Pangkalpinang", "Pangkal Pinang"],
      ["Bau-Bau", "Bau Bau"],
    ] as const)
      expect(registerName(placeNamed(written), "kota"), written).toBe(name);
  });

  it("gives a province's display name for its short forms and spellings", () => {
    for (const [written, name] of [
      ["Sumatra Selatan", "Sumatera Selatan"],
      ["Sumsel", "Sumatera Selatan"],
      ["Sumatra Utara", "Sumatera Utara"],
      ["Jabar", "Jawa Barat"],
      ["DIY", "DI Yogyakarta"],
      ["Daerah Istimewa Yogyakarta", "DI Yogyakarta"],
      ["NTB", "Nusa Tenggara Barat"],
      ["Kaltim", "Kalimantan Timur"],
    ] as const)
      expect(registerName(placeNamed(written), "provinsi"), written).toBe(name);
  });

  it("gives no name for a kind the place does not have", () => {
    expect(registerName(placeNamed("Tangsel"), "kabupaten")).toBeNull();
    expect(registerName(placeNamed("Kukar"), "provinsi")).toBeNull();
    expect(registerName(placeNamed("Jabar"), "kota")).toBeNull();
  });
});
