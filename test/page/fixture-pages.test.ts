// Readability's test-page manner: each folder of test/fixtures/pages holds a news page built on the
// template of a kind of Indonesian outlet (page.html, with comments and sidebars that name awards
// too) and the text the reader must take from it (expected.txt).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../lib/page/article-text";

const DIR = new URL("../fixtures/pages/", import.meta.url).pathname;
const pages = readdirSync(DIR).filter((name) => existsSync(join(DIR, name, "page.html")));

describe("the reader on outlet templates", () => {
  it("has the fixture pages of every build", () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of pages) {
    it(`reads the article of ${name}, and nothing from comments, sidebars or related lists`, () => {
      const html = readFileSync(join(DIR, name, "page.html"), "utf8");
      const expected = readFileSync(join(DIR, name, "expected.txt"), "utf8").trimEnd();
      const { text, title } = readArticle(parseHTML(html).document as unknown as Document);
      expect(text).toBe(expected);
      expect(title).not.toBeNull();
    });
  }
});
