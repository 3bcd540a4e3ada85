// The scenarios' driver for Chromium: the project's Chromium harness (../harness.ts) behind the
// shared Tab/Driver interface.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { launch } from "../harness";
import { inClosedShadow } from "../lens-card";
import { extensionPageReady, messenger } from "./page";
import type { Driver, Tab } from "./types";

function tab(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inClosedShadow: (host, selector, fn) => inClosedShadow(page, host, selector, fn),
    mouseMove: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    reload: async () => {
      await page.reload();
    },
    focus: () => page.bringToFront(),
    chooseFile: (name, contents) =>
      page.locator("input[type=file]").setInputFiles({
        name,
        mimeType: "application/json",
        buffer: Buffer.from(contents),
      }),
    async download(trigger) {
      const [file] = await Promise.all([page.waitForEvent("download"), trigger()]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
    },
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<Driver> {
  const session = await launch();
  const base = `chrome-extension://${session.extensionId}/`;
  const driver: Driver = {
    browser: "chromium",
    origin: session.origin,
    async openPage(path) {
      const page = await session.context.newPage();
      await page.goto(path.startsWith("http") ? path : `${session.origin}${path}`);
      return tab(page);
    },
    async openExtensionPage(file) {
      const page = await session.context.newPage();
      await page.goto(`${base}${file}`);
      const opened = tab(page);
      await extensionPageReady(opened);
      return opened;
    },
    send: messenger(() => driver.openExtensionPage("popup.html")),
    close: () => session.close(),
  };
  return driver;
}
