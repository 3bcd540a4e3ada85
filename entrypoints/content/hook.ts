// How the small content script and the lazily loaded lens find each other inside the extension's
// isolated world (the page's own scripts live in another world and cannot see these).
export const LENS_HOOK = Symbol.for("paritrana-lens.start");
export const LENS_RUNNING = Symbol.for("paritrana-lens.running");
export const SCAN_REQUEST = Symbol.for("paritrana-lens.scan");
