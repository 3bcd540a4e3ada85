// Paints record spans on the page. With the CSS Custom Highlight API nothing in the page's DOM
// changes: ranges go into highlights named paritrana-*, styled by one stylesheet we adopt.
// Only where that API is missing are text pieces wrapped in <paritrana-mark> elements.
export type Layer = "evidence" | "awardee" | "rank" | "focus";
const LAYERS: Layer[] = ["evidence", "awardee", "rank", "focus"];
export const HIGHLIGHT_NAMES: Record<Layer, string> = {
  evidence: "paritrana-evidence",
  awardee: "paritrana-awardee",
  rank: "paritrana-rank",
  focus: "paritrana-focus",
};
const COLORS: Record<Layer, string> = {
  evidence: "background-color:rgba(255,200,60,.18)",
  awardee: "background-color:#ffe08a;color:#1a1a1a;text-decoration:underline 2px #a85400",
  rank: "background-color:#c6f0cf;color:#1a1a1a;text-decoration:underline 2px #17703a",
  focus: "background-color:#ffb347;color:#000",
};

export type PaintLayers = Partial<Record<Layer, Range[]>>;

export interface Painter {
  readonly native: boolean;
  /** Replaces everything painted with these ranges. */
  paint(layers: PaintLayers): void;
  clear(): void;
}

/** `highlights` is the page's registry (a test passes null to exercise the fallback). */
export function createPainter(
  doc: Document,
  pauseObserver: (fn: () => void) => void,
  highlights: HighlightRegistry | null | undefined = (
    globalThis.CSS as { highlights?: HighlightRegistry } | undefined
  )?.highlights,
): Painter {
  let style: HTMLStyleElement | null = null;
  let sheet: CSSStyleSheet | null = null;
  const ensureStyle = (native: boolean) => {
    const css = LAYERS.map((l) =>
      native
        ? `::highlight(${HIGHLIGHT_NAMES[l]}){${COLORS[l]}}`
        : `paritrana-mark[data-paritrana-highlight~="${l}"]{all:unset;${COLORS[l]}}`,
    ).join("\n");
    // A constructed sheet adopted by the document: no element a page script can remove (some
    // pages delete whatever others add to <head>). Where that is unavailable, a <style>.
    if (native && sheet === null) {
      try {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      } catch {
        sheet = null;
      }
    }
    if (sheet) {
      try {
        if (!doc.adoptedStyleSheets.includes(sheet))
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
        return;
      } catch {
        sheet = null;
      }
    }
    if (style?.isConnected) return;
    style = doc.createElement("style");
    style.setAttribute("data-paritrana-lens", "");
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
  };

  if (highlights && typeof Highlight === "function") {
    return {
      native: true,
      paint(layers) {
        ensureStyle(true);
        LAYERS.forEach((layer, priority) => {
          const ranges = layers[layer] ?? [];
          if (ranges.length === 0) {
            highlights.delete(HIGHLIGHT_NAMES[layer]);
            return;
          }
          const h = new Highlight(...ranges);
          h.priority = priority;
          highlights.set(HIGHLIGHT_NAMES[layer], h);
        });
      },
      clear() {
        for (const l of LAYERS) highlights.delete(HIGHLIGHT_NAMES[l]);
      },
    };
  }

  // Fallback: wrap each text piece of each range; undone by unwrapping.
  let marks: Element[] = [];
  const clear = () =>
    pauseObserver(() => {
      for (const mark of marks) {
        const text = mark.firstChild;
        if (text && mark.parentNode) mark.parentNode.replaceChild(text, mark);
      }
      marks = [];
    });
  return {
    native: false,
    paint(layers) {
      clear();
      ensureStyle(false);
      pauseObserver(() => {
        for (const layer of ["evidence", "awardee", "rank"] as const)
          for (const range of layers[layer] ?? []) marks.push(...wrapRange(doc, range, layer));
      });
    },
    clear,
  };
}

function wrapRange(doc: Document, range: Range, layer: Layer): Element[] {
  const pieces: [Text, number, number][] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const first = range.commonAncestorContainer.nodeType === 3 ? (range.commonAncestorContainer as Text) : null;
  for (
    let node = first ?? (walker.nextNode() as Text | null);
    node;
    node = walker.nextNode() as Text | null
  ) {
    if (!range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to > from) pieces.push([node, from, to]);
    if (first) break;
  }
  return pieces.map(([node, from, to]) => {
    const middle = node.splitText(from);
    middle.splitText(to - from);
    const mark = doc.createElement("paritrana-mark");
    mark.setAttribute("data-paritrana-highlight", layer);
    middle.parentNode?.replaceChild(mark, middle);
    mark.append(middle);
    return mark;
  });
}
