// What the shared end-to-end scenarios need from a browser: one interface, one implementation per
// browser (Chromium through playwright-core, Firefox through puppeteer-core over WebDriver BiDi).
// Everything above it (finding controls, reading highlights) is written once, in ./page.ts.

export type BrowserName = "chromium" | "firefox";

/** A tab: a news page on the local server or a page of the extension. */
export interface Tab {
  /** Runs `fn` in the page's own world (not the extension's), with a JSON-able argument. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs the function declaration `fn` on the element `selector` inside the closed shadow root of
   * the first `host` element (null when there is none), as the browser's developer tools reach it:
   * the page itself cannot.
   */
  inClosedShadow<R>(host: string, selector: string, fn: string): Promise<R | null>;
  /** Real input events, as the browser's own pointer and keyboard make them. */
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  reload(): Promise<void>;
  /** Makes this the active tab of its window (what a toolbar popup acts on). */
  focus(): Promise<void>;
  /** Puts a file into the page's only `<input type=file>`, as the reader's file picker would. */
  chooseFile(name: string, contents: string): Promise<void>;
  /** The file the page saves when `trigger` runs (an `<a download>` click), as saved on disk. */
  download(trigger: () => Promise<void>): Promise<{ name: string; text: string }>;
  close(): Promise<void>;
}

export interface Driver {
  readonly browser: BrowserName;
  /** http://127.0.0.1:PORT, serving test/fixtures/pages */
  readonly origin: string;
  /** Opens a path of the local server (or a whole http URL) in a new tab. */
  openPage(path: string): Promise<Tab>;
  /** Opens an extension page (`table.html`, `popup.html`) once its first heading is drawn. */
  openExtensionPage(file: string): Promise<Tab>;
  /** Sends a runtime message from an extension page, as the popup does, and returns the reply. */
  send(message: unknown): Promise<unknown>;
  close(): Promise<void>;
}
