import { describe, expect, it } from "vitest";
import { anchorQuote } from "../../lib/highlight/anchor";

const text = "Kota Bima meraih juara ketiga. Lain hal. Kota Bima meraih juara ketiga. Penutup.";
const quote = "Kota Bima meraih juara ketiga.";

describe("anchorQuote", () => {
  it("keeps the stored position when the quote is still there", () => {
    expect(
      anchorQuote(text, { quote, prefix: "Lain hal. ", suffix: " Penutup.", start: 41, end: 71 }),
    ).toEqual({ start: 41, end: 71 });
  });

  it("finds the copy whose surroundings match when the text moved", () => {
    const moved = `Pengantar baru. ${text}`;
    expect(
      anchorQuote(moved, { quote, prefix: "Lain hal. ", suffix: " Penutup.", start: 41, end: 71 }),
    ).toEqual({
      start: 57,
      end: 87,
    });
    expect(anchorQuote(moved, { quote, prefix: "", suffix: " Lain hal.", start: 0, end: 30 })).toEqual({
      start: 16,
      end: 46,
    });
  });

  it("leaves a quote that is no longer in the text as an orphan instead of guessing", () => {
    expect(
      anchorQuote(text, {
        quote: "Kota Bima meraih juara kedua.",
        prefix: "",
        suffix: "",
        start: 0,
        end: 29,
      }),
    ).toBeNull();
  });
});
