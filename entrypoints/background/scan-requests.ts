// "Pindai halaman ini" without the popup: a context-menu entry and a keyboard shortcut. Either
// gives the extension the activeTab grant on that tab, as opening the popup does.
import { scanTab } from "@/components/scan-tab";
import { ALL_SITES } from "@/lib/sites/reach";

const MENU_ID = "paritrana-scan-page";
/** The shortcut's name in the manifest's `commands` (wxt.config.ts). */
export const SCAN_COMMAND = "scan-page";

export function listenForScanRequests(logFailure: (err: unknown) => void): void {
  const scan = (tabId: number | undefined) => {
    if (tabId !== undefined && tabId >= 0) void scanTab(tabId, true).catch(logFailure);
  };
  // Menus persist with the extension; made again on install and update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      {
        id: MENU_ID,
        title: browser.i18n.getMessage("menuScanPage"),
        contexts: ["page", "selection"],
        documentUrlPatterns: [...ALL_SITES],
      },
      () => void browser.runtime.lastError, // already there after an update
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) scan(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_COMMAND) scan(tab?.id);
  });
}
