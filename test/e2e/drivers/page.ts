// What the scenarios do on a page, written once over the Tab interface: find a control the way a
// reader names it (its text or label), point at painted words, read what the extension drew.
import type { Tab } from "./types";

/** Polls `check` in the page until it holds; fails with `what` after `timeout` ms. */
export async function waitUntil<A>(
  tab: Tab,
  check: (arg: A) => boolean,
  arg: A,
  what: string,
  timeout = 20_000,
): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await tab.evaluate(check, arg).catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** An extension page has drawn its first heading and finished loading its records. */
export function extensionPageReady(tab: Tab): Promise<void> {
  return waitUntil(
    tab,
    () => document.querySelector("h1") !== null && !document.body.innerText.includes("Memuat"),
    undefined,
    "the extension page's heading",
  );
}

/** A `send` that posts from one extension page, opened on first use and kept. */
export function messenger(open: () => Promise<Tab>): (message: unknown) => Promise<unknown> {
  let page: Promise<Tab> | undefined;
  return async (message) => {
    page ??= open();
    return (await page).evaluate((m) => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API exists in the extension page
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.runtime.sendMessage(m);
    }, message);
  };
}

export type Painted = Record<string, string[]>;
/** Our highlights as the page's own world sees them: name → the text of each range. */
export function painted(tab: Tab): Promise<Painted> {
  return tab.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights)
      if (name.startsWith("paritrana-")) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** The text of the lens's card on the page ("" while it is closed). */
export async function cardText(tab: Tab): Promise<string> {
  // the card's shadow root is closed to the page: read as the browser's developer tools do
  // (textContent: Firefox gives an empty innerText for a node reached through WebDriver BiDi)
  const text = await tab.inClosedShadow<string>(
    "paritrana-lens",
    ".card",
    "function () { return this.hidden ? '' : this.textContent; }",
  );
  return text ?? "";
}

/** Moves the pointer onto the painted words `text` (a range of the given highlight). */
export async function hoverPainted(tab: Tab, highlight: string, text: string): Promise<void> {
  const point = await tab.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString() === wanted) as
        | Range
        | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: "center" });
      const box = range.getClientRects()[0] as DOMRect;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [highlight, text] as const,
  );
  if (!point) throw new Error(`${text} is not painted in ${highlight}`);
  await tab.mouseMove(point.x - 40, point.y - 40);
  await tab.mouseMove(point.x, point.y);
}

/** Hovers the painted words until the card shows `expected`, as a reader moves the pointer onto
 * them again when nothing opened (a first move can reach a page still busy loading the lens). */
export async function hoverUntilCard(
  tab: Tab,
  highlight: string,
  text: string,
  expected: string,
  timeout = 20_000,
): Promise<string> {
  const end = Date.now() + timeout;
  let card = "";
  while (Date.now() < end) {
    await hoverPainted(tab, highlight, text);
    const settle = Date.now() + 3_000;
    while (Date.now() < settle) {
      card = await cardText(tab);
      if (card.includes(expected)) return card;
      await new Promise((ok) => setTimeout(ok, 150));
    }
  }
  throw new Error(`hovering ${text}: the card never showed ${expected} (it read "${card}")`);
}

type Target = { selector: string; name: string | RegExp; within?: string };
type Found = { x: number; y: number } | null;

/** The centre of the first visible element matching `selector` whose text or aria-label is
 * `name` (inside `within`, and in open shadow roots too), scrolled into view. */
