// A link that opens the article scrolled to the evidence: a text fragment
// (`#:~:text=prefix-,start,end,-suffix`) built from the stored quote and its context. The context
// words make the match unique on the page; a match cannot cross a block element, so prefix and
// suffix stop at a line break (the article text separates paragraphs with one). Where the browser
// finds no match it simply opens the page, and the content script's own highlight shows the award.
import type { StoredEvidence } from "../records/schema";

/** Each part encoded with encodeURIComponent, plus `-` (it delimits prefix and suffix). */
export function encodeFragmentPart(part: string): string {
  return encodeURIComponent(part).replaceAll("-", "%2D");
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const CONTEXT_WORDS = 3;
/** Long quotes are given by their first and last words (textStart,textEnd): shorter URLs, same match. */
const EDGE_WORDS = 5;

export function textFragment(evidence: Pick<StoredEvidence, "quote" | "prefix" | "suffix">): string {
  const quoteWords = words(evidence.quote);
  if (quoteWords.length === 0) return "";
  const prefix = words(evidence.prefix.split(/[\r\n]/).at(-1) ?? "").slice(-CONTEXT_WORDS);
  const suffix = words(evidence.suffix.split(/[\r\n]/)[0] ?? "").slice(0, CONTEXT_WORDS);
  const parts: string[] = [];
  if (prefix.length > 0) parts.push(`${encodeFragmentPart(prefix.join(" "))}-`);
  if (quoteWords.length > EDGE_WORDS * 2 + 2) {
    parts.push(encodeFragmentPart(quoteWords.slice(0, EDGE_WORDS).join(" ")));
    parts.push(encodeFragmentPart(quoteWords.slice(-EDGE_WORDS).join(" ")));
  } else {
    parts.push(encodeFragmentPart(quoteWords.join(" ")));
  }
  if (suffix.length > 0) parts.push(`-${encodeFragmentPart(suffix.join(" "))}`);
  return `:~:text=${parts.join(",")}`;
}

/** The article URL with its own fragment replaced by the text fragment. */
export function evidenceLink(
  url: string,
  evidence: Pick<StoredEvidence, "quote" | "prefix" | "suffix">,
): string {
  const hash = url.indexOf("#");
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = textFragment(evidence);
  return fragment ? `${base}#${fragment}` : base;
}
