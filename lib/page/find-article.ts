// Finds the article's block the way Mozilla Readability's _grabArticle scores a page, without
// changing the page: every paragraph — a <p>, or a run of text between <br><br> or between the
// block children of a div/td/span — adds 1 + its commas + a point per 100 characters (at most 3) to
// its container, half that to the next ancestor and a third of it per level above; class/id words
// add or take 25; link-heavy blocks are discounted by their link density; siblings that score near
// the best (or read as prose) join it.
import { classWeight, FURNITURE_TITLE, isFurniture, isOutOfText } from "./furniture";
import { isSpace } from "./text-map";
import { walk } from "./walk";

/** The article: `root`, and when siblings of the best block join it, the root's children to keep. */
export type ArticleBlock = { root: Element; keep: Set<Node> | null };
/** A block's visible text: characters (whitespace runs as one), characters inside links, commas,
 * its first words; whether its children are all inline. */
export type Measure = { len: number; links: number; commas: number; lead: string; flat: boolean };
const LEAD = 40;

const PHRASING = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "CITE",
  "CODE",
  "DATA",
  "DFN",
  "EM",
  "FONT",
  "I",
  "IMG",
  "KBD",
  "LABEL",
  "MARK",
  "Q",
  "S",
  "SAMP",
  "SMALL",
  "SPAN",
  "STRIKE",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "TT",
  "U",
  "VAR",
  "WBR",
  "AMP-IMG",
]);
// Blocks whose own text runs are not scored as paragraphs (Readability scores neither).
const NOT_SCORED = /^(?:UL|OL|LI|DL|DT|DD|H[1-6]|TABLE|THEAD|TBODY|TFOOT|TR|TH|P|PRE|A|ADDRESS)$/;
const TAG_BONUS: Record<string, number> = {
  DIV: 5,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};
const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;

const tagOf = (n: Node) => (n as Element).tagName?.toUpperCase() ?? "";

/** Length with whitespace runs counted once, and commas, of a piece of text. */
export function measureText(s: string): { len: number; commas: number } {
  let len = 0;
  let commas = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (!space) len++;
      space = true;
      continue;
    }
    space = false;
    len++;
    if (
      c === 44 ||
      c === 0x060c ||
      c === 0xfe50 ||
      c === 0xfe10 ||
      c === 0xfe11 ||
      c === 0x2e41 ||
      c === 0x3001 ||
      c === 0xff0c
    )
      commas++;
  }
  return { len, commas };
}

/** Reads inline within its parent's text: a phrasing element with no <br> or block inside. */
const isInline = (el: Element, m: Measure | undefined) => m?.flat === true && PHRASING.has(tagOf(el));
/** A div holding only inline content: one paragraph (Readability turns it into a <p>). */
const isParagraphDiv = (el: Element, m: Measure | undefined) => m?.flat === true && tagOf(el) === "DIV";

/** The measure of every element under `body` that `skip` lets through (post-order, one walk). */
export function measureAll(body: Element, skip: (el: Element) => boolean): Map<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const stack: Measure[] = [];
  let linkDepth = 0;
  walk(
    body,
    (node) => {
      if (node.nodeType === 3) {
        const top = stack[stack.length - 1];
        if (!top) return false;
        const data = (node as Text).data;
        const m = measureText(data);
        top.len += m.len;
        top.commas += m.commas;
        if (linkDepth > 0) top.links += m.len;
        if (top.lead.length < LEAD && m.len > 0) top.lead += ` ${data.trim().slice(0, LEAD)}`;
        return false;
      }
      if (node.nodeType !== 1) return false;
      if (node !== body && skip(node as Element)) return false;
      if (tagOf(node) === "A") linkDepth++;
      stack.push({ len: 0, links: 0, commas: 0, lead: "", flat: true });
      return true;
    },
    (node) => {
      const m = stack.pop() as Measure;
      if (tagOf(node) === "A") {
        linkDepth--;
        // A link inside the page (#…) weighs less, as in Readability.
        if (/^\s*#/.test((node as Element).getAttribute("href") ?? "")) m.links = Math.round(m.len * 0.3);
        else m.links = m.len;
      }
      m.lead = m.lead.replace(/^\s+/, "");
      measures.set(node as Element, m);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.len += m.len;
        parent.links += m.links;
        parent.commas += m.commas;
        const inline = isInline(node as Element, m);
        // a block child starts a line of its own: the lead shows a title line as one
        if (parent.lead.length < LEAD && m.len > 0) parent.lead += `${inline ? " " : "\n"}${m.lead}`;
        parent.flat &&= inline;
      }
    },
  );
  return measures;
}

type Paragraph = { len: number; commas: number; links: number; nodes: Node[] };

/** An element's paragraphs: its <p> children, and the runs of inline children between blocks or
 * <br><br>. Blocks among the children are their own containers. */
export function paragraphsOf(el: Element, measures: Map<Element, Measure>): Paragraph[] {
  const out: Paragraph[] = [];
  let run: Paragraph = { len: 0, commas: 0, links: 0, nodes: [] };
  let br = false; // the last thing seen was a <br>
  const flush = () => {
    if (run.nodes.length > 0) out.push(run);
    run = { len: 0, commas: 0, links: 0, nodes: [] };
  };
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      const m = measureText((c as Text).data);
      if (m.len === 0) {
        if (run.nodes.length > 0) run.nodes.push(c);
        continue;
      }
      run.len += m.len;
      run.commas += m.commas;
      run.nodes.push(c);
      br = false;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const m = measures.get(c as Element);
    if (!m) continue; // left out (furniture, script…)
    const tag = tagOf(c);
    if (tag === "BR") {
      if (br) flush();
      else run.nodes.push(c);
      br = true;
      continue;
    }
    br = false;
    if (tag === "P" || isParagraphDiv(c as Element, m)) {
      flush();
      out.push({ len: m.len, commas: m.commas, links: m.links, nodes: [c] });
    } else if (isInline(c as Element, m)) {
      run.len += m.len;
      run.commas += m.commas;
      run.links += m.links;
      run.nodes.push(c);
    } else flush();
  }
  flush();
  return out;
}

