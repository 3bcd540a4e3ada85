// SPA navigation as a content script sees it: the Navigation API where there is one (its navigate
// event carries the destination), elsewhere a look at the URL once a second (Firefox).
type NavigateEvent = { destination: { url: string } };
type Navigation = {
  addEventListener(
    type: "navigate",
    listener: (event: NavigateEvent) => void,
    options: { signal?: AbortSignal },
  ): void;
};
const POLL_MS = 1000;

/** Calls back when the page moves to another URL without loading a new document, until `signal`. */
export function onUrlChange(callback: () => void, signal?: AbortSignal): void {
  let last = location.href;
  const moved = (url: string) => {
    if (url === last) return;
    last = url;
    callback();
  };
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  if (navigation)
    navigation.addEventListener("navigate", (event) => moved(event.destination.url), { signal });
  else {
    const id = setInterval(() => moved(location.href), POLL_MS);
    signal?.addEventListener("abort", () => clearInterval(id));
  }
}
