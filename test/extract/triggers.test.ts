import { describe, expect, it } from "vitest";
import { splitSentences } from "../../lib/extract/sentences";
import { ITEM, MAIN, markSentences, TRIGGER_WORDS } from "../../lib/extract/triggers";

const marks = (text: string) => [...markSentences(text, splitSentences(text))];

describe("markSentences", () => {
  it("marks a sentence holding a win word at a word start, in any case", () => {
    expect(marks("Kota Contoh Juara lagi. Hujan turun sore ini.")).toEqual([MAIN, 0]);
  });

  it("marks the short lines under a marked line as maybe a list's items, and no long line or mid-line sentence", () => {
    const text = `Berikut pemenangnya:\n1. Kota Contoh\n2. Desa Contoh. Hujan turun.\n${"Lalu ".repeat(30)}`;
    expect(marks(text)).toEqual([MAIN, ITEM, ITEM, 0, 0]);
  });

  it("does not mark a trigger word inside a longer word, after ASCII or other letters", () => {
    expect(marks("Kejuaraan catur dibuka.")).toEqual([0]);
    expect(marks("Xjuara dibuka.")).toEqual([0]);
    expect(marks("Éjuara dibuka.")).toEqual([0]);
  });

  it("marks a trigger word after an underscore or a hyphen, where the tokenizer starts a word", () => {
    expect(marks("Tag _juara dibuka.")).toEqual([MAIN]);
    expect(marks("Tag -juara dibuka.")).toEqual([MAIN]);
  });

  it("has only words starting with a letter or digit (the \\b in the scan needs it)", () => {
    expect(TRIGGER_WORDS.length).toBeGreaterThan(50);
    for (const w of TRIGGER_WORDS) expect(w).toMatch(/^[a-z0-9]/);
  });

  it("has only ASCII letters and digits, but for se- (the scan finds a match's start from that)", () => {
    for (const w of TRIGGER_WORDS) if (w !== "se-") expect(w).toMatch(/^[a-z0-9]+$/);
  });

  it("marks se- and a word found at the very start of the text", () => {
    expect(marks("se-Bali\nJuara lagi.")).toEqual([1, MAIN]);
  });
});
