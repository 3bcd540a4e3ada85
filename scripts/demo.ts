// `npm run demo`: builds (see package.json), then opens Chromium with the extension on the bundled
// demo article, served on 127.0.0.1. Close the browser window to stop. `--headless` for machines
// without a display (it then prints what the extension stored and exits).
import { launch } from "../test/e2e/harness";

const headless =
  process.argv.includes("--headless") || (!process.env.DISPLAY && process.platform === "linux");
const session = await launch({}, { headless, port: 8377 });
const page = await session.context.newPage();
await page.goto(`${session.origin}/award-article.html`);
console.log(`demo: ${session.origin}/award-article.html with Paritrana Lens (${session.extensionId})`);
if (headless) {
  await page.waitForTimeout(1500);
  const popup = await session.openPopup();
  await popup.waitForTimeout(500);
  console.log(await popup.locator("body").innerText());
  await session.close();
} else {
  session.context.on("close", () => process.exit(0));
}
