import { defineConfig } from "wxt";
import { CONTENT_SCRIPT_FILE } from "./lib/sites/content-script";
import { contentScriptMatches } from "./lib/sites/news-sites";
import { ALL_SITES } from "./lib/sites/reach";

// A test build (PARITRANA_GRANT_ALL_SITES=1, into .output/chrome-mv3-all-sites) whose manifest
// grants every site at install: what a reader has after "Baca di semua situs", for tests that no
// driven browser's permission prompt would let through. Never shipped.
const grantAllSites = process.env.PARITRANA_GRANT_ALL_SITES === "1";

export default defineConfig({
  modules: ["@wxt-dev/module-react"],
  // Manifest V3 for Firefox too: the data-collection declaration and the CSS Highlight API need
  // Firefox 140 anyway, and MV3 gives it the same action, scripting and optional host permission
  // APIs as Chrome (an MV2 build has no `browser.action`).
  manifestVersion: 3,
  ...(grantAllSites ? { outDirTemplate: "{{browser}}-mv{{manifestVersion}}-all-sites" } : {}),
  manifest: {
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "id",
    // No host access at install: the content script's own match list covers the known news
    // sites; a reader grants more at run time, site by site or every site at once (first-run page,
    // popup). activeTab: the popup, the context menu and the shortcut scan the page in front.
    permissions: ["activeTab", "contextMenus", "scripting", "storage", "unlimitedStorage"],
    optional_host_permissions: [...ALL_SITES],
    ...(grantAllSites ? { host_permissions: [...ALL_SITES] } : {}),
    action: { default_title: "__MSG_extName__" },
    commands: {
      "scan-page": {
        suggested_key: { default: "Alt+Shift+P" },
        description: "__MSG_commandScanPage__",
      },
    },
    // The lens (extractor + painting) is imported by the content script only on award pages. The
    // dynamic URL changes every session, so pages cannot probe for the extension with it.
    web_accessible_resources: [{ resources: ["lens.js"], matches: [...ALL_SITES], use_dynamic_url: true }],
    browser_specific_settings: {
      gecko: {
        id: "paritrana-lens@paritrana-lens.id",
        strict_min_version: "140.0",
        // biome-ignore lint/suspicious/noExplicitAny: not yet in WXT's manifest types
        data_collection_permissions: { required: ["none"] } as any,
      },
      // biome-ignore lint/suspicious/noExplicitAny: not yet in WXT's manifest types
      gecko_android: { strict_min_version: "142.0" } as any,
    },
  },
  hooks: {
    // The gate (entrypoints/gate.ts) is a plain script, so the manifest names it itself.
    "build:manifestGenerated": (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: contentScriptMatches(process.env),
          js: [CONTENT_SCRIPT_FILE.slice(1)],
          run_at: "document_idle",
        },
      ];
    },
  },
});
