// The class tables must agree with the \p patterns on every UTF-16 unit: a wrong bit would split or
// join words, or move a sentence boundary, on pages using that character.
import { describe, expect, it } from "vitest";
import { FORMAT, LETTER, LOWER, NUMBER, SPACE, UPPER, unitClass } from "../../lib/extract/chars";

const PATTERNS: [number, RegExp][] = [
  [LETTER, /\p{L}/u],
  [NUMBER, /\p{N}/u],
  [UPPER, /\p{Lu}/u],
  [LOWER, /\p{Ll}/u],
  [SPACE, /\s/],
  [FORMAT, /\p{Cf}/u],
];

describe("unitClass", () => {
  it("gives every UTF-16 unit the classes the patterns give it", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      for (const [bit, pattern] of PATTERNS)
        if (((unitClass(c) & bit) !== 0) !== pattern.test(unit)) wrong.push(`U+${c.toString(16)} ${pattern}`);
    }
    expect(wrong).toEqual([]);
  });
});
