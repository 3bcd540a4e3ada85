// The test the content script runs on every page it may act on: does the page name the award in
// its title or in the first stretch of its text? Bounded, so its cost does not grow with the page:
// an article about an award result names the award in its headline or lead, which come early even
// behind long menus; a name only further down (related links, comments) is a passing mention.
import { mentionsAward } from "@/lib/extract/quick-check";

/** Characters of the page's text read at most (scripts and styles not counted). */
export const LEAD_CHARS = 24_000;

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without needing the NodeFilter global
// A name cut between two text nodes ("Pari<b>trana</b>") is caught at the seam.
const SEAM = 12;

// Comparisons, not a Set: this runs in a fresh script world on every page, where a builtin's first
// use is not free.
const isCode = (tag: string | undefined) =>
  tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE";

export function pageNamesAward(doc: Document, limit = LEAD_CHARS): boolean {
  if (mentionsAward(doc.title)) return true;
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  let read = 0;
  let tail = "";
  for (let node = walker.nextNode(); node !== null && read < limit; node = walker.nextNode()) {
    const data = (node as Text).data;
    // Only long text is worth a look at its parent: inline scripts and styles are long.
    if (data.length > 200 && isCode(node.parentNode?.nodeName)) continue;
    if (mentionsAward(data) || (tail !== "" && mentionsAward(tail + data.slice(0, SEAM)))) return true;
    read += data.length;
    tail = data.slice(-SEAM);
  }
  return false;
}
