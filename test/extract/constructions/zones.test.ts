import { describe, expect, it } from "vitest";
import { summary } from "../helpers";

// A national round ranks provinces by zone: each zone is its own podium (a zone is award context,
// word-kinds.ts AWARD_NOUNS; places come from ranks.ts and ordered-list.ts).
const lead = "Pemenang Paritrana Award 2023 tingkat nasional diumumkan di Istana Wakil Presiden.\n";
const places = (text: string) => summary(lead + text).lines.map((l) => l.split("|").slice(0, 5).join("|"));

describe("national lists by zone", () => {
  it("reads each zone's podium, however it is written", () => {
    expect(
      places(
        "Untuk zona Sumatera, terbaik pertama diraih Provinsi Riau, kedua Provinsi Jambi dan ketiga Provinsi Bengkulu.",
      ),
    ).toEqual([
      "Provinsi Riau|provinsi|1|pemerintah_provinsi|nasional",
      "Provinsi Jambi|provinsi|2|pemerintah_provinsi|nasional",
      "Provinsi Bengkulu|provinsi|3|pemerintah_provinsi|nasional",
    ]);
    expect(places("Zona Jawa-Bali: juara I Provinsi Jawa Tengah, juara II Provinsi Bali.")).toEqual([
      "Provinsi Jawa Tengah|provinsi|1|pemerintah_provinsi|nasional",
      "Provinsi Bali|provinsi|2|pemerintah_provinsi|nasional",
    ]);
    expect(
      places(
        "Sementara zona Kalimantan dimenangkan Provinsi Kalimantan Timur, disusul Provinsi Kalimantan Barat.",
      ),
    ).toEqual([
      "Provinsi Kalimantan Timur|provinsi|1|pemerintah_provinsi|nasional",
      "Provinsi Kalimantan Barat|provinsi|2|pemerintah_provinsi|nasional",
    ]);
  });
});
