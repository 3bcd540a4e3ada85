#!/usr/bin/env node
// One step from a fresh clone to a machine that builds and tests the extension: the npm packages
// (from the lockfile) and Debian's Chromium for the end-to-end tests (Playwright downloads no browser).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

// `npm install` follows the lockfile; `npm ci` trips over the optional per-platform packages that
// npm leaves out of lockfiles written with omit-lockfile-registry-resolved (as on our machines).
run("npm", ["install", "--no-audit", "--no-fund"]);

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && existsSync(p),
);
// Debian's chromium carries only the en-US interface; chromium-l10n adds Indonesian, which the
// extension's i18n follows (and the end-to-end tests check).
const l10n = existsSync("/usr/lib/chromium/locales/id.pak");
if (chromium && (l10n || !chromium.startsWith("/usr/bin/chromium"))) {
  console.log(`setup: Chromium found at ${chromium}`);
} else if (process.platform === "linux" && existsSync("/usr/bin/apt-get")) {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const apt = (args) => (sudo.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  console.log("setup: installing Debian's chromium (with its translations) for the end-to-end tests…");
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "chromium", "chromium-l10n"]);
} else {
  console.error(
    "setup: no Chromium found. Install Chromium (or set CHROMIUM_PATH to its binary) to run the end-to-end tests.",
  );
  process.exitCode = 1;
}
