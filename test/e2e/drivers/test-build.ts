// The end-to-end tests need the LENS_TEST_HOSTS=1 build: a release build never runs on the local
// pages they serve, and would fail every test for a reason its messages would not say.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function requireTestBuild(dir: string, script: string): void {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) throw new Error(`No build at ${dir}: run \`npm run ${script}\` first`);
  const manifest = JSON.parse(readFileSync(path, "utf8")) as { content_scripts?: { matches?: string[] }[] };
  const matches = manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  if (!matches.includes("http://127.0.0.1/*")) {
    throw new Error(
      `${dir} is a release build (no local test hosts): run \`npm run ${script}\` (LENS_TEST_HOSTS=1) first`,
    );
  }
}
