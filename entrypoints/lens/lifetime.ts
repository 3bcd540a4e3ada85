// The lens's lifetime on a page: timers, frames and listeners that stop once the extension is gone
// (reloaded or removed leaves this script behind without a runtime), and a callback on SPA
// navigation. In place of WXT's ContentScriptContext, which dispatches events on the page's
// document and window named after the extension's id: the page's own scripts could hear them.

type NavigateEvent = { destination: { url: string } };
type Navigation = {
  addEventListener(
    type: "navigate",
    listener: (event: NavigateEvent) => void,
    options: { signal: AbortSignal },
  ): void;
};
type Runtime = { id?: string };
const runtime = () => (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
// A URL check this often where there is no Navigation API (Firefox).
const LOCATION_POLL_MS = 1000;

export class LensLifetime {
  private readonly controller = new AbortController();

  get isValid(): boolean {
    if (!this.controller.signal.aborted && !runtime()?.id) this.controller.abort();
    return !this.controller.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.controller.signal.addEventListener("abort", callback);
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      if (this.isValid) callback();
    }, ms);
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: () => void): void {
    const id = requestAnimationFrame(() => {
      if (this.isValid) callback();
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
  }

  addEventListener<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, listener, { ...options, signal: this.controller.signal });
  }

  /** Calls back when the page moves to another URL without loading a new document (SPA). */
  onLocationChange(callback: () => void): void {
    let last = location.href;
    const moved = (url: string) => {
      if (url === last || !this.isValid) return;
      last = url;
      callback();
    };
    const navigation = (globalThis as { navigation?: Navigation }).navigation;
    if (navigation)
      navigation.addEventListener("navigate", (event) => moved(event.destination.url), {
        signal: this.controller.signal,
      });
    else {
      const id = window.setInterval(() => moved(location.href), LOCATION_POLL_MS);
      this.onInvalidated(() => clearInterval(id));
    }
  }
}
