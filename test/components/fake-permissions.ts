// The browser's site permissions for component tests: the build's own news sites in its manifest,
// the origins granted so far (`grants.origins`, set by a test or its request/remove mocks).
import { vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { NEWS_SITE_MATCHES } from "../../lib/sites/news-sites";

export type FakeGrants = {
  origins: string[];
  request: ReturnType<typeof vi.fn>;
  remove: ReturnType<typeof vi.fn>;
};

/** Resets the fake browser and installs the permissions API over `origins`. */
export function fakePermissions(origins: string[]): FakeGrants {
  const grants: FakeGrants = { origins, request: vi.fn(), remove: vi.fn() };
  fakeBrowser.reset();
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ content_scripts: [{ matches: [...NEWS_SITE_MATCHES], js: ["gate.js"] }] }),
  });
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: grants.origins, permissions: [] }),
    request: grants.request,
    remove: grants.remove,
    onAdded: { addListener: () => {}, removeListener: () => {} },
    onRemoved: { addListener: () => {}, removeListener: () => {} },
  });
  return grants;
}
