// The lens's lifetime on a page: timers, frames and listeners that stop once the extension is gone
// (reloaded or removed leaves this script behind without a runtime), and a callback on SPA
// navigation. In place of WXT's ContentScriptContext, which dispatches events on the page's
// document and window named after the extension's id: the page's own scripts could hear them.
import { onUrlChange } from "@/lib/page/url-watch";
import { extensionRuntime } from "@/lib/sites/content-script";

export class LensLifetime {
  private readonly controller = new AbortController();

  get isValid(): boolean {
    if (!this.controller.signal.aborted && !extensionRuntime()?.id) this.controller.abort();
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
    onUrlChange(() => {
      if (this.isValid) callback();
    }, this.controller.signal);
  }
}
