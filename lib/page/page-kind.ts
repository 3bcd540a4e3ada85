// Index, tag and search-result pages list many headlines (often several about the award) but are
// no article: they must not give records. Decided from the address and the shape of the text.

const LISTING_SEGMENT =
  /^(?:tag|tags|topik|topic|topics|search|cari|pencarian|indeks|index|kategori|category|label|arsip|archive|page)$/i;

export function isListingUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const segments = parsed.pathname.split("/").filter(Boolean);
  if (segments.length === 0) return true; // a home page
  return segments.some((s) => LISTING_SEGMENT.test(s)) || parsed.searchParams.has("q");
}

/** Share of the root's text that sits inside links: a list of headlines is mostly links. */
export function linkDensity(root: Element): number {
  const total = (root.textContent ?? "").replace(/\s+/g, "").length;
  if (total === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll("a")))
    linked += (a.textContent ?? "").replace(/\s+/g, "").length;
  return linked / total;
}

export function isListingPage(url: string, root: Element | null, declaresArticle: boolean): boolean {
  if (!declaresArticle && isListingUrl(url)) return true;
  if (!root) return true;
  return linkDensity(root) > 0.5;
}
