// `npx tsx scripts/screenshot-highlight.ts`: the built extension on a fixture news page, with the
// winners painted and the hover card open, saved as docs/highlight.png for the README.
import { mkdirSync } from "node:fs";
import { launch } from "../test/e2e/harness";
import { LensCard } from "../test/e2e/lens-card";

const session = await launch();
try {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${session.origin}/news-ntb.html`);
  await page.waitForFunction(() => (CSS.highlights.get("paritrana-awardee")?.size ?? 0) >= 4, null, {
    timeout: 20_000,
  });
  await page.waitForTimeout(500);
  const point = await page.evaluate(() => {
    const range = [...(CSS.highlights.get("paritrana-awardee") ?? [])].find(
      (r) => r.toString() === "Kota Bima",
    ) as Range;
    window.scrollTo(0, 120);
    const box = range.getClientRects()[0] as DOMRect;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  // The card's shadow root is closed: read it through the DevTools protocol.
  const card = new LensCard(page);
  while (!(await card.text()).includes("Kota Bima")) await page.waitForTimeout(50);
  await page.waitForTimeout(300);
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: "docs/highlight.png" });
  console.log("docs/highlight.png");
} finally {
  await session.close();
}
