// The reader on the builds news bodies come in, each in a small page of its own words: what it takes
// and what it leaves, decided by Readability's scoring and the furniture rules.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readArticle, readArticleMapped } from "../../lib/page/article-text";
import { domSpansByLine } from "../../lib/page/text-map";

const load = (html: string) => parseHTML(html).document as unknown as Document;
const para = (n: number) =>
  `Kalimat ke-${n} dari berita ini cukup panjang, berisi koma, dan menjelaskan penyerahan penghargaan di ibu kota provinsi.`;

describe("reader builds", () => {
  it("reads a body of <br><br> runs, not the block of <p> comments below it", () => {
    const doc = load(`<html><body><div class="wrap">
      <div class="isi">Kota Bima meraih juara pertama.<br><br>${para(1)}<br><br>${para(2)}<br><br>${para(3)}</div>
      <div class="blok"><h3>Komentar</h3><p>Kabupaten Dompu juara pertama, menurut saya, lebih pantas.</p>
        <p>Kabupaten Sumbawa juara kedua, semoga tahun depan, naik peringkat.</p><p>${para(9)}</p></div>
    </div></body></html>`);
    const text = readArticle(doc).text;
    expect(text.split("\n")).toEqual(["Kota Bima meraih juara pertama.", para(1), para(2), para(3)]);
  });

  it("drops ad marks and read-also lines inside the body", () => {
    const doc = load(`<html><body><article><p>${para(1)}</p>
      <div class="parallax"><div>ADVERTISEMENT</div><div>SCROLL TO CONTINUE WITH CONTENT</div></div>
      <p>Simak juga: <a href="/x">Berita lain</a></p><p>${para(2)}</p></article></body></html>`);
    expect(readArticle(doc).text).toBe(`${para(1)}\n${para(2)}`);
  });

  it("reads a data table row by row, cells apart by a tab; a table laying out the page by its cells", () => {
    const doc = load(`<html><body><div class="post-content"><p>${para(1)}</p><p>${para(2)}</p>
      <table><tr><th>Peringkat</th><th>Nama</th></tr><tr><td>Terbaik 1</td><td><p>Desa Sukamaju</p></td></tr>
      <tr><td>Terbaik 2</td><td></td><td>Desa Mekarsari</td></tr></table>
      <table role="presentation"><tr><td>Catatan</td><td>Satu</td></tr></table></div></body></html>`);
    expect(readArticle(doc).text.split("\n").slice(2)).toEqual([
      "Peringkat\tNama",
      "Terbaik 1\tDesa Sukamaju",
      "Terbaik 2\tDesa Mekarsari",
      "Catatan",
      "Satu",
    ]);
  });

  it("maps a row's span to one DOM span per cell, never across what lies between cells", () => {
    const doc = load(`<html><body><div class="post-content"><p>${para(1)}</p><p>${para(2)}</p>
      <table><tr><td>Terbaik 1</td>  <td>Kabupaten <b>Klaten</b></td></tr></table></div></body></html>`);
    const read = readArticleMapped(doc);
    const start = read.text.indexOf("Terbaik 1\t");
    const end = read.text.indexOf("Klaten") + "Klaten".length;
    const spans = domSpansByLine(read.map, read.text, start, end);
    expect(
      spans.map((s) => [s.startNode.data.slice(s.startOffset), s.endNode.data.slice(0, s.endOffset)]),
    ).toEqual([
      ["Terbaik 1", "Terbaik 1"],
      ["Kabupaten ", "Klaten"],
    ]);
  });

  it("keeps a list inside the article as one line per item, drops a list of links after 'Baca juga'", () => {
    const doc = load(`<html><body><div class="read__content"><p>${para(1)}</p>
      <ol><li>Juara 1: Kota Solok</li><li>Juara 2: <a href="/t">Kabupaten Agam</a></li></ol>
      <p>Baca juga:</p><ul><li><a href="/1">Kota Padang juara satu lomba lain</a></li></ul><p>${para(2)}</p>
      </div><div class="sidebar"><ol><li>Juara 1: Kota Pariaman</li></ol></div></body></html>`);
    expect(readArticle(doc).text.split("\n")).toEqual([
      para(1),
      "Juara 1: Kota Solok",
      "Juara 2: Kabupaten Agam",
      para(2),
    ]);
  });

  it("reads a page whose class names would leave nothing (a wrapper named after its sidebar)", () => {
    const doc = load(
      `<html><body><div class="layout has-sidebar"><div>${[1, 2, 3, 4, 5]
        .map((n) => `<p>${para(n)}</p>`)
        .join("")}</div></div></body></html>`,
    );
    expect(readArticle(doc).text.split("\n")).toHaveLength(5);
  });

  it("reads captions of a photo story whose body is its captions", () => {
    const caption = (n: number) =>
      `<figure><img src="/${n}.jpg"><figcaption>${para(n)}</figcaption></figure>`;
    const doc = load(`<html><body><div class="gallery">${[1, 2, 3].map(caption).join("")}</div>
      <div class="list"><p><a href="/a">Judul berita lain yang cukup panjang untuk dihitung</a></p></div></body></html>`);
    expect(readArticle(doc).text.split("\n")).toEqual([para(1), para(2), para(3)]);
  });
});

describe("reader's second, looser reading", () => {
  it("never takes a long comment thread beside a short article", () => {
    const comments = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
      .map((n) => `<div class="item"><p>Kabupaten Dompu juara pertama, ${para(n)}</p></div>`)
      .join("");
    const doc = load(`<html><body><div class="main"><div class="isi"><p>Kota Bima meraih juara pertama
      Paritrana Award tingkat provinsi, diserahkan gubernur di Mataram.</p><p>${para(1)}</p></div>
      <div id="comments" class="comments">${comments}</div></div></body></html>`);
    const text = readArticle(doc).text;
    expect(text).toContain("Kota Bima meraih juara pertama");
    expect(text).not.toContain("Dompu");
  });
});
