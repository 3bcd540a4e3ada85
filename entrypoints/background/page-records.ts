// Which records each tab's content script saved, so the hover card may correct or reject exactly
// those and nothing else. Kept in session storage: the service worker may stop between the save
// and the reader's click.
const key = (tabId: number) => `tab-records:${tabId}`;

export async function rememberRecords(tabId: number, ids: readonly string[]): Promise<void> {
  const k = key(tabId);
  const stored = ((await browser.storage.session.get(k))[k] as string[] | undefined) ?? [];
  const next = [...new Set([...stored, ...ids])].slice(-500);
  await browser.storage.session.set({ [k]: next });
}

export async function tabOwnsRecord(tabId: number, id: string): Promise<boolean> {
  const k = key(tabId);
  const stored = (await browser.storage.session.get(k))[k] as string[] | undefined;
  return stored?.includes(id) ?? false;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export async function showCount(tabId: number, count: number): Promise<void> {
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action =
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ tabId, text: count > 0 ? String(count) : "" });
  if (count > 0) await action.setBadgeBackgroundColor({ tabId, color: "#7a3e00" });
}
