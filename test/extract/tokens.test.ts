// The hand-written tokenizer must cut exactly the tokens the reference pattern cuts, on whatever
// characters pages carry: accented and non-Latin letters, astral letters and emoji, lone
// surrogates, no-break and zero-width spaces, soft hyphens, curly apostrophes and joiners.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TokenStore, type Tokens, tokenize, tokenizeRange } from "../../lib/extract/tokens";

const REFERENCE = /[\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}\p{Cf}]/gu;

function reference(text: string, offset: number) {
  const out: { text: string; lower: string; start: number; word: boolean; cap: boolean; paren: boolean }[] =
    [];
  let depth = 0;
  for (const m of text.matchAll(REFERENCE)) {
    const t = m[0];
    const first = t[0] ?? "";
    const word = /[\p{L}\p{N}]/u.test(first);
    if (t === ")" && depth > 0) depth--;
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: offset + m.index,
      word,
      cap: word && /\p{Lu}/u.test(first),
      paren: depth > 0 || t === "(" || t === ")",
    });
    if (t === "(") depth = Math.min(depth + 1, 3);
  }
  return out;
}

/** The tokens as plain objects, starts shifted by `offset`. */
function objects(tokens: Tokens, offset = 0) {
  return Array.from({ length: tokens.length }, (_, i) => ({
    text: tokens.text(i),
    lower: tokens.lower(i),
    start: offset + tokens.start(i),
    end: offset + tokens.end(i),
    word: tokens.word(i),
    cap: tokens.cap(i),
    paren: tokens.paren(i),
  }));
}

const PIECES = [
  "Kabupaten",
  "kota",
  "PT.",
  "Sumatera-Barat",
  "se-Bali",
  "Kab/Kota",
  "Legutz'",
  "D’Raja",
  "(",
  ")",
  "((",
  "2024",
  "ke-2",
  "Ⅱ",
  "Éé",
  "İstanbul",
  "ß",
  "Ωmega",
  "𝐀𝐁",
  "😀",
  "\ud800",
  "\udc00x",
  "\u00a0",
  "\u200b",
  "\u00ad",
  "\u2028",
  "\ufeff",
  " ",
  "\n",
  "\t",
  "-",
  "–",
  "/",
  "'",
  "’",
  ",",
  ".",
  "“",
];

describe("tokenize", () => {
  it("cuts the same tokens as the reference pattern", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.nat(1000), (parts, offset) => {
        const text = parts.join("");
        const got = objects(tokenize(text), offset).map(({ end, ...t }) => {
          expect(end).toBe(t.start + t.text.length);
          return t;
        });
        expect(got).toEqual(reference(text, offset));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps names whole across no-break and zero-width spaces", () => {
    const words = objects(tokenize("Kota\u00a0Ambon\u200bmeraih juara")).map((t) => t.text);
    expect(words).toEqual(["Kota", "Ambon", "meraih", "juara"]);
  });
});

describe("tokenizeRange", () => {
  it("gives the tokens of the slice, at the text's offsets, without reading past the range", () => {
    const text = "Kab. Contoh juara I.\uD83C\uDFC6 PT Ané (Persero) ke-2 \uD83C\uDFC6 akhir";
    const ranges: [number, number][] = [
      [0, text.length],
      [0, 20],
      [5, 21],
      [21, 40],
      [20, text.length - 3],
    ];
    for (const [from, to] of ranges)
      expect(objects(tokenizeRange(new TokenStore(text), from, to)), `${from}-${to}`).toEqual(
        objects(tokenize(text.slice(from, to)), from),
      );
  });
});
