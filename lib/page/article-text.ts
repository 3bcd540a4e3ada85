// DOM → the article's plain text and metadata, with block boundaries as newlines. DOM-standard
// only (runs on linkedom in Node and on a live document in the browser); no extension APIs.

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

/** Plain text of an element: blocks on their own lines, page furniture left out. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && isNoise(el)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) parts.push("\n");
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "" && !READ_ALSO.test(line))
    .join("\n");
}

type JsonLdNode = Record<string, unknown>;

function jsonLdArticles(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (!v || typeof v !== "object") return;
    const node = v as JsonLdNode;
    if (node["@graph"]) visit(node["@graph"]);
    const type = node["@type"];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === "string" && /(?:News)?Article|BlogPosting|Report/.test(t)))
      out.push(node);
  };
  for (const s of Array.from(doc.querySelectorAll("script[type='application/ld+json']"))) {
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is the page's problem; other metadata sources remain.
    }
  }
  return out;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property='${name}'], meta[name='${name}'], meta[itemprop='${name}']`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

export function readArticle(doc: Document): ArticleText {
  const ld = jsonLdArticles(doc);
  const title =
    ld.map((n) => str(n.headline) ?? str(n.name)).find((t) => t) ??
    meta(doc, "og:title", "twitter:title") ??
    str(doc.querySelector("h1")?.textContent) ??
    str(doc.title) ??
    null;
  const publishedAt =
    ld.map((n) => str(n.datePublished) ?? str(n.dateCreated)).find((t) => t) ??
    meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date") ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const root = findRoot(doc);
  return { text: root ? blockText(root) : "", title, publishedAt };
}
