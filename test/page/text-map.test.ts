import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readArticleMapped } from "../../lib/page/article-text";
import { domSpan, domSpansByLine } from "../../lib/page/text-map";

const load = (html: string) => parseHTML(html).document as unknown as Document;

/** The DOM text a span maps to, read back from the nodes and offsets (as a Range would). */
function domText(span: ReturnType<typeof domSpan>): string {
  if (!span) return "";
  if (span.startNode === span.endNode) return span.startNode.data.slice(span.startOffset, span.endOffset);
  let out = span.startNode.data.slice(span.startOffset);
  // walk text nodes in document order until the end node
  const all: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) all.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(span.startNode.ownerDocument.body);
  for (let i = all.indexOf(span.startNode) + 1; all[i] !== span.endNode; i++) out += all[i]?.data ?? "";
  return out + span.endNode.data.slice(0, span.endOffset);
}

describe("article text offset map", () => {
  const doc = load(`<html><body><article>
    <h1>Judul  berita</h1>
    <p>Pemerintah   Kabupaten <b>Lombok\n   Tengah</b> meraih <i>juara</i>&nbsp;pertama.</p>
    <p>Baca juga: berita lain</p>
    <div class="related"><p>Kota Lain juara kedua</p></div>
    <p>Kalimat kedua.</p>
  </article></body></html>`);
  const article = readArticleMapped(doc);

  it("gives the same text as readArticle, with collapsed spaces and furniture left out", () => {
    expect(article.text).toBe(
      "Judul berita\nPemerintah Kabupaten Lombok Tengah meraih juara pertama.\nKalimat kedua.",
    );
  });

  it("maps any span of that text back to the page's own text nodes", () => {
    const find = (s: string) => {
      const start = article.text.indexOf(s);
      return domSpan(article.map, start, start + s.length);
    };
    const span = find("Kabupaten Lombok Tengah");
    expect(span?.startNode.data).toBe("Pemerintah   Kabupaten ");
    expect(span?.endNode.data).toBe("Lombok\n   Tengah");
    expect(domText(span)).toBe("Kabupaten Lombok\n   Tengah");
    expect(domText(find("juara pertama"))).toBe("juara\u00a0pertama");
    expect(domText(find("Kalimat kedua."))).toBe("Kalimat kedua.");
  });

  it("splits a span that crosses blocks into one DOM span per line", () => {
    const start = article.text.indexOf("pertama.");
    const end = article.text.indexOf(" kedua");
    const spans = domSpansByLine(article.map, article.text, start, end);
    expect(spans.map(domText)).toEqual(["pertama.", "Kalimat"]);
  });

  it("returns no span for an empty or out-of-text range", () => {
    expect(domSpan(article.map, 5, 5)).toBeNull();
    expect(domSpan(article.map, article.text.length, article.text.length + 4)).toBeNull();
  });
});

describe("article text offset map on deep pages", () => {
  it("reads an article nested 100,000 elements deep without overflowing the stack, in document order", () => {
    const doc = load("<html><body><article></article></body></html>");
    const article = doc.querySelector("article") as Element;
    let at: Element = article;
    const DEPTH = 100_000; // the recursive walk overflowed Node's stack between 20,000 and 50,000
    let middle: Element = article;
    for (let i = 0; i < DEPTH; i++) {
      const child = doc.createElement(i % 1000 === 0 ? "p" : i % 2 ? "span" : "div");
      at.appendChild(child);
      if (i === 50_000) {
        middle = child;
        child.appendChild(doc.createTextNode("Di tengah: Kota Bima juara ketiga."));
        child.appendChild(doc.createElement("div")).appendChild(doc.createTextNode("Kalimat sisipan."));
      }
      at = child;
    }
    at.appendChild(doc.createTextNode("Pemerintah Kabupaten Lombok Tengah meraih juara pertama."));
    // text after the deep branch closes, in a sibling block of the branch
    middle.appendChild(doc.createElement("p")).appendChild(doc.createTextNode("Kalimat penutup."));
    const read = readArticleMapped(doc);
    expect(read.text).toBe(
      "Di tengah: Kota Bima juara ketiga.\nKalimat sisipan.\nPemerintah Kabupaten Lombok Tengah meraih juara pertama.\nKalimat penutup.",
    );
    const start = read.text.indexOf("Lombok Tengah");
    const span = domSpan(read.map, start, start + "Lombok Tengah".length);
    expect(span?.startNode.data.slice(span.startOffset, span.endOffset)).toBe("Lombok Tengah");
  });

  it("closes every block on the way up, also where elements are empty or skipped", () => {
    const doc = load(
      "<html><body><article><div><div><p>Satu</p><p></p><nav><p>Menu</p></nav></div>dua<br><p>tiga</p></div><p>empat</p></article></body></html>",
    );
    expect(readArticleMapped(doc).text).toBe("Satu\ndua\ntiga\nempat");
  });
});
