// The post-build bundle check on small made-up builds: budgets per part, and the content script
// every page loads kept free of WXT's runtime shim (its first touch is the costly part).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { measureBundles, overBudget, shimOnEveryPage } from "../../scripts/check-bundle-size";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "bundle-check-"));
  dirs.push(dir);
  const manifest = {
    manifest_version: 3,
    content_scripts: [{ matches: ["https://example.id/*"], js: ["gate.js"] }],
    web_accessible_resources: [{ resources: ["lens.js"], matches: ["https://example.id/*"] }],
  };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe("bundle check", () => {
  it("measures what every page loads apart from the lens, and passes small parts", () => {
    const dir = build({ "gate.js": "document.title;", "lens.js": "globalThis.browser?.runtime;" });
    const parts = measureBundles(dir);
    expect(parts.find((p) => p.name === "content script, every matched page")?.files).toEqual(["gate.js"]);
    expect(overBudget(parts)).toEqual([]);
    expect(shimOnEveryPage(dir, parts)).toEqual([]);
  });

  it("names the every-page script that carries WXT's runtime shim", () => {
    const shim = "var b = globalThis.browser?.runtime?.id == null ? globalThis.chrome : globalThis.browser;";
    const dir = build({ "gate.js": shim, "lens.js": "" });
    expect(shimOnEveryPage(dir, measureBundles(dir))).toEqual(["gate.js"]);
  });

  it("reports a part over its budget", () => {
    const noise = Array.from({ length: 40_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join("");
    const dir = build({ "gate.js": `var x = "${noise}";`, "lens.js": "" });
    expect(overBudget(measureBundles(dir)).join("\n")).toMatch(/^content script, every matched page: /m);
  });
});
