// The scenarios' driver for Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi (no geckodriver, no browser download), with the build installed as a temporary add-on.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import puppeteer, { type Page } from "puppeteer-core";
import { servePages } from "../harness";
import { extensionPageReady, messenger } from "./page";
import { requireTestBuild } from "./test-build";
import type { Driver, Tab } from "./types";

export const FIREFOX_EXTENSION_DIR = resolve(".output/firefox-mv3");
/** The add-on id of the manifest's browser_specific_settings.gecko. */
const ADDON_ID = "paritrana-lens@paritrana-lens.id";
/** A fixed internal UUID, so the tests know the extension's moz-extension:// origin. */
const ADDON_UUID = "6f1c2a54-2e0b-4d7e-9b1a-5a7e3c0d9f21";
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (!found) throw new Error("Firefox not found: run `npm run setup` (installs Debian's firefox-esr)");
  return found;
}

/** Waits for a finished file to appear in the download folder that was not there before. */
async function newDownload(dir: string, before: Set<string>): Promise<string> {
  const end = Date.now() + 15_000;
  let last = "";
  for (;;) {
    // Firefox puts an empty file at the final name, writes NAME.part and then moves it over
    const name = readdirSync(dir).find((f) => !before.has(f) && !f.endsWith(".part"));
    const path = name && join(dir, name);
    const seen = path && !existsSync(`${path}.part`) ? `${name}:${statSync(path).size}` : "";
    if (name && seen === last && !seen.endsWith(":0")) return name;
    last = seen;
    if (Date.now() > end) throw new Error("no download finished within 15 s");
    await new Promise((ok) => setTimeout(ok, 150));
  }
}

/**
 * WebDriver BiDi serialises a shadow host with its shadow root, closed ones included (as developer
 * tools see them): the root is passed by its shared id to a function run in the page.
 */
async function inClosedShadow<R>(page: Page, host: string, selector: string, fn: string): Promise<R | null> {
  const handle = await page.$(host);
  if (!handle) return null;
  // biome-ignore lint/suspicious/noExplicitAny: puppeteer's BiDi handle and connection are not in its public types
  const bidi = handle as any;
  const root = bidi.remoteValue()?.value?.shadowRoot?.sharedId as string | undefined;
  await handle.dispose();
  if (!root) return null;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  const { result: reply } = await (page.browser() as any).connection.send("script.callFunction", {
    functionDeclaration: `(root, selector) => { const el = root.querySelector(selector); return el ? (${fn}).call(el) : null; }`,
    awaitPromise: true,
    // biome-ignore lint/suspicious/noExplicitAny: as above
    target: { context: (page.mainFrame() as any)._id },
    arguments: [{ sharedId: root }, { type: "string", value: selector }],
  });
  if (reply.type === "exception") throw new Error(`in the shadow root: ${reply.exceptionDetails?.text}`);
  return reply.result.type === "null" ? null : (reply.result.value as R);
}

function tab(page: Page, downloads: string, uploads: string, extension = false): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inClosedShadow: (host, selector, fn) => inClosedShadow(page, host, selector, fn),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    type: (text) => page.keyboard.type(text),
    reload: async () => {
      // an extension page's load event is lost, as on the first visit: callers wait on content
      await page.reload(extension ? { waitUntil: [] } : {});
    },
    focus: () => page.bringToFront(),
    async chooseFile(name, contents) {
      const path = join(mkdtempSync(join(uploads, "f-")), name);
      writeFileSync(path, contents);
      const input = await page.$("input[type=file]");
      if (!input) throw new Error("no file input on the page");
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    async download(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      const name = await newDownload(downloads, before);
      return { name, text: readFileSync(join(downloads, name), "utf8") };
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(): Promise<Driver> {
  requireTestBuild(FIREFOX_EXTENSION_DIR, "build:e2e");
  const root = mkdtempSync(join(tmpdir(), "paritrana-e2e-firefox-"));
  const [profile, downloads, uploads] = ["profile", "downloads", "uploads"].map((d) => join(root, d)) as [
    string,
    string,
    string,
  ];
  for (const dir of [profile, downloads, uploads]) mkdirSync(dir);
  const { origin, server } = await servePages();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // lets the driver navigate a tab to the extension's own moz-extension:// pages
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      "intl.locale.requested": "id",
      "intl.accept_languages": "id",
      // a saved file goes straight to the test's folder, no dialog
      "browser.download.folderList": 2,
      "browser.download.dir": downloads,
      "browser.download.useDownloadDir": true,
      "browser.download.always_ask_before_handling_new_types": false,
      "browser.download.start_downloads_in_tmp_dir": false,
      // an optional permission the extension asks for is granted without the prompt (Firefox's own
      // test switch): the prompt itself stays a manual check
      "extensions.webextOptionalPermissionPrompts": false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const driver: Driver = {
    browser: "firefox",
    origin,
    async openPage(path) {
      const page = await browser.newPage();
      await page.goto(path.startsWith("http") ? path : `${origin}${path}`);
      return tab(page, downloads, uploads);
    },
    async openExtensionPage(file) {
      const page = await browser.newPage();
      // The load event is lost when the tab moves into the extension's process: wait on content.
      await page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${file}`, { waitUntil: [] });
      const opened = tab(page, downloads, uploads, true);
      await extensionPageReady(opened);
      return opened;
    },
    send: messenger(() => driver.openExtensionPage("popup.html")),
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
      rmSync(root, { recursive: true, force: true });
    },
  };
  return driver;
}
