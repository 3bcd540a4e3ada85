// Takes docs/glance.png, docs/sheet.png, docs/history.png and docs/conflict.png: the full-page views of the built
// extension in Chromium on the views' own records (test/e2e/views-seed.ts). Run
// `npm run build:e2e` first, then `npx tsx scripts/screenshot-views.ts`.
import { mkdirSync } from "node:fs";
import { launch } from "../test/e2e/harness";
import { seedViews } from "../test/e2e/views-seed";

const session = await launch();
try {
  const popup = await session.openPopup();
  await seedViews(popup);
  await popup.close();
  mkdirSync("docs", { recursive: true });
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1180, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/table.html`);
  await page.getByRole("table").waitFor();
  // The glance drawn a frame after the rows; the picture keeps the top of the page.
  await page.getByText("Penghargaan per tahun").waitFor();
  await page.screenshot({ path: "docs/glance.png", clip: { x: 0, y: 0, width: 1180, height: 400 } });
  await page.getByRole("tab", { name: "Lembar hasil babak" }).click();
  await page
    .getByLabel("Babak", { exact: true })
    .selectOption({ label: "Provinsi Nusa Tenggara Barat 2024 (7 catatan)" });
  await page.locator("table.sheet").screenshot({ path: "docs/sheet.png" });
  await page.getByRole("button", { name: "Kota Mataram" }).first().click();
  await page.getByRole("dialog").waitFor();
  await page.getByRole("dialog").locator("summary").first().click();
  await page.getByRole("dialog").screenshot({ path: "docs/history.png" });
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Sumber bertentangan tentang Kabupaten Lombok Barat" }).click();
  await page.getByRole("dialog").getByRole("blockquote").first().waitFor();
  await page.getByRole("dialog").screenshot({ path: "docs/conflict.png" });
} finally {
  await session.close();
}
