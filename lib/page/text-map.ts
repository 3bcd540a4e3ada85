// Walks an element into plain text (blocks on their own lines, whitespace collapsed, furniture and
// "read also" lines left out) while remembering, for every character of that text, the DOM text
// node and offset it came from — so an evidence span in the text becomes a DOM range later.
// DOM-standard only: runs on linkedom in Node and on a live page.

/** For each character of the text: which text node (index into `nodes`, -1 for a line break we
 * inserted) and which UTF-16 offset inside it. */
export type TextMap = { nodes: Text[]; node: Int32Array; offset: Int32Array };
export type MappedText = { text: string; map: TextMap };

export type WalkRules = {
  /** Elements whose whole subtree is left out. */
  skip: (el: Element) => boolean;
  /** Elements that start and end a line. */
  isBlock: (el: Element) => boolean;
  /** Whole lines to drop (e.g. "Baca juga: …"). */
  dropLine: (line: string) => boolean;
};

const isSpace = (code: number) =>
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

export function mapText(root: Element, rules: WalkRules): MappedText {
  // 1. Raw characters with their source; "\n" (node -1) marks block edges.
  const nodes: Text[] = [];
  const raw: string[] = [];
  const rawNode: number[] = [];
  const rawOffset: number[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? "";
      if (value === "") return;
      const index = nodes.push(node as Text) - 1;
      raw.push(value);
      for (let i = 0; i < value.length; i++) {
        rawNode.push(index);
        rawOffset.push(i);
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== root && rules.skip(el)) return;
    const block = rules.isBlock(el);
    const brk = () => {
      raw.push("\n");
      rawNode.push(-1);
      rawOffset.push(0);
    };
    if (block) brk();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) brk();
  };
  walk(root);
  const all = raw.join("");

  // 2. Lines: collapse whitespace to one space, trim, drop empty and unwanted lines.
  const out: string[] = [];
  const outNode: number[] = [];
  const outOffset: number[] = [];
  let lineStart = 0;
  const emitLine = (from: number, to: number) => {
    const chars: string[] = [];
    const ln: number[] = [];
    const lo: number[] = [];
    let pendingSpace = -1;
    for (let i = from; i < to; i++) {
      const code = all.charCodeAt(i);
      if (isSpace(code)) {
        if (pendingSpace < 0) pendingSpace = i;
        continue;
      }
      if (pendingSpace >= 0 && chars.length > 0) {
        chars.push(" ");
        ln.push(rawNode[pendingSpace] ?? -1);
        lo.push(rawOffset[pendingSpace] ?? 0);
      }
      pendingSpace = -1;
      chars.push(all[i] as string);
      ln.push(rawNode[i] ?? -1);
      lo.push(rawOffset[i] ?? 0);
    }
    const line = chars.join("");
    if (line === "" || rules.dropLine(line)) return;
    if (out.length > 0) {
      out.push("\n");
      outNode.push(-1);
      outOffset.push(0);
    }
    out.push(line);
    for (let k = 0; k < ln.length; k++) {
      outNode.push(ln[k] as number);
      outOffset.push(lo[k] as number);
    }
  };
  for (let i = 0; i <= all.length; i++) {
    if (i === all.length || (all.charCodeAt(i) === 10 && rawNode[i] === -1)) {
      emitLine(lineStart, i);
      lineStart = i + 1;
    }
  }
  return {
    text: out.join(""),
    map: { nodes, node: Int32Array.from(outNode), offset: Int32Array.from(outOffset) },
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

/** The span split at line breaks we inserted: one DomSpan per line (a highlight per block). */
export function domSpansByLine(map: TextMap, text: string, start: number, end: number): DomSpan[] {
  const spans: DomSpan[] = [];
  let from = start;
  while (from < end) {
    const nl = text.indexOf("\n", from);
    const to = nl < 0 || nl >= end ? end : nl;
    const span = domSpan(map, from, to);
    if (span) spans.push(span);
    from = to + 1;
  }
  return spans;
}
