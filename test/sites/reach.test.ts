import { describe, expect, it } from "vitest";
import { MatchPattern } from "wxt/utils/match-patterns";
import { NEWS_SITE_MATCHES } from "../../lib/sites/news-sites";
import { ALL_SITES, APP_SITE_MATCHES, grantsAllSites } from "../../lib/sites/reach";

describe("reach", () => {
  it("counts as every site only when both http and https are granted", () => {
    expect(grantsAllSites([...ALL_SITES, "https://example.id/*"])).toBe(true);
    expect(grantsAllSites(["https://*/*"])).toBe(false);
    expect(grantsAllSites(["https://example.id/*", "http://example.id/*"])).toBe(false);
  });

  it("leaves out web apps, and no news site", () => {
    const apps = APP_SITE_MATCHES.map((m) => new MatchPattern(m));
    const app = (url: string) => apps.some((p) => p.includes(url));
    expect(app("https://mail.google.com/mail/u/0/#inbox")).toBe(true);
    expect(app("https://www.youtube.com/watch?v=x")).toBe(true);
    expect(app("https://www.tokopedia.com/search?q=sepatu")).toBe(true);
    expect(app("https://news.google.com/")).toBe(false);
    expect(app("https://www.rajaampatnews.com/berita/1")).toBe(false);
    expect(app("https://tabanankab.go.id/berita")).toBe(false);
    // no listed news outlet is shadowed by an app pattern
    expect(APP_SITE_MATCHES.filter((m) => NEWS_SITE_MATCHES.includes(m))).toEqual([]);
  });
});
