// Loaded by the content script (entrypoints/content) only once a page names the award: the
// extractor, its gazetteer and the painting code stay off every other page.

import { LENS_HOOK } from "./content/hook";
import { startLens } from "./content/lens";

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[LENS_HOOK] = startLens;
});
