import { extractAwards } from "@/lib/extract";
import { mentionsAward } from "@/lib/extract/quick-check";
import { sendMessage } from "@/lib/messages";
import { readArticle } from "@/lib/page/article-text";
import { toRecordsToSave } from "@/lib/records/evidence";
import { NEWS_SITE_MATCHES } from "@/lib/sites/news-sites";

export default defineContentScript({
  matches: NEWS_SITE_MATCHES,
  runAt: "document_idle",
  async main() {
    // The cheap check first: on a page that never names the award nothing else runs.
    if (!mentionsAward(document.title) && !mentionsAward(document.body?.textContent ?? "")) return;
    try {
      const article = readArticle(document);
      const result = extractAwards(article.text, article);
      if (!result.isAwardArticle || result.records.length === 0) return;
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
      const url = new URL(canonical || location.href);
      url.hash = "";
      await sendMessage((m) => browser.runtime.sendMessage(m), {
        type: "save-article",
        article: {
          url: url.href,
          title: article.title ?? (document.title || null),
          site: location.hostname,
          publishedAt: article.publishedAt,
        },
        records: toRecordsToSave(article.text, result.records),
      });
    } catch (err) {
      // A news page must never see our errors; keep one line for whoever debugs the extension.
      console.debug("[paritrana-lens]", err);
    }
  },
});
