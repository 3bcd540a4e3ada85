// The test the content script runs on every page it may act on: does the page name the award in
// its title or in the first stretch of its text? Bounded, so its cost does not grow with the page:
// an article about an award result names the award in its headline or lead, which come early even
// behind long menus; a name only further down (related links, comments) is a passing mention.
import { hintsAward, mentionsAward } from "@/lib/extract/quick-check";

/** Characters of the page's text read at most (scripts and styles not counted). */
export const LEAD_CHARS = 24_000;

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without needing the NodeFilter global
// A name cut between two text nodes ("Pari<b>trana</b>") is caught at the seam.
const SEAM = 12;

// Comparisons, not a Set: this runs in a fresh script world on every page, where a builtin's first
// use is not free.
const isCode = (tag: string | undefined) =>
  tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE";

/** The lead's text nodes, in order: scripts and styles left out, at most `limit` characters read. */
function leadNodes(body: HTMLElement, limit: number, visit: (text: string) => boolean): void {
  const walker = (body.ownerDocument as Document).createTreeWalker(body, SHOW_TEXT);
  let read = 0;
  for (let node = walker.nextNode(); node !== null && read < limit; node = walker.nextNode()) {
    const data = (node as Text).data;
    // Only long text is worth a look at its parent: inline scripts and styles are long.
    if (data.length > 200 && isCode(node.parentNode?.nodeName)) continue;
    if (visit(data)) return;
    read += data.length;
  }
}

export function pageNamesAward(doc: Document, limit = LEAD_CHARS): boolean {
  const body = doc.body;
  // The lead read once into one string and searched once for a hint of the name: this runs cold
  // on every page, where each call costs, and nearly every page has no hint at all.
  let lead = doc.title;
  if (body)
    leadNodes(body, limit, (text) => {
      lead += text;
      return false;
    });
  if (!hintsAward(lead)) return false;
  // A hint: the exact test, node by node, so that words of neighbouring nodes do not run together.
  if (mentionsAward(doc.title)) return true;
  if (!body) return false;
  let found = false;
  let tail = "";
  leadNodes(body, limit, (text) => {
    found = mentionsAward(text) || (tail !== "" && mentionsAward(tail + text.slice(0, SEAM)));
    tail = text.slice(-SEAM);
    return found;
  });
  return found;
}
