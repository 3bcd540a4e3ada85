// Takes docs/popup.png and docs/table.png: the built extension in Chromium after reading the fixture
// news articles, as a reader would. Run `npx wxt build` first, then `npx tsx scripts/screenshots.ts`.
import { mkdirSync } from "node:fs";
import { launch, sendFromPage } from "../test/e2e/harness";

const session = await launch();
try {
  const article = await session.context.newPage();
  const popup = await session.openPopup();
  for (const name of ["award-article.html", "news-ntb.html"]) {
    const before = ((await sendFromPage(popup, { type: "ping" })) as { recordCount: number }).recordCount;
    await article.goto(`${session.origin}/${name}`);
    for (let i = 0; i < 50; i++) {
      const now = ((await sendFromPage(popup, { type: "ping" })) as { recordCount: number }).recordCount;
      if (now > before) break;
      await popup.waitForTimeout(200);
    }
  }
  await popup.waitForTimeout(500);
  mkdirSync("docs", { recursive: true });
  await popup.setViewportSize({ width: 760, height: 600 });
  await popup.reload();
  await popup.getByRole("table").waitFor();
  await popup.screenshot({ path: "docs/popup.png" });
  const table = await session.context.newPage();
  await table.setViewportSize({ width: 1280, height: 760 });
  await table.goto(`chrome-extension://${session.extensionId}/table.html`);
  await table.getByRole("table").waitFor();
  await table.screenshot({ path: "docs/table.png" });
  await table.getByRole("button", { name: "Kabupaten Tabanan" }).click();
  await table.getByRole("dialog").waitFor();
  await table.screenshot({ path: "docs/record.png" });
  await table.keyboard.press("Escape");
  await table.emulateMedia({ colorScheme: "dark" });
  await table.screenshot({ path: "docs/table-dark.png" });
} finally {
  await session.close();
}
