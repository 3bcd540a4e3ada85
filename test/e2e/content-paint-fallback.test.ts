// The painter's fallback (no CSS Custom Highlight API: older Firefox and Safari) in real Chromium:
// text pieces are wrapped in <paritrana-mark data-paritrana-highlight>, and clearing puts the same
// text back. Chromium always has the API, so the test hands the painter no registry.
import { build } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath } from "./harness";

let browser: Browser;
let bundle: string;
beforeAll(async () => {
  const out = await build({
    stdin: {
      contents: `import { createPainter } from "./entrypoints/lens/paint"; globalThis.createPainter = createPainter;`,
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "iife",
  });
  bundle = out.outputFiles[0]?.text ?? "";
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu"],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("painter without the Highlight API", () => {
  it("wraps each piece of a range, also across elements, and unwraps to the same text", async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<html><head></head><body><p id="a">Pemerintah Kabupaten <b>Lombok Tengah</b> meraih juara pertama.</p></body></html>`,
    );
    await page.addScriptTag({ content: bundle });
    const result = await page.evaluate(() => {
      const p = document.getElementById("a") as HTMLElement;
      const before = p.textContent;
      const first = p.firstChild as Text;
      const bold = (p.querySelector("b") as HTMLElement).firstChild as Text;
      const last = p.lastChild as Text;
      const awardee = document.createRange();
      awardee.setStart(first, 0);
      awardee.setEnd(bold, bold.length);
      const rank = document.createRange();
      rank.setStart(last, " meraih ".length);
      rank.setEnd(last, " meraih juara pertama".length);
      // biome-ignore lint/suspicious/noExplicitAny: set by the bundle above
      const painter = (globalThis as any).createPainter(document, (fn: () => void) => fn(), null);
      painter.paint({ awardee: [awardee], rank: [rank] });
      const marks = [...document.querySelectorAll("paritrana-mark")].map((m) => [
        m.getAttribute("data-paritrana-highlight"),
        m.textContent,
      ]);
      const during = p.textContent;
      const styled = document.head.querySelector("style[data-paritrana-lens]") !== null;
      painter.clear();
      return {
        native: painter.native,
        marks,
        styled,
        same: during === before && p.textContent === before,
        left: p.querySelectorAll("paritrana-mark").length,
        html: p.innerHTML,
      };
    });
    expect(result.native).toBe(false);
    expect(result.marks).toEqual([
      ["awardee", "Pemerintah Kabupaten "],
      ["awardee", "Lombok Tengah"],
      ["rank", "juara pertama"],
    ]);
    expect(result.styled).toBe(true);
    expect(result.same).toBe(true);
    expect(result.left).toBe(0);
    expect(result.html).toBe("Pemerintah Kabupaten <b>Lombok Tengah</b> meraih juara pertama.");
  });
});
