// The content script's site list as the manifest gets it: local test pages only in the test build.
import { describe, expect, it } from "vitest";
import { contentScriptMatches, NEWS_SITE_MATCHES } from "@/lib/sites/news-sites";

describe("contentScriptMatches", () => {
  it("leaves the local test hosts out of a release build", () => {
    const release = contentScriptMatches({});
    expect(release).toHaveLength(NEWS_SITE_MATCHES.length);
    expect(release.filter((m) => /127\.0\.0\.1|localhost/.test(m))).toEqual([]);
    expect(contentScriptMatches({ LENS_TEST_HOSTS: "0" })).toEqual(release);
  });

  it("adds them when LENS_TEST_HOSTS=1", () => {
    const test = contentScriptMatches({ LENS_TEST_HOSTS: "1" });
    expect(test).toEqual(
      expect.arrayContaining(["http://127.0.0.1/*", "http://localhost/*", "*://*.kompas.com/*"]),
    );
    expect(test).toHaveLength(NEWS_SITE_MATCHES.length + 2);
  });
});
