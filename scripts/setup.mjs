#!/usr/bin/env node
// One step from a fresh clone to a machine that builds and tests the extension: the npm packages
// (from the lockfile) and Debian's Chromium and Firefox ESR for the end-to-end tests (neither
// Playwright nor Puppeteer downloads a browser here).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

// `npm install` follows the lockfile; `npm ci` trips over the optional per-platform packages that
// npm leaves out of lockfiles written with omit-lockfile-registry-resolved (as on our machines).
run("npm", ["install", "--no-audit", "--no-fund"]);

const apt = (packages) => {
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const call = (args) => (sudo.length ? run("sudo", ["apt-get", ...args]) : run("apt-get", args));
  if (!aptUpdated) call(["update", "-qq"]);
  aptUpdated = true;
  call(["install", "-y", "-qq", ...packages]);
};
let aptUpdated = false;
const hasApt = process.platform === "linux" && existsSync("/usr/bin/apt-get");

const chromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && existsSync(p),
);
// Debian's chromium carries only the en-US interface; chromium-l10n adds Indonesian, which the
// extension's i18n follows (and the end-to-end tests check).
const l10n = existsSync("/usr/lib/chromium/locales/id.pak");
if (chromium && (l10n || !chromium.startsWith("/usr/bin/chromium"))) {
  console.log(`setup: Chromium found at ${chromium}`);
} else if (hasApt) {
  console.log("setup: installing Debian's chromium (with its translations) for the end-to-end tests…");
  apt(["chromium", "chromium-l10n"]);
} else {
  console.error(
    "setup: no Chromium found. Install Chromium (or set CHROMIUM_PATH to its binary) to run the end-to-end tests.",
  );
  process.exitCode = 1;
}

// The same scenarios run in Firefox (the desktop twin of the mobile build): Debian's ESR, with the
// Indonesian language pack the tests' interface language needs.
const firefox = [process.env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"].find(
  (p) => p && existsSync(p),
);
const firefoxL10n = existsSync(
  "/usr/lib/firefox-esr/browser/extensions/langpack-id@firefox-esr.mozilla.org.xpi",
);
if (firefox && (firefoxL10n || !firefox.startsWith("/usr/bin/firefox-esr"))) {
  console.log(`setup: Firefox found at ${firefox}`);
} else if (hasApt) {
  console.log(
    "setup: installing Debian's firefox-esr (with its Indonesian language pack) for the end-to-end tests…",
  );
  apt(["firefox-esr", "firefox-esr-l10n-id"]);
} else {
  console.error(
    "setup: no Firefox found. Install Firefox 140 or later (or set FIREFOX_PATH to its binary) to run the end-to-end tests.",
  );
  process.exitCode = 1;
}
