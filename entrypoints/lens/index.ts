// Loaded by the gate (entrypoints/gate.ts) only once a page names the award: the extractor, its
// gazetteer and the painting code stay off every other page.

import { ContentScriptContext } from "wxt/utils/content-script-context";
import { LENS_HOOK } from "@/lib/sites/content-script";
import { startLens } from "./start";

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[LENS_HOOK] = () =>
    // No message posted to the page's window: it would tell every page the extension is here.
    startLens(new ContentScriptContext("lens", { noScriptStartedPostMessage: true }));
});
