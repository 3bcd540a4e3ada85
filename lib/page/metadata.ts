// The article's metadata, each field from the most reliable source the page offers: JSON-LD
// (NewsArticle, also inside @graph) first, then Open Graph / article:* meta, then the page itself.

export type ArticleMetadata = {
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
  /** The article's own address (JSON-LD url, rel=canonical, og:url), http(s) only, no fragment. */
  canonicalUrl: string | null;
  /** The page declares itself an article (JSON-LD article type or og:type article). */
  declaresArticle: boolean;
};

type JsonLdNode = Record<string, unknown>;
const ARTICLE_TYPE = /Article$|BlogPosting|^Report$/;

function jsonLdArticles(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  let budget = 2000; // a hostile or huge JSON-LD tree is not walked forever
  const visit = (v: unknown) => {
    if (--budget < 0) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
      return;
    }
    if (!v || typeof v !== "object") return;
    const node = v as JsonLdNode;
    if (node["@graph"]) visit(node["@graph"]);
    const type = node["@type"];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t))) out.push(node);
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
const nameOf = (v: unknown): string | null => {
  if (Array.isArray(v)) return v.map(nameOf).find((x) => x) ?? null;
  return str(v) ?? (v && typeof v === "object" ? str((v as JsonLdNode).name) : null);
};
const idOf = (v: unknown): string | null =>
  str(v) ??
  (v && typeof v === "object" ? (str((v as JsonLdNode)["@id"]) ?? str((v as JsonLdNode).url)) : null);

function httpUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    url.hash = "";
    return url.href;
  } catch {
    return null;
  }
}

/** `pageUrl` resolves relative addresses (the live page's location; absent for a file). */
export function readMetadata(doc: Document, pageUrl?: string): ArticleMetadata {
  const ld = jsonLdArticles(doc);
  const first = (pick: (n: JsonLdNode) => string | null) => ld.map(pick).find((x) => x) ?? null;
  const title =
    first((n) => str(n.headline) ?? str(n.name)) ??
    meta(doc, "og:title", "twitter:title") ??
    str(doc.querySelector("h1")?.textContent) ??
    str(doc.title) ??
    null;
  const publishedAt =
    first((n) => str(n.datePublished) ?? str(n.dateCreated)) ??
    meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date") ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const publisher =
    first((n) => nameOf(n.publisher) ?? nameOf(n.sourceOrganization)) ??
    meta(doc, "og:site_name", "application-name", "publisher") ??
    null;
  const canonicalUrl =
    httpUrl(
      first((n) => str(n.url) ?? idOf(n.mainEntityOfPage)),
      pageUrl,
    ) ??
    httpUrl(doc.querySelector("link[rel='canonical']")?.getAttribute("href") ?? null, pageUrl) ??
    httpUrl(meta(doc, "og:url"), pageUrl);
  const ogType = meta(doc, "og:type");
  return {
    title,
    publisher,
    publishedAt,
    canonicalUrl,
    declaresArticle: ld.length > 0 || (ogType !== null && /article/i.test(ogType)),
  };
}
