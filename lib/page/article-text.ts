// DOM → the article's plain text and metadata, with block boundaries as newlines and table rows as
// lines of tab-separated cells. DOM-standard only (runs on linkedom in Node and on a live document
// in the browser); no extension APIs.

import { type ArticleBlock, findArticle, leftOut, type Measure, measureAll } from "./find-article";
import { classWeight, FURNITURE_TITLE } from "./furniture";
import { type ArticleMetadata, readMetadata } from "./metadata";
import { mapText, type TextMap, type WalkRules } from "./text-map";

export type ArticleText = { text: string; title: string | null; publishedAt: string | null };

// Blocks end a line of text.
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "BR",
  "CAPTION",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
  "FIGURE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "TABLE",
  "TD",
  "TH",
  "TR",
  "UL",
]);
// Lines that only point to another article, or mark an ad or a "read on" break in the body.
const READ_ALSO =
  /^\s*(?:baca juga|baca pula|baca:|simak juga|simak:|lihat juga|tonton juga|artikel terkait|berita terkait)\b/i;
const AD_LINE =
  /^\s*(?:advertisement|iklan|ads|sponsored|scroll to (?:continue|resume)(?: with)?(?: content)?|lanjutkan membaca|gulir untuk melanjutkan)\s*$/i;
// Below this many characters, Readability tries again with looser rules.
const MIN_ARTICLE = 500;
// A cell this long holds body text: its table lays out the page, it is no table of data.
const MAX_CELL = 300;

const tagOf = (el: Element) => el.tagName.toUpperCase();

/** A table of data (rows read as lines), not one that lays out the page: no nested table, two or
 * more cells in a row, no cell holding a paragraph's worth of text. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute("role") === "presentation") return false;
  if (table.querySelector("table")) return false;
  let columns = 0;
  for (const row of Array.from(table.querySelectorAll("tr"))) {
    let cells = 0;
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      const tag = tagOf(c);
      if (tag !== "TD" && tag !== "TH") continue;
      cells++;
      if ((c.textContent ?? "").trim().length > MAX_CELL) return false;
    }
    columns = Math.max(columns, cells);
  }
  return columns >= 2;
}

/** Readability's conditional clean, for blocks inside the article that hold other blocks: a
 * furniture-weighted block, a box that opens with "Baca juga", a list of links after a "Baca juga"
 * line, a link-heavy block. */
function isClutter(el: Element, measures: Map<Element, Measure>, weigh: boolean): boolean {
  const m = measures.get(el);
  const tag = tagOf(el);
  if (tag !== "DIV" && tag !== "SECTION" && tag !== "UL" && tag !== "OL" && tag !== "TABLE") return false;
  if (weigh && classWeight(el) < 0) return true;
  if (!m || m.len === 0) return false;
  if (READ_ALSO.test(m.lead) || FURNITURE_TITLE.test(m.lead)) return true;
  if (m.commas >= 10) return false;
  const density = m.links / m.len;
  if (tag === "UL" || tag === "OL") {
    const before = el.previousElementSibling;
    return density > 0.5 && before !== null && READ_ALSO.test(measures.get(before)?.lead ?? "");
  }
  return tag !== "TABLE" && hasBlockChild(el) && density > 0.5;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(tagOf(c))) return true;
  return false;
}

/** `skip` as the article was found; `strict`: class weights count (Readability's first attempt). */
function rulesFor(block: ArticleBlock, skip: (el: Element) => boolean, strict: boolean): WalkRules {
  const measures = measureAll(block.root, skip);
  const dataTables = new Set<Element>(Array.from(block.root.querySelectorAll("table")).filter(isDataTable));
  const isCell = (el: Element) => {
    const tag = tagOf(el);
    return (tag === "TD" || tag === "TH") && dataTables.has(el.closest("table") as Element);
  };
  return {
    skip: (el) => skip(el) || isClutter(el, measures, strict),
    isBlock: (el) => BLOCK_TAGS.has(tagOf(el)),
    isCell,
    dropLine: (line) => READ_ALSO.test(line) || AD_LINE.test(line),
  };
}

/** The article's text with, for each character, the DOM text node it came from, and the page's
 * metadata (read once: the content script uses all of it). */
export type MappedArticle = ArticleText & { root: Element | null; map: TextMap; meta: ArticleMetadata };

function readBlock(html: Element, strict: boolean): { root: Element; text: string; map: TextMap } | null {
  const skip = leftOut(html, strict);
  const block = findArticle(html, skip, strict);
  if (!block) return null;
  const { text, map } = mapText(block.root, rulesFor(block, skip, strict), block.keep);
  return { root: block.root, text, map };
}

export function readArticleMapped(doc: Document, pageUrl?: string): MappedArticle {
  const meta = readMetadata(doc, pageUrl);
  // The whole document, not doc.body: HTML parsers differ on where stray markup before <body> goes.
  const html = doc.documentElement;
  let read = html ? readBlock(html, true) : null;
  // As Readability, a page whose class/id rules leave next to nothing is scored again with looser
  // ones (a wrapper named "has-sidebar" holds the whole page); the looser reading wins when much longer.
  if (html && (read?.text.length ?? 0) < MIN_ARTICLE) {
    const loose = readBlock(html, false);
    if (loose && loose.text.length > 2 * (read?.text.length ?? 0)) read = loose;
  }
  // No paragraph anywhere: the body's text, furniture left out.
  const body = doc.body ?? html;
  if (!read && body) {
    const skip = leftOut(body, true);
    read = { root: body, ...mapText(body, rulesFor({ root: body, keep: null }, skip, true)) };
  }
  const { root, text, map } = read ?? {
    root: null,
    text: "",
    map: { nodes: [], node: new Int32Array(0), offset: new Int32Array(0) },
  };
  return { text, title: meta.title, publishedAt: meta.publishedAt, root, map, meta };
}

export function readArticle(doc: Document): ArticleText {
  const { text, title, publishedAt } = readArticleMapped(doc);
  return { text, title, publishedAt };
}
