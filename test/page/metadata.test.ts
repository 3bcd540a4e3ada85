import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readMetadata } from "../../lib/page/metadata";
import { isListingPage, isListingUrl } from "../../lib/page/page-kind";

const load = (html: string) => parseHTML(html).document as unknown as Document;
const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), "utf8");

describe("readMetadata", () => {
  it("takes title, publisher, date and address from JSON-LD @graph first", () => {
    const meta = readMetadata(load(page("news-ntb.html")), "http://127.0.0.1:9/news-ntb.html");
    expect(meta).toEqual({
      title: "Lombok Tengah Juara Pertama Paritrana Award 2024 Tingkat NTB",
      publisher: "Suara Rinjani",
      publishedAt: "2024-05-22T08:15:00+08:00",
      canonicalUrl: "https://suararinjani.example/daerah/2024/05/22/lombok-tengah-juara-paritrana",
      declaresArticle: true,
    });
  });

  it("falls back to Open Graph and the page, resolving a relative canonical link", () => {
    const doc =
      load(`<html><head><title>Judul Halaman</title><meta property="og:site_name" content="Warta Brantas">
      <meta property="article:published_time" content="2025-08-20"><link rel="canonical" href="/jatim/berita-1#atas"></head><body><h1>Judul H1</h1></body></html>`);
    expect(readMetadata(doc, "https://wartabrantas.example/x?y=1")).toEqual({
      title: "Judul H1",
      publisher: "Warta Brantas",
      publishedAt: "2025-08-20",
      canonicalUrl: "https://wartabrantas.example/jatim/berita-1",
      declaresArticle: false,
    });
  });

  it("ignores a canonical address that is not http(s) and a broken JSON-LD block", () => {
    const doc = load(`<html><head><script type="application/ld+json">{oops</script>
      <link rel="canonical" href="javascript:alert(1)"></head><body></body></html>`);
    expect(readMetadata(doc, "https://a.example/b")).toMatchObject({
      canonicalUrl: null,
      title: null,
      publisher: null,
    });
  });
});

describe("listing pages", () => {
  it("tells tag, index, search and home pages from article addresses", () => {
    for (const url of [
      "https://www.antaranews.com/tag/paritrana-award",
      "https://bali.tribunnews.com/topic/paritrana",
      "https://example.co.id/search?q=paritrana",
      "https://example.co.id/indeks",
      "https://example.co.id/",
    ])
      expect(isListingUrl(url), url).toBe(true);
    for (const url of [
      "https://bali.tribunnews.com/2024/05/22/pemkab-raih-paritrana-award",
      "https://www.balitribune.co.id/content/tabanan-raih-paritrana-award-2025",
    ])
      expect(isListingUrl(url), url).toBe(false);
  });

  it("treats a list of headline links as a listing even at an article-like address", () => {
    const doc = load(page("tag/paritrana-award.html"));
    expect(isListingPage("https://x.example/tag/paritrana-award", doc.querySelector("main"), false)).toBe(
      true,
    );
    const links = load(
      `<main>${'<p><a href="/a">Kabupaten Dompu raih juara pertama Paritrana Award</a></p>'.repeat(5)}</main>`,
    );
    expect(isListingPage("https://x.example/2024/berita", links.querySelector("main"), false)).toBe(true);
    const article = load(page("news-ntb.html"));
    expect(
      isListingPage("https://x.example/2024/berita", article.querySelector(".entry-content"), true),
    ).toBe(false);
  });
});
