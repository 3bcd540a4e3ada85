// The browser a scenario file runs in: vitest.e2e.config.ts runs test/e2e/scenarios once per
// browser and hands each run its name.
import { inject } from "vitest";
import { launchChromium } from "./chromium";
import { launchFirefox } from "./firefox";
import type { BrowserName, Driver } from "./types";

declare module "vitest" {
  export interface ProvidedContext {
    browser: BrowserName;
  }
}

export const browserUnderTest = (): BrowserName => inject("browser") ?? "chromium";

export function launchDriver(browser = browserUnderTest()): Promise<Driver> {
  return browser === "firefox" ? launchFirefox() : launchChromium();
}
