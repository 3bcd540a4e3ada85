// Walks an element into plain text (blocks on their own lines, whitespace collapsed, furniture and
// "read also" lines left out) while remembering, for every character of that text, the DOM text
// node and offset it came from — so an evidence span in the text becomes a DOM range later.
// DOM-standard only: runs on linkedom in Node and on a live page.
import { walk } from "./walk";

/** For each character of the text: which text node (index into `nodes`, -1 for a line break we
 * inserted) and which UTF-16 offset inside it. */
export type TextMap = { nodes: Text[]; node: Int32Array; offset: Int32Array };
export type MappedText = { text: string; map: TextMap };

export type WalkRules = {
  /** Elements whose whole subtree is left out. */
  skip: (el: Element) => boolean;
  /** Elements that start and end a line. */
  isBlock: (el: Element) => boolean;
  /** Cells of a table whose rows read as lines: each cell after a row's first starts with a tab,
   * and blocks inside a cell do not break the line. */
  isCell: (el: Element) => boolean;
  /** Whole lines to drop (e.g. "Baca juga: …"). */
  dropLine: (line: string) => boolean;
};

// Marks between the text parts (in place of a node index).
const LINE = -1;
const CELL = -2;
const SPACE = -3;

export const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/** Text from UTF-16 code units, in chunks (a single apply call overflows the stack on long text). */
function decode(codes: Uint16Array, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i += 8192)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return out;
}

/** `keep`, when given, names the root's children that belong to the text (the others are left out). */
export function mapText(root: Element, rules: WalkRules, keep: Set<Node> | null = null): MappedText {
  // 1. The raw text, one part per text node, with marks for block edges and cell starts.
  const nodes: Text[] = [];
  const parts: string[] = [];
  const partNode: number[] = [];
  const mark = (kind: number) => {
    parts.push("\n"); // one unit: the line break or tab it may become
    partNode.push(kind);
  };
  let inCell = 0; // depth of table cells whose row is one line
  walk(
    root,
    (node) => {
      if (keep && node.parentNode === root && !keep.has(node)) return false;
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? "";
        if (value !== "") {
          partNode.push(nodes.push(node as Text) - 1);
          parts.push(value);
        }
        return false;
      }
      if (node.nodeType !== 1) return false;
      const el = node as Element;
      if (el !== root && rules.skip(el)) return false;
      if (rules.isCell(el)) {
        inCell++;
        mark(CELL);
      } else if (rules.isBlock(el)) mark(inCell > 0 ? SPACE : LINE);
      return true;
    },
    (node) => {
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if (rules.isCell(el)) inCell--;
      else if (rules.isBlock(el)) mark(inCell > 0 ? SPACE : LINE);
    },
  );
  let n = 0;
  for (const part of parts) n += part.length;

  // 2. Lines, straight from the parts: whitespace runs become one space, lines are trimmed, empty
  // and unwanted lines go.
  const codes = new Uint16Array(n + 1);
  const outNode = new Int32Array(n + 1);
  const outOffset = new Int32Array(n + 1);
  let len = 0;
  const emit = (code: number, node: number, offset: number) => {
    codes[len] = code;
    outNode[len] = node;
    outOffset[len] = offset;
    len++;
  };
  let kept = false; // a line was kept before this one (so this one starts with "\n")
  let lineBegin = 0;
  let lineHasText = false;
  // What separates the next character from the last: nothing, a space or a tab (a cell's start);
  // for a space, the node and offset of the page's first space of the run (-1: one we inserted).
  let gap: 0 | 32 | 9 = 0;
  let spaceNode = -1;
  let spaceOffset = 0;
  const endLine = () => {
    if (lineHasText) {
      const line = decode(codes, kept ? lineBegin + 1 : lineBegin, len);
      if (rules.dropLine(line)) len = lineBegin;
      else kept = true;
    }
    lineBegin = len;
    lineHasText = false;
    gap = 0;
  };
  for (let p = 0; p < parts.length; p++) {
    const node = partNode[p] as number;
    if (node === LINE) {
      endLine();
      continue;
    }
    if (node === CELL || node === SPACE) {
      if (node === CELL) gap = 9;
      else if (gap === 0) {
        gap = 32;
        spaceNode = -1;
      }
      continue;
    }
    const part = parts[p] as string;
    for (let k = 0; k < part.length; k++) {
      const code = part.charCodeAt(k);
      if (isSpace(code)) {
        if (gap === 0) {
          gap = 32;
          spaceNode = node;
          spaceOffset = k;
        }
        continue;
      }
      if (!lineHasText) {
        if (kept) emit(10, -1, 0);
        lineHasText = true;
      } else if (gap === 9) emit(9, -1, 0);
      else if (gap === 32) emit(32, spaceNode, spaceOffset);
      gap = 0;
      emit(code, node, k);
    }
  }
  endLine();
  return {
    text: decode(codes, 0, len),
    map: { nodes, node: outNode.slice(0, len), offset: outOffset.slice(0, len) },
  };
}

/** Where a span of the text lies in the DOM: start and end text nodes and offsets, or null when
 * the span holds no character taken from the page. */
export type DomSpan = { startNode: Text; startOffset: number; endNode: Text; endOffset: number };

export function domSpan(map: TextMap, start: number, end: number): DomSpan | null {
  let s = Math.max(0, start);
  let e = Math.min(map.node.length, end) - 1;
  while (s <= e && (map.node[s] as number) < 0) s++;
  while (e >= s && (map.node[e] as number) < 0) e--;
  if (s > e) return null;
  const startNode = map.nodes[map.node[s] as number];
  const endNode = map.nodes[map.node[e] as number];
  if (!startNode || !endNode) return null;
  return {
    startNode,
    startOffset: map.offset[s] as number,
    endNode,
    endOffset: (map.offset[e] as number) + 1,
  };
}

/** The span split at the line breaks and cell tabs we inserted: one DomSpan per line or table cell
 * (a highlight per block or cell, never over what lies between cells). */
export function domSpansByLine(map: TextMap, text: string, start: number, end: number): DomSpan[] {
  const spans: DomSpan[] = [];
  let from = start;
  while (from < end) {
    let to = from;
    while (to < end && !isBreak(text.charCodeAt(to), map.node[to])) to++;
    const span = domSpan(map, from, to);
    if (span) spans.push(span);
    from = to + 1;
  }
  return spans;
}

/** A newline or tab we inserted (not one of the page's own characters). */
const isBreak = (code: number, node: number | undefined) => (code === 10 || code === 9) && node === -1;
