// DOM → the article's plain text and metadata, with block boundaries as newlines. DOM-standard
// only (runs on linkedom in Node and on a live document in the browser); no extension APIs.

import { type ArticleMetadata, readMetadata } from "./metadata";
import { mapText, type TextMap, type WalkRules } from "./text-map";

export type ArticleText = { text: string; title: string | null; publishedAt: string | null };

// Elements whose text is never part of the article.
const SKIP_TAGS = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "CANVAS",
  "IFRAME",
  "OBJECT",
  "NAV",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "FORM",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "FIGURE",
]);

// Blocks end a line of text.
const BLOCK_TAGS = new Set([
  "ADDRESS",
  "ARTICLE",
  "BLOCKQUOTE",
  "BR",
  "DD",
  "DIV",
  "DL",
  "DT",
  "FIGCAPTION",
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

// Class/id/role words of page furniture: comments, related links, share bars, ads.
const NOISE =
  /(?:^|[\s_-])(?:comments?|komentar|related|terkait|baca-?juga|share|social|sidebar|widget|advert|ads|iklan|breadcrumbs?|tags?|newsletter|popular|terpopuler|rekomendasi|footer|header|nav|menu)(?:$|[\s_-])/i;
const NOISE_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "form"]);
// A paragraph that only points to another article.
const READ_ALSO = /^\s*(?:baca juga|baca pula|simak juga|lihat juga|artikel terkait|berita terkait)\b/i;

function isNoise(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") return true;
  const role = el.getAttribute("role");
  if (role && NOISE_ROLES.has(role)) return true;
  const marks = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return marks.trim() !== "" && NOISE.test(marks);
}

/** Pick the element most likely to hold the article body. */
function findRoot(doc: Document): Element | null {
  const candidates = [
    ...Array.from(doc.querySelectorAll("[itemprop='articleBody']")),
    ...Array.from(doc.querySelectorAll("article")),
    ...Array.from(doc.querySelectorAll("main, [role='main']")),
  ];
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of candidates) {
    const score = paragraphText(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  if (best) return best;
  // No semantic container: the block with the most paragraph text among <p> parents.
  const parents = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll("p"))) {
    const parent = p.parentElement;
    if (!parent) continue;
    parents.set(parent, (parents.get(parent) ?? 0) + (p.textContent ?? "").trim().length);
  }
  for (const [el, score] of parents) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ?? doc.body;
}

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll("p"))) n += (p.textContent ?? "").trim().length;
  return n;
}

const RULES: WalkRules = {
  skip: isNoise,
  isBlock: (el) => BLOCK_TAGS.has(el.tagName.toUpperCase()),
  dropLine: (line) => READ_ALSO.test(line),
};

/** The article's text with, for each character, the DOM text node it came from, and the page's
 * metadata (read once: the content script uses all of it). */
export type MappedArticle = ArticleText & { root: Element | null; map: TextMap; meta: ArticleMetadata };

export function readArticleMapped(doc: Document, pageUrl?: string): MappedArticle {
  const meta = readMetadata(doc, pageUrl);
  const root = findRoot(doc);
  const mapped = root
    ? mapText(root, RULES)
    : { text: "", map: mapText(doc.createElement("div"), RULES).map };
  return { text: mapped.text, title: meta.title, publishedAt: meta.publishedAt, root, map: mapped.map, meta };
}

export function readArticle(doc: Document): ArticleText {
  const { text, title, publishedAt } = readArticleMapped(doc);
  return { text, title, publishedAt };
}
