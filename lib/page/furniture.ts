// What is never the article, and how class/id words weigh: Readability's regular expressions, with
// the words Indonesian news templates use (komentar, terkait, terpopuler, iklan, baca-juga…).

// Elements whose text is never part of the article (AMP's ad and menu elements included).
const SKIP_TAGS = new Set([
  "HEAD",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "CANVAS",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "NAV",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "FORM",
  "BUTTON",
  "SELECT",
  "TEXTAREA",
  "INPUT",
  "DIALOG",
  "MENU",
  "AMP-AD",
  "AMP-EMBED",
  "AMP-STICKY-AD",
  "AMP-ANALYTICS",
  "AMP-SIDEBAR",
  "AMP-CONSENT",
  "AMP-GEO",
]);
const SKIP_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "form",
  "menu",
  "menubar",
  "dialog",
  "alertdialog",
]);

// Class/id words (split at spaces, "-" and "_") of blocks that never hold the article.
const FURNITURE =
  /^(?:comments?|komentar|tanggapan|disqus|replies|related|terkait|populer|popular|terpopuler|trending|rekomendasi|recommended?|sidebar|widgets?|share|sharing|social|sosmed|advert|advertisement|ads|adsbygoogle|iklan|banner|sponsor|promo|breadcrumbs?|tags?|newsletter|subscribe|footer|header|masthead|nav|navbar|menu|pagination|pager|baca|bacajuga|readalso|terbaru|latest|terkini|outbrain|taboola|mgid|gdpr|cookie|modal|popup)$/;
// Words that may sit next to a furniture word on a block that still holds the article.
const MAYBE = /^(?:article|artikel|body|content|konten|main|column|entry|detail|isi|read)$/;
// Words that never do, whatever else the class says ("berita-terkait", "post-comments").
const NEVER =
  /^(?:comments?|komentar|tanggapan|disqus|replies|sidebar|footer|related|terkait|lainnya|terpopuler|populer|popular|rekomendasi|adsbygoogle)$/;

const POSITIVE =
  /article|artikel|body|content|konten|entry|hentry|h-entry|main|page|post|text|blog|story|detail|read|isi|berita/i;
const NEGATIVE =
  /hidden|^hid$|banner|combx|comment|komentar|tanggapan|com-|contact|footer|gdpr|masthead|meta|outbrain|promo|related|terkait|populer|popular|rekomendasi|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|iklan|advert|-ad-|^ads?$|^ads?[-_]|[-_]ads?$/i;

const marksOf = (el: Element) => `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
const wordsOf = (marks: string) => marks.toLowerCase().split(/[\s_-]+/);

/** Hidden, or a tag or role that never holds article text. An inline display:none does not count:
 * sites fold the rest of an article away until "Baca selengkapnya" is pressed. */
export function isOutOfText(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.getAttribute("hidden") !== null || el.getAttribute("aria-hidden") === "true") return true;
  const role = el.getAttribute("role");
  return role !== null && SKIP_ROLES.has(role);
}

/** Page furniture by its class/id words: comments, sidebars, related lists, share bars, ads. */
/** `onlyNever`: only the words that never name an article block count. */
export function isFurniture(el: Element, onlyNever = false): boolean {
  const marks = marksOf(el);
  if (marks.length < 2) return false;
  let furniture = false;
  let maybe = false;
  for (const w of wordsOf(marks)) {
    if (NEVER.test(w)) return true;
    if (onlyNever) continue;
    if (FURNITURE.test(w)) furniture = true;
    else if (MAYBE.test(w)) maybe = true;
  }
  return furniture && !maybe;
}

/** Readability's class weight: +25 for a content-like class and id each, −25 for a furniture-like. */
export function classWeight(el: Element): number {
  let weight = 0;
  for (const mark of [el.getAttribute("class"), el.getAttribute("id")]) {
    if (!mark) continue;
    if (NEGATIVE.test(mark)) weight -= 25;
    if (POSITIVE.test(mark)) weight += 25;
  }
  return weight;
}

/** A block whose first line is the title of page furniture: comments, related or popular lists,
 * "read also" boxes. The title says what a block is where its class names say nothing. */
export const FURNITURE_TITLE =
  /^\s*(?:\d+\s+)?(?:komentar|tanggapan|comments?|berita terkait|artikel terkait|berita lainnya|artikel lainnya|terpopuler|populer|terkini|terbaru|rekomendasi|baca juga|baca pula|simak juga|lihat juga|tonton juga)(?:\s+(?:anda|pembaca))?\s*(?:\(\d+\)|:[^\n]*)?\s*(?:\n|$)/i;
