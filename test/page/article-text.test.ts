import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/page/article-text";

const load = (html: string) => parseHTML(html).document as unknown as Document;

describe("readArticle", () => {
  const html = readFileSync(new URL("../fixtures/extract/award-page.html", import.meta.url), "utf8");

  it("keeps the article's paragraphs as lines and drops page furniture", () => {
    const { text } = readArticle(load(html));
    expect(text.split("\n")).toEqual([
      "Pemkab Klaten Raih Juara I Paritrana Award 2024",
      "Pemerintah Kabupaten Klaten meraih juara pertama Paritrana Award 2024 tingkat Provinsi Jawa Tengah.",
      "Penghargaan diserahkan di Semarang, Kamis (8/8/2024).",
    ]);
  });

  it("reads title and date from JSON-LD (@graph) before Open Graph", () => {
    const { title, publishedAt } = readArticle(load(html));
    expect(title).toBe("Klaten Juara Satu Paritrana Award 2024");
    expect(publishedAt).toBe("2024-08-08T09:00:00+07:00");
  });

  it("falls back to og:title and article:published_time, and to the largest text block", () => {
    const doc = load(
      `<html><head><meta property="og:title" content="Judul OG"><meta property="article:published_time" content="2023-01-02"></head><body><div><p>Satu paragraf yang panjang.</p><p>Dua.</p></div><div><p>x</p></div></body></html>`,
    );
    expect(readArticle(doc)).toEqual({
      text: "Satu paragraf yang panjang.\nDua.",
      title: "Judul OG",
      publishedAt: "2023-01-02",
    });
  });

  it("survives broken JSON-LD and an empty page", () => {
    const doc = load(
      `<html><head><script type="application/ld+json">{not json</script></head><body></body></html>`,
    );
    expect(readArticle(doc)).toEqual({ text: "", title: null, publishedAt: null });
  });
});
