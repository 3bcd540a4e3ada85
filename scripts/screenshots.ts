// Takes docs/popup.png and docs/table.png: the built extension in Chromium with the table's seed
// records and the fixture article read. Run `npx wxt build` first, then `npx tsx scripts/screenshots.ts`.
import { mkdirSync } from "node:fs";
import { launch, sendFromPage } from "../test/e2e/harness";
import { seed } from "../test/e2e/table-seed";

const session = await launch();
try {
  const article = await session.context.newPage();
  await article.goto(`${session.origin}/award-article.html`);
  const popup = await session.openPopup();
  await seed(popup);
  await popup.waitForTimeout(1000);
  await sendFromPage(popup, { type: "ping" });
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
