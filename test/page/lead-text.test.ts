import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { pageNamesAward } from "../../lib/page/lead-text";

const load = (title: string, body: string) =>
  parseHTML(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`)
    .document as unknown as Document;
const menu = (n: number) => `<nav><ul>${"<li><a href='#'>Rubrik daerah</a></li>".repeat(n)}</ul></nav>`;
const filler = (chars: number) =>
  `<p>${"Warga membersihkan saluran air di kampung. ".repeat(chars / 43)}</p>`;

describe("pageNamesAward (the content script's check on every page)", () => {
  it("finds the award in the title, or in the lead behind a long menu", () => {
    expect(pageNamesAward(load("Klaten Raih Paritrana Award 2024", "<p>Teks.</p>"))).toBe(true);
    const lead = `${menu(300)}<h1>Pemkab Klaten juara</h1><p>Klaten meraih Paritrana Award.</p>`;
    expect(pageNamesAward(load("Berita daerah", lead))).toBe(true);
  });

  it("finds a name the page split across elements", () => {
    expect(pageNamesAward(load("Berita", "<p>Meraih <b>Pari</b>trana Award tahun ini.</p>"))).toBe(true);
  });

  it("stops reading after the lead: a name far down the page is a passing mention", () => {
    const far = `${filler(30_000)}<aside><a href="#">Kabupaten bersiap ikut Paritrana Award</a></aside>`;
    expect(pageNamesAward(load("Banjir rendam tiga kecamatan", far))).toBe(false);
    expect(pageNamesAward(load("Banjir rendam tiga kecamatan", far), 100_000)).toBe(true);
  });

  it("does not count a long inline script against the lead", () => {
    const script = `<script>window.config = ${JSON.stringify("x".repeat(40_000))};</script>`;
    const page = `${script}<p>Desa Sukamaju meraih Paritrana Award.</p>`;
    expect(pageNamesAward(load("Berita desa", page))).toBe(true);
  });

  it("answers no for pages that never name it, ditches (parit) included", () => {
    expect(
      pageNamesAward(load("Parit meluap", `${filler(2_000)}<p>Parit di tepi jalan tersumbat.</p>`)),
    ).toBe(false);
    expect(pageNamesAward(load("", ""))).toBe(false);
  });
});
