#!/usr/bin/env node
// Firefox check of the built add-on (run after `wxt build -b firefox`; `npm run lint:firefox` does
// both): the manifest carries what Firefox requires, and Mozilla's add-on linter (web-ext lint,
// the checks addons.mozilla.org runs) finds no error. Runs offline: the linter is called as a
// library, so web-ext's update check (a request to the npm registry) never starts.
//   node scripts/lint-firefox.mjs [build dir]   (default .output/firefox-mv3)
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

process.env.NO_UPDATE_NOTIFIER = "1";
const { cmd } = await import("web-ext");

const dir = process.argv[2] ?? ".output/firefox-mv3";

/**
 * Warnings we know and accept, each with the reason. Any other warning fails the check, so a new
 * one gets looked at instead of scrolling past.
 */
const ACCEPTED_WARNINGS = [
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    file: /^gate\.js$/,
    message: /^Unsafe call to import for argument 0$/,
    why: "the gate (the content script) imports the extension's own lens.js by its runtime.getURL address",
  },
  {
    code: "UNSAFE_VAR_ASSIGNMENT",
    file: /^chunks\/[\w-]+\.js$/,
    message: /^Unsafe assignment to innerHTML$/,
    why: "React DOM's own code (dangerouslySetInnerHTML support); our sources never use it (test/security/html-sinks.test.ts)",
  },
];

const problems = [];
const manifestPath = join(dir, "manifest.json");
if (!existsSync(manifestPath)) {
  console.error(`${dir}: no manifest.json — build first: npx wxt build -b firefox`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const gecko = manifest.browser_specific_settings?.gecko ?? {};
const android = manifest.browser_specific_settings?.gecko_android ?? {};
const major = (v) => Number.parseInt(String(v ?? "0"), 10);

if (manifest.manifest_version !== 3)
  problems.push(`manifest_version is ${manifest.manifest_version}, expected 3`);
if (!/^[\w.+-]+@[\w.-]+$/.test(gecko.id ?? "")) problems.push(`gecko.id missing or malformed: ${gecko.id}`);
const collection = gecko.data_collection_permissions?.required;
if (!Array.isArray(collection) || collection.length === 0) {
  problems.push(
    'gecko.data_collection_permissions.required is missing (declare ["none"] if nothing is collected)',
  );
}
// The data-collection declaration is read from Firefox 140 (desktop) and 142 (Android).
if (major(gecko.strict_min_version) < 140) problems.push("gecko.strict_min_version must be at least 140.0");
if (major(android.strict_min_version) < 142)
  problems.push("gecko_android.strict_min_version must be at least 142.0");

const result = await cmd.lint(
  { sourceDir: dir, output: "text", boring: true, selfHosted: false, warningsAsErrors: false },
  { shouldExitProgram: false },
);
for (const e of result.errors) problems.push(`lint error ${e.code}: ${e.message} (${e.file ?? "manifest"})`);
for (const w of result.warnings) {
  const accepted = ACCEPTED_WARNINGS.find(
    (a) => a.code === w.code && a.file.test(w.file ?? "") && a.message.test(w.message),
  );
  if (accepted) console.log(`accepted warning ${w.code} in ${w.file}: ${accepted.why}`);
  else problems.push(`lint warning ${w.code}: ${w.message} (${w.file ?? "manifest"})`);
}

if (problems.length > 0) {
  for (const p of problems) console.error(`${dir}: ${p}`);
  process.exit(1);
}
console.log(
  `${dir}: web-ext lint passed (${result.summary.errors} errors, ${result.summary.warnings} accepted warnings); ` +
    `add-on id ${gecko.id}, data collection ${JSON.stringify(collection)}`,
);
