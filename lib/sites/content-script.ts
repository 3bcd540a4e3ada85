// How the content script (the gate), the lazily loaded lens and the popup's "Scan this page" find
// each other inside the extension's isolated world on a page (the page's own scripts live in
// another world and cannot see these).

/** The gate's file in the build: declared in the manifest, registered for sites a reader adds. */
export const CONTENT_SCRIPT_FILE = "/gate.js" as const;

/** Key of the flag "the reader asked for a scan": skip the check for the award's name. */
export const SCAN_REQUEST_KEY = "paritrana-lens.scan";

export const LENS_HOOK = Symbol.for("paritrana-lens.start");
/** Key of the lens running on the page (or "loading"): the popup asks it what it found. */
export const LENS_RUNNING_KEY = "paritrana-lens.running";
export const LENS_RUNNING = Symbol.for(LENS_RUNNING_KEY);
/** Set once the gate watches a page, so a second injection does not watch it twice. */
export const GATE_WATCHING = Symbol.for("paritrana-lens.gate");
export const SCAN_REQUEST = Symbol.for(SCAN_REQUEST_KEY);

type Runtime = { id?: string; getURL(path: string): string };
/** The extension's runtime, looked up only when needed: WXT's `browser` touches it on import, and
 * the first touch builds the extension bindings in the page's isolated world (most of the gate's
 * cost on a page it then leaves alone). Gone once the extension is reloaded or removed. Firefox has
 * `chrome` too. */
export const extensionRuntime = () => (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
