// The sentence the reader selected on the news page in the active tab, with a little context, so a
// win the extractor missed can be added with its evidence. activeTab (granted by opening the
// popup) + scripting let the popup read the selection once; nothing runs on the page otherwise.
export interface PageSelection {
  url: string;
  title: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
}

/** Runs in the page: plain text only, the page's DOM is not changed. */
function readSelection() {
  const selection = getSelection();
  const quote = selection?.toString().trim() ?? "";
  const text = document.body?.innerText ?? "";
  const start = quote ? text.indexOf(quote) : -1;
  return {
    url: location.href,
    title: document.title,
    quote,
    prefix: start > 0 ? text.slice(Math.max(0, start - 32), start) : "",
    suffix: start >= 0 ? text.slice(start + quote.length, start + quote.length + 32) : "",
    start: Math.max(0, start),
  };
}

export async function selectionInActiveTab(): Promise<PageSelection | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !/^https?:/.test(tab.url ?? "")) return null;
  const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: readSelection });
  const found = result?.result as PageSelection | undefined;
  return found?.quote ? found : null;
}
