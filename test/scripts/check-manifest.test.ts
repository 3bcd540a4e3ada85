// The post-build manifest check (scripts/check-manifest.mjs) on small made-up builds: it passes a
// build that uses what it asks for and names each permission that is asked for but not used.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AdmZip from "adm-zip";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { checkPackage } from "../../scripts/check-manifest.mjs";

type Check = { errors: string[]; warnings: string[] };
const check = checkPackage as (path: string, options?: { testHosts?: boolean }) => Check;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function build(manifest: Record<string, unknown>, code: string, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "manifest-check-"));
  dirs.push(dir);
  mkdirSync(join(dir, "chunks"));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
  writeFileSync(join(dir, "chunks", "app.js"), code);
  for (const [name, body] of Object.entries(extra)) writeFileSync(join(dir, name), body);
  return dir;
}

/** A deflated zip of the given files, written by a zip library as packaging tools write it. */
function zip(files: Record<string, string>): string {
  const archive = new AdmZip();
  for (const [name, text] of Object.entries(files)) archive.addFile(name, Buffer.from(text));
  const dir = mkdtempSync(join(tmpdir(), "manifest-zip-"));
  dirs.push(dir);
  const path = join(dir, "package.zip");
  archive.writeZip(path);
  return path;
}

const GOOD = {
  manifest_version: 3,
  permissions: ["activeTab", "scripting", "storage"],
  optional_host_permissions: ["https://*/*"],
  action: {},
  content_scripts: [{ matches: ["*://*.kompas.com/*"], js: ["content.js"] }],
  web_accessible_resources: [{ resources: ["lens.js"], matches: ["https://*/*"], use_dynamic_url: true }],
};
const GOOD_CODE =
  "chrome.scripting.executeScript({});chrome.storage.session.get('x');chrome.permissions.request({origins})";

describe("check-manifest", () => {
  it("passes a build that uses every permission it asks for", () => {
    expect(check(build(GOOD, GOOD_CODE, { "lens.js": "" }))).toEqual(
      expect.objectContaining({ errors: [], warnings: [] }),
    );
  });

  it("names a permission the code never uses, and one it has no rule for", () => {
    const { errors } = check(
      build(
        { ...GOOD, permissions: [...GOOD.permissions, "bookmarks"] },
        GOOD_CODE.replace("storage.session", "x"),
        {
          "lens.js": "",
        },
      ),
    );
    expect(errors).toEqual([
      'permissions: "storage" is requested but the build never uses chrome.storage',
      'permissions: "bookmarks" has no usage rule in scripts/check-manifest.mjs',
    ]);
  });

  it("refuses install-time host access, every-site content scripts and optional hosts never requested", () => {
    const { errors } = check(
      build(
        {
          ...GOOD,
          host_permissions: ["<all_urls>"],
          content_scripts: [{ matches: ["<all_urls>"] }],
        },
        GOOD_CODE.replace("chrome.permissions.request", "x"),
        { "lens.js": "" },
      ),
    );
    expect(errors).toEqual([
      'host_permissions: "<all_urls>" granted at install',
      "optional host permissions (https://*/*) are declared but the build never calls permissions.request",
      'content_scripts[0]: runs on every site ("<all_urls>")',
    ]);
  });

  it("fails a release build that runs on local test pages; the test build may", () => {
    const local = {
      ...GOOD,
      content_scripts: [{ matches: ["*://*.kompas.com/*", "http://127.0.0.1/*", "http://localhost/*"] }],
    };
    const dir = build(local, GOOD_CODE, { "lens.js": "" });
    expect(check(dir).errors).toEqual([
      'content_scripts[0]: "http://127.0.0.1/*" (test pages) in a release build',
      'content_scripts[0]: "http://localhost/*" (test pages) in a release build',
    ]);
    expect(check(dir, { testHosts: true })).toEqual(
      expect.objectContaining({
        errors: [],
        warnings: [
          'content_scripts[0]: "http://127.0.0.1/*" (test pages) in this test build',
          'content_scripts[0]: "http://localhost/*" (test pages) in this test build',
        ],
      }),
    );
  });

  it("reads a packaged .zip as the store receives it", () => {
    const good = zip({ "manifest.json": JSON.stringify(GOOD), "chunks/app.js": GOOD_CODE, "lens.js": "" });
    expect(check(good)).toEqual(expect.objectContaining({ errors: [], warnings: [] }));
    const local = { ...GOOD, content_scripts: [{ matches: ["http://localhost/*"] }] };
    const bad = zip({ "manifest.json": JSON.stringify(local), "chunks/app.js": GOOD_CODE, "lens.js": "" });
    expect(check(bad).errors).toEqual([
      'content_scripts[0]: "http://localhost/*" (test pages) in a release build',
    ]);
  });

  it("refuses a missing web-accessible file and a CSP that allows evaluated code", () => {
    const { errors } = check(
      build(
        { ...GOOD, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } },
        GOOD_CODE,
      ),
    );
    expect(errors).toEqual([
      'web_accessible_resources[0]: "lens.js" is not in the build',
      `content_security_policy: "script-src 'self' 'unsafe-eval'" allows remote or evaluated code`,
    ]);
  });
});
