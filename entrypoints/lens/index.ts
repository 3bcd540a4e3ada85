// Loaded by the gate (entrypoints/gate.ts) only once a page names the award: the extractor, its
// gazetteer and the painting code stay off every other page.

import { LENS_HOOK } from "@/lib/sites/content-script";
import { LensLifetime } from "./lifetime";
import { startLens } from "./start";

export default defineUnlistedScript(() => {
  (globalThis as Record<symbol, unknown>)[LENS_HOOK] = () => startLens(new LensLifetime());
});
