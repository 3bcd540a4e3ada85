// The lens's card lives in a closed shadow root, which neither the page nor Playwright's selectors
// can reach. The browser's DevTools protocol can (as a reader's eyes and hands can): this finds
// the card through it, reads its text, and acts on it with real (trusted) mouse and keyboard input.
import type { CDPSession, Page } from "playwright-core";

type Node = { nodeId: number; nodeName: string; children?: Node[]; shadowRoots?: Node[] };

function findHost(node: Node, name: string): Node | undefined {
  if (node.nodeName.toLowerCase() === name) return node;
  for (const child of node.children ?? []) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return undefined;
}

/** Runs `fn` on the element `selector` inside the shadow root of the first `host` (null: none). */
export async function inClosedShadow<T>(
  page: Page,
  host: string,
  selector: string,
  fn: string,
): Promise<T | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: Node };
    const shadow = findHost(root, host)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: shadow.nodeId, selector });
    if (!nodeId) return null;
    const { object } = await cdp.send("DOM.resolveNode", { nodeId });
    if (!object.objectId) return null;
    const { result } = await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    });
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

export class LensCard {
  constructor(private readonly page: Page) {}

  private on<T>(selector: string, fn: string): Promise<T | null> {
    return inClosedShadow<T>(this.page, "paritrana-lens", selector, fn);
  }

  /** Whether the shadow root is closed to the page (its host's `shadowRoot` is null). */
  closedToPage(): Promise<boolean> {
    return this.page.evaluate(() => {
      const host = document.querySelector("paritrana-lens");
      return host !== null && host.shadowRoot === null;
    });
  }

  /** The card's text as shown ("" while it is hidden or absent). */
  async text(): Promise<string> {
    return (await this.on<string>(".card", "function(){return this.hidden ? '' : this.innerText}")) ?? "";
  }

  async hidden(): Promise<boolean> {
    return (await this.on<boolean>(".card", "function(){return this.hidden}")) ?? true;
  }

  barText(): Promise<string | null> {
    return this.on<string>(".bar", "function(){return this.innerText}");
  }

  /** Focuses the toolbar button (as Tab would) for keyboard tests. */
  async focusBar(): Promise<void> {
    await this.on(".bar", "function(){this.focus()}");
  }

  /** Focuses the card's control whose visible text (a button) or label (an input) is `name`. */
  async focus(name: string): Promise<void> {
    const found = await this.on<boolean>(
      ".card",
      `function(){
        const wanted = ${JSON.stringify(name)};
        const button = [...this.querySelectorAll("button")].find((b) => b.textContent.trim() === wanted);
        const label = [...this.querySelectorAll("label")].find((l) => l.firstChild && l.firstChild.textContent.trim() === wanted);
        const target = button || (label && label.querySelector("input"));
        if (!target) return false;
        target.focus();
        if (target.select) target.select();
        return true;
      }`,
    );
    if (!found) throw new Error(`no control "${name}" in the card`);
  }

  /** Clicks a button of the card with the mouse, at its place on screen. */
  async click(name: string): Promise<void> {
    const box = await this.on<{ x: number; y: number } | null>(
      ".card",
      `function(){
        const b = [...this.querySelectorAll("button")].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
        if (!b) return null;
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }`,
    );
    if (!box) throw new Error(`no button "${name}" in the card`);
    await this.page.mouse.click(box.x, box.y);
  }
}

/** Moves the pointer onto the painted words `text` (a range of the given highlight). */
export async function hover(page: Page, highlight: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name as string) ?? [])].find((r) => r.toString() === wanted) as
        | Range
        | undefined;
      if (!range) return null;
      (range.startContainer.parentElement as Element).scrollIntoView({ block: "center" });
      const box = range.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [highlight, text],
  );
  if (!point) throw new Error(`${text} is not painted in ${highlight}`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
}