function locate(tab: Tab, { selector, name, within }: Target): Promise<Found> {
  const pattern = typeof name === "string" ? null : { source: name.source, flags: name.flags };
  return tab.evaluate(
    ({ selector, text, pattern, within }) => {
      const roots: ParentNode[] = [];
      const walk = (root: ParentNode) => {
        roots.push(root);
        for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      const scopes = within ? roots.flatMap((r) => [...r.querySelectorAll(within)]) : roots;
      const matches = (s: string) =>
        pattern ? new RegExp(pattern.source, pattern.flags).test(s) : s.trim() === text;
      for (const scope of scopes)
        for (const el of scope.querySelectorAll<HTMLElement>(selector)) {
          const label = el.getAttribute("aria-label") ?? el.innerText ?? el.textContent ?? "";
          if (!matches(label) || el.getClientRects().length === 0) continue;
          el.scrollIntoView({ block: "center" });
          const box = el.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          // Only where the reader's pointer would land on it: nothing drawn over it, not mid-move.
          const root = el.getRootNode() as Document | ShadowRoot;
          const hit = root.elementFromPoint?.(x, y) ?? document.elementFromPoint(x, y);
          if (!hit || !(hit === el || el.contains(hit))) continue;
          return { x, y };
        }
      return null;
    },
    { selector, text: typeof name === "string" ? name : "", pattern, within: within ?? null },
  );
}

/** Clicks the button (or other control) a reader would find by its text. */
export async function clickControl(tab: Tab, name: string | RegExp, selector = "button", within?: string) {
  const target = { selector, name, within };
  const end = Date.now() + 15_000;
  let point = await locate(tab, target);
  while (!point) {
    if (Date.now() > end) throw new Error(`no visible ${selector} named ${name}`);
    await new Promise((ok) => setTimeout(ok, 100));
    point = await locate(tab, target);
  }
  await tab.click(point.x, point.y);
}

/** Opens a record's dialog from the table by its awardee's name, as a reader clicks it; a click
 * that a row moving under the pointer sent to another record is closed and tried again, so the
 * test never edits the wrong record. */
export async function openRecord(tab: Tab, awardee: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await clickControl(tab, awardee);
    await waitUntil(tab, () => document.querySelector("dialog[open]") !== null, undefined, "the dialog");
    const title = await tab.evaluate(
      () => document.querySelector("dialog[open] h2")?.textContent ?? "",
      undefined,
    );
    if (title === awardee) return;
    await tab.press("Escape");
    await waitUntil(
      tab,
      () => document.querySelector("dialog[open]") === null,
      undefined,
      "the dialog closed",
    );
  }
  throw new Error(`the dialog of ${awardee} did not open`);
}

/** Types `value` into the field labelled `label` (replacing what it held), as a reader would. */
export async function fillField(tab: Tab, label: string, value: string, within = "body"): Promise<void> {
  const found = await tab.evaluate(
    ({ label, within }) => {
      const scope = [...document.querySelectorAll(within)].at(-1);
      // the label's own words, without a "corrected" tag that may follow them
      const tag = [...(scope?.querySelectorAll("label") ?? [])].find(
        (l) => l.firstChild?.textContent?.trim() === label,
      );
      const field = (tag?.control ??
        scope?.querySelector(`[aria-label="${label}"]`)) as HTMLInputElement | null;
      if (!field) return false;
      field.focus();
      // emptied through the prototype's setter, so React's change tracking hears the input event
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(field, "");
      field.dispatchEvent(new Event("input", { bubbles: true }));
      return true;
    },
    { label, within },
  );
  if (!found) throw new Error(`no field labelled ${label}`);
  if (value !== "") await tab.type(value);
}

/** Picks an option of the `<select>` labelled `label` by its value, as a change the page hears. */
export async function choose(tab: Tab, label: string, value: string): Promise<void> {
  const found = await tab.evaluate(
    ({ label, value }) => {
      const tag = [...document.querySelectorAll("label")].find((l) => l.textContent?.trim() === label);
      const select = tag?.control as HTMLSelectElement | null;
      if (!select) return false;
      select.focus();
      select.value = value;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      return true;
    },
    { label, value },
  );
  if (!found) throw new Error(`no choice labelled ${label}`);
}

/** The visible text of the page (or of the last element matching `selector`). */
export function textOf(tab: Tab, selector = "body"): Promise<string> {
  return tab.evaluate(
    (s) => [...document.querySelectorAll<HTMLElement>(s)].at(-1)?.innerText ?? "",
    selector,
  );
}
