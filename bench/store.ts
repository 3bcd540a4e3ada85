// Storing in real Chromium through the extension: 1,000 articles of 5 records each, sent one
// article at a time as the content script sends them ("save-article"), from an extension page.
import type { Page } from "playwright-core";
import type { Browser } from "./chromium";
import { articleToSave } from "./records-gen";
import { type Summary, summarize } from "./stats";

export type StoreResult = {
  articles: number;
  recordsPerArticle: number;
  totalMs: number;
  perArticleMs: Summary;
};

export async function extensionPage(browser: Browser, path = "popup.html"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

export async function benchStore(browser: Browser, articles = 1000): Promise<StoreResult> {
  const page = await extensionPage(browser);
  const messages = Array.from({ length: articles }, (_, a) => ({
    type: "save-article",
    ...articleToSave(a),
  }));
  // A source string: tsx would wrap a named function here with a helper the page lacks.
  const times = (await page.evaluate(`(async (all) => {
    const out = [];
    for (const m of all) {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage(m);
      if (!reply || !reply.ok) throw new Error("save-article failed: " + (reply && reply.error));
      out.push(performance.now() - t0);
    }
    return out;
  })(${JSON.stringify(messages)})`)) as number[];
  const check = (await page.evaluate(() =>
    // biome-ignore lint/suspicious/noExplicitAny: as above
    (globalThis as any).chrome.runtime.sendMessage({ type: "ping" }),
  )) as { recordCount: number };
  await page.close();
  if (check.recordCount < articles * 5) throw new Error(`only ${check.recordCount} records stored`);
  return {
    articles,
    recordsPerArticle: 5,
    totalMs: times.reduce((a, b) => a + b, 0),
    perArticleMs: summarize(times),
  };
}
