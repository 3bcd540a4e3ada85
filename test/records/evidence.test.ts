import { describe, expect, it } from "vitest";
import { toStoredEvidence } from "../../lib/records/evidence";

const text = "Bupati menerima penghargaan itu di Jakarta. Kabupaten Contoh meraih juara kedua tahun ini.";
const quote = "Kabupaten Contoh meraih juara kedua";
const start = text.indexOf(quote);
const span = { start, end: start + quote.length, quote };

describe("toStoredEvidence", () => {
  it("keeps the quote, its offsets and up to 32 characters of context on each side", () => {
    const stored = toStoredEvidence(text, span);
    expect(stored.quote).toBe(quote);
    expect(stored.prefix).toBe(text.slice(start - 32, start));
    expect(stored.suffix).toBe(" tahun ini.");
    expect([stored.start, stored.end]).toEqual([span.start, span.end]);
  });

  it("stops the context at the start of the text", () => {
    const first = "Bupati menerima";
    expect(toStoredEvidence(text, { start: 0, end: first.length, quote: first }, 8).prefix).toBe("");
  });

  it("refuses evidence that does not match the text", () => {
    expect(() => toStoredEvidence(text, { ...span, start: span.start + 1, end: span.end + 1 })).toThrow(
      /does not match/,
    );
    expect(() => toStoredEvidence("short", span)).toThrow(/does not match/);
  });

  it("never cuts a character outside the basic plane in half", () => {
    const emoji = "\u{1F3C6}"; // two UTF-16 units
    const withEmoji = `${emoji}Desa Contoh juara`;
    const q = "juara";
    const s = withEmoji.indexOf(q);
    const stored = toStoredEvidence(withEmoji, { start: s, end: s + q.length, quote: q }, s - 1);
    expect(stored.prefix.startsWith(emoji)).toBe(true);
  });
});
