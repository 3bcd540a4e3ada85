#!/usr/bin/env node
// Post-build check: the built manifest asks only for what the built code uses.
//   node scripts/check-manifest.mjs [--test-hosts] [build dir or .zip …]   (default .output/chrome-mv3)
// Each permission needs a rule below saying which API call uses it, and that call must be in the
// built JavaScript; a permission without a rule fails until someone writes down why it is needed.
// A release build (or its zip) must not run on local test pages; `--test-hosts` accepts them, for
// the LENS_TEST_HOSTS=1 build. Exit code 1 on any error; warnings are printed but do not fail.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import AdmZip from "adm-zip";

/** Permission → the API use that needs it (a regex over the built JS) and why. */
const USES = {
  storage: { pattern: /\.storage\.(?:local|session|sync|managed|onChanged)\b/, why: "chrome.storage" },
  scripting: { pattern: /\.scripting\.[A-Za-z]+\(/, why: "chrome.scripting" },
  // activeTab only means something with a user gesture on the toolbar button, and is used by
  // injecting into the tab the reader is looking at.
  activeTab: {
    pattern: /\.scripting\.executeScript\(/,
    why: "scripting.executeScript on the current tab",
    manifest: (m) => Boolean(m.action ?? m.browser_action),
  },
  // The award store is IndexedDB that readers fill over months: exempt from the browser's quota
  // and from eviction (Firefox: persistent). Used wherever the store opens its database.
  unlimitedStorage: {
    pattern: /\bindexedDB\.open\(/,
    why: "IndexedDB award store kept without quota or eviction",
  },
  alarms: { pattern: /\.alarms\.[A-Za-z]+/, why: "chrome.alarms" },
  contextMenus: { pattern: /\.contextMenus\.[A-Za-z]+/, why: "chrome.contextMenus" },
  menus: { pattern: /\.menus\.[A-Za-z]+/, why: "browser.menus" },
  notifications: { pattern: /\.notifications\.[A-Za-z]+/, why: "chrome.notifications" },
  downloads: { pattern: /\.downloads\.[A-Za-z]+/, why: "chrome.downloads" },
  tabs: { pattern: /\.tabs\.[A-Za-z]+/, why: "chrome.tabs (tab URLs and titles)" },
};
/** Content script match patterns that amount to every site. */
const EVERY_SITE = new Set(["<all_urls>", "*://*/*", "http://*/*", "https://*/*", "file:///*"]);
const isHostPattern = (p) => p === "<all_urls>" || /^(?:\*|https?|file|wss?|ftp):\/\//.test(p);

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsFiles(path);
    return entry.name.endsWith(".js") ? [path] : [];
  });
}

/** Checks a build folder, or a packaged .zip as unpacked into a temporary folder. */
export function checkPackage(path, options = {}) {
  if (!path.endsWith(".zip")) return checkBuild(path, options);
  const dir = mkdtempSync(join(tmpdir(), "check-manifest-"));
  try {
    new AdmZip(path).extractAllTo(dir, true);
    return checkBuild(dir, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function checkBuild(dir, { testHosts = false } = {}) {
  const errors = [];
  const warnings = [];
  const manifestPath = join(dir, "manifest.json");
  if (!existsSync(manifestPath)) return { errors: [`no manifest at ${manifestPath}: build first`], warnings };
  const m = JSON.parse(readFileSync(manifestPath, "utf8"));
  const code = jsFiles(dir)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  // Install-time API permissions: each must be used. (In MV2, host patterns live here too.)
  const permissions = m.permissions ?? [];
  for (const permission of permissions) {
    if (isHostPattern(permission)) {
      errors.push(`permissions: host access "${permission}" at install; grant sites at run time instead`);
      continue;
    }
    const use = USES[permission];
    if (!use) {
      errors.push(`permissions: "${permission}" has no usage rule in scripts/check-manifest.mjs`);
    } else if (!use.pattern.test(code) || (use.manifest && !use.manifest(m))) {
      errors.push(`permissions: "${permission}" is requested but the build never uses ${use.why}`);
    }
  }

  // Install-time host access: none. Sites beyond the news list are optional, granted at run time,
  // which only makes sense if the code asks for them.
  for (const host of m.host_permissions ?? []) errors.push(`host_permissions: "${host}" granted at install`);
  const optionalHosts = [...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? [])].filter(
    isHostPattern,
  );
  if (optionalHosts.length > 0 && !/\.permissions\.request\(/.test(code)) {
    errors.push(
      `optional host permissions (${optionalHosts.join(", ")}) are declared but the build never calls permissions.request`,
    );
  }
  for (const permission of (m.optional_permissions ?? []).filter((p) => !isHostPattern(p))) {
    const use = USES[permission];
    if (!use?.pattern.test(code)) errors.push(`optional_permissions: "${permission}" is never used`);
  }

  // Content scripts: a listed set of sites, never every site.
  for (const [i, script] of (m.content_scripts ?? []).entries()) {
    for (const match of script.matches ?? []) {
      if (EVERY_SITE.has(match)) errors.push(`content_scripts[${i}]: runs on every site ("${match}")`);
      if (/^(?:\*|https?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])[:/]/.test(match)) {
        if (testHosts) warnings.push(`content_scripts[${i}]: "${match}" (test pages) in this test build`);
        else errors.push(`content_scripts[${i}]: "${match}" (test pages) in a release build`);
      }
    }
  }

  // Pages may load only files the build contains, and in MV3 only by a per-session URL.
  for (const [i, entry] of (m.web_accessible_resources ?? []).entries()) {
    const resources = typeof entry === "string" ? [entry] : (entry.resources ?? []);
    for (const resource of resources) {
      if (resource.includes("*")) errors.push(`web_accessible_resources[${i}]: wildcard "${resource}"`);
      else if (!existsSync(join(dir, resource))) {
        errors.push(`web_accessible_resources[${i}]: "${resource}" is not in the build`);
      }
    }
    if (m.manifest_version === 3 && typeof entry === "object" && entry.use_dynamic_url !== true) {
      warnings.push(`web_accessible_resources[${i}]: without use_dynamic_url pages can detect the extension`);
    }
  }

  // No remote or evaluated code, whatever the CSP key's shape (MV2 string, MV3 object).
  const csp = m.content_security_policy;
  const policies = typeof csp === "string" ? [csp] : Object.values(csp ?? {});
  for (const policy of policies) {
    if (/'unsafe-eval'|'unsafe-inline'|https?:|\*/.test(String(policy))) {
      errors.push(`content_security_policy: "${policy}" allows remote or evaluated code`);
    }
  }
  if (m.externally_connectable) errors.push("externally_connectable: web pages may message the extension");
  return { errors, warnings, manifest: m };
}

const isMain = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const args = process.argv.slice(2);
  const testHosts = args.includes("--test-hosts");
  const dirs = args.filter((a) => a !== "--test-hosts");
  let failed = false;
  for (const dir of dirs.length > 0 ? dirs : [".output/chrome-mv3"]) {
    const { errors, warnings } = checkPackage(dir, { testHosts });
    const name = relative(process.cwd(), dir) || dir;
    for (const w of warnings) console.warn(`${name}: warning: ${w}`);
    for (const e of errors) console.error(`${name}: error: ${e}`);
    if (errors.length > 0) failed = true;
    else console.log(`${name}: manifest asks only for what the build uses`);
  }
  process.exit(failed ? 1 : 0);
}
