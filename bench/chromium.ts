// Chromium for the benchmarks: the same Debian Chromium and flags as the e2e harness, with or
// without the built extension, so both arms of a comparison differ only by the extension.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";
import { CONTENT_SCRIPT_FILE } from "../lib/sites/content-script";
import { CHROMIUM_FLAGS, chromiumPath, EXTENSION_DIR, servePages } from "../test/e2e/harness";

export type Browser = {
  context: BrowserContext;
  origin: string;
  extensionId: string | null;
  close(): Promise<void>;
};

let snapshot: string | null = null;

/** A private copy of the build, so a rebuild in the working tree during a run changes nothing. */
export function extensionSnapshot(): string {
  if (snapshot) return snapshot;
  if (!existsSync(join(EXTENSION_DIR, "manifest.json"))) {
    throw new Error("No build at .output/chrome-mv3: run `npm run build` first");
  }
  const dir = join(mkdtempSync(join(tmpdir(), "paritrana-bench-ext-")), "chrome-mv3");
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  process.once("exit", () => rmSync(dirname(dir), { recursive: true, force: true }));
  snapshot = dir;
  return dir;
}

/** A copy of the build whose content script is `source` instead of the gate: a reference arm. */
function extensionWithContentScript(source: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), "paritrana-bench-ref-")), "chrome-mv3");
  cpSync(extensionSnapshot(), dir, { recursive: true });
  writeFileSync(join(dir, CONTENT_SCRIPT_FILE), source);
  process.once("exit", () => rmSync(dirname(dir), { recursive: true, force: true }));
  return dir;
}

/** `withExtension`: the build; a string: the build with that source as its content script. */
export async function openBrowser(
  routes: Record<string, string>,
  withExtension: boolean | string,
): Promise<Browser> {
  const extensionDir =
    typeof withExtension === "string"
      ? extensionWithContentScript(withExtension)
      : withExtension
        ? extensionSnapshot()
        : "";
  const profile = mkdtempSync(join(tmpdir(), "paritrana-bench-"));
  const { origin, server } = await servePages(routes);
  const extensionFlags = withExtension
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ["--disable-extensions"];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    locale: "id-ID",
    env: { ...process.env, LANGUAGE: "id", LANG: "id_ID.UTF-8" },
    viewport: { width: 1280, height: 900 },
    args: [...extensionFlags, ...CHROMIUM_FLAGS],
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    origin,
    extensionId,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