const linkDensity = (m: Measure | undefined) => (m && m.len > 0 ? m.links / m.len : 0);

/** The article's block, or null when the page has no paragraph of text. */
/** What a reading leaves out. Strict (Readability's first attempt): tags, roles and class/id words.
 * Loose (its retry, for pages whose class names leave next to nothing): tags, roles, and the
 * never-article words (comments, sidebar, related…) except on a block holding nearly all the page's
 * text — a wrapper named "has-sidebar" is read, a long comment thread still is not. */
export function leftOut(html: Element, strict: boolean): (el: Element) => boolean {
  if (strict) return (el) => isOutOfText(el) || isFurniture(el);
  const all = measureAll(html, isOutOfText);
  const nearlyAll = (all.get(html)?.len ?? 0) * 0.9;
  return (el) => isOutOfText(el) || (isFurniture(el, true) && (all.get(el)?.len ?? 0) < nearlyAll);
}

/** `strict`: class/id words weigh in the scores, as in Readability's first attempt. */
export function findArticle(
  body: Element,
  skip: (el: Element) => boolean,
  strict: boolean,
): ArticleBlock | null {
  const measures = measureAll(body, skip);
  const scores = new Map<Element, number>();
  const init = (el: Element) => {
    let s = scores.get(el);
    if (s === undefined) {
      s = (TAG_BONUS[tagOf(el)] ?? 0) + (strict ? classWeight(el) : 0);
      scores.set(el, s);
    }
    return s;
  };
  for (const [el, m] of measures) {
    if (NOT_SCORED.test(tagOf(el)) || isInline(el, m) || isParagraphDiv(el, m)) continue;
    for (const p of paragraphsOf(el, measures)) {
      if (p.len < MIN_PARAGRAPH) continue;
      const points = 1 + p.commas + Math.min(Math.floor(p.len / 100), 3);
      let level = 0;
      for (let a: Element | null = el; a?.parentElement && level < ANCESTOR_LEVELS; a = a.parentElement) {
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(a, init(a) + points / divider);
        level++;
      }
    }
  }
  const final = (el: Element) => (scores.get(el) ?? 0) * (1 - linkDensity(measures.get(el)));
  const ranked = [...scores.keys()].sort((a, b) => final(b) - final(a));
  let top = ranked[0];
  if (!top) return null;
  top = climb(top, ranked, final, body);
  return { root: top, keep: null, ...withSiblings(top, final, measures, body) };
}

/** Readability's moves up from the best block: to an ancestor shared by several near-best blocks,
 * to a parent that scores higher, and past parents with only this child. */
function climb(top: Element, ranked: Element[], final: (el: Element) => number, body: Element): Element {
  const best = final(top);
  const near = ranked.slice(1, 5).filter((el) => final(el) / best >= 0.75);
  if (near.length >= 3) {
    // (counted up from each block: contains() walks the subtree in some DOMs)
    const shared = new Map<Element, number>();
    for (const el of near)
      for (let a = el.parentElement; a && a !== body; a = a.parentElement)
        shared.set(a, (shared.get(a) ?? 0) + 1);
    for (let p = top.parentElement; p && p !== body; p = p.parentElement)
      if ((shared.get(p) ?? 0) >= 3) {
        top = p;
        break;
      }
  }
  let last = final(top);
  const floor = last / 3;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    const s = final(p);
    if (s === 0) continue;
    if (s < floor) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // (not childElementCount: DOMs like linkedom count it over the whole subtree)
  while (
    top.parentElement &&
    top.parentElement !== body &&
    !top.previousElementSibling &&
    !top.nextElementSibling
  )
    top = top.parentElement;
  return top;
}

/** Siblings of the best block that join it: those scoring a fifth of it, and prose paragraphs. */
function withSiblings(
  top: Element,
  final: (el: Element) => number,
  measures: Map<Element, Measure>,
  body: Element,
): Partial<ArticleBlock> {
  const parent = top.parentElement;
  if (!parent || top === body) return {};
  const threshold = Math.max(10, final(top) * 0.2);
  const cls = top.getAttribute("class") ?? "";
  const keep = new Set<Node>([top]);
  for (const p of paragraphsOf(parent, measures)) {
    const el = p.nodes.length === 1 && p.nodes[0]?.nodeType === 1 ? (p.nodes[0] as Element) : null;
    if (el === top) continue;
    if (prose(p)) for (const n of p.nodes) keep.add(n);
  }
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    const m = measures.get(s);
    if (s === top || keep.has(s) || !m || FURNITURE_TITLE.test(m.lead)) continue;
    const bonus = cls !== "" && s.getAttribute("class") === cls ? final(top) * 0.2 : 0;
    if (final(s) + bonus >= threshold) keep.add(s);
  }
  return keep.size > 1 ? { root: parent, keep } : {};
}

/** A paragraph that reads as text rather than links: long with few links, or short with none and a
 * sentence end. */
function prose(p: Paragraph): boolean {
  const density = p.len > 0 ? p.links / p.len : 1;
  if (p.len > 80) return density < 0.25;
  return p.len > 0 && density === 0 && /\.(?:\s|$)/.test(p.nodes.map((n) => n.textContent ?? "").join(""));
}
