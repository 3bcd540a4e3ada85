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

/** Text from UTF-16 code units, in chunks (a single apply call overflows the stack on long text). */
function decode(codes: Uint16Array, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; i += 8192)
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return out;
}

export function mapText(root: Element, rules: WalkRules): MappedText {
  // 1. The raw text, one part per text node; "\n" parts (node -1) mark block edges.
  const nodes: Text[] = [];
  const parts: string[] = [];
  const partNode: number[] = [];
  const brk = () => {
    parts.push("\n");
    partNode.push(-1);
  };
  // Iterative, in document order: pages nest elements thousands deep, and recursion would
  // overflow the stack there.
  const open = (node: Node): boolean => {
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
    if (rules.isBlock(el)) brk();
    return true;
  };
  const close = (node: Node) => {
    if (rules.isBlock(node as Element)) brk();
  };
  let node: Node | null = root;
  let enter = open(root);
  while (node) {
    if (enter && node.firstChild) {
      node = node.firstChild;
      enter = open(node);
      continue;
    }
    if (enter) close(node); // an element with no children
    // Climb until a next sibling exists, closing each element on the way; stop at the root.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      close(node);
    }
    if (node === root) break;
    node = node.nextSibling as Node;
    enter = open(node);
  }
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
  // The first space of the pending whitespace run: its node and offset, node -1 when none.
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
    spaceNode = -1;
  };
  for (let p = 0; p < parts.length; p++) {
    const node = partNode[p] as number;
    if (node === -1) {
      endLine();
      continue;
    }
    const part = parts[p] as string;
    for (let k = 0; k < part.length; k++) {
      const code = part.charCodeAt(k);
      if (isSpace(code)) {
        if (spaceNode < 0) {
          spaceNode = node;
          spaceOffset = k;
        }
        continue;
      }
      if (!lineHasText) {
        if (kept) emit(10, -1, 0);
        lineHasText = true;
      } else if (spaceNode >= 0) emit(32, spaceNode, spaceOffset);
      spaceNode = -1;
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
