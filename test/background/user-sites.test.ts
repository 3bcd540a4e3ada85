// Registration follows what the browser granted: single sites, every site (web apps left out), and
// nothing once revoked; a registration that already matches is left alone (a restart).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { syncUserSites } from "../../entrypoints/background/user-sites";
import { NEWS_SITE_MATCHES } from "../../lib/sites/news-sites";
import { APP_SITE_MATCHES } from "../../lib/sites/reach";

type Script = { id: string; matches?: string[]; excludeMatches?: string[] };
let registered: Script[];
let granted: string[];
const register = vi.fn(async (scripts: Script[]) => void registered.push(...scripts));
const unregister = vi.fn(async () => {
  registered = [];
});

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = [];
  register.mockClear();
  unregister.mockClear();
  Object.assign(fakeBrowser.permissions, { getAll: async () => ({ origins: granted, permissions: [] }) });
  Object.assign(fakeBrowser, {
    scripting: {
      getRegisteredContentScripts: async () => registered,
      registerContentScripts: register,
      unregisterContentScripts: unregister,
    },
  });
});

describe("syncUserSites", () => {
  it("registers the gate on sites added one by one, not on the listed ones", async () => {
    granted = ["https://www.rajaampatnews.com/*", NEWS_SITE_MATCHES[0] as string];
    await syncUserSites();
    expect(registered).toHaveLength(1);
    expect(registered[0]?.matches).toEqual(["https://www.rajaampatnews.com/*"]);
    expect(registered[0]?.excludeMatches).toEqual([...NEWS_SITE_MATCHES]);
  });

  it("registers it on every site, web apps left out, once both schemes are granted", async () => {
    granted = ["https://*/*", "http://*/*"];
    await syncUserSites();
    expect(registered[0]?.matches).toEqual(["https://*/*", "http://*/*"]);
    expect(registered[0]?.excludeMatches).toEqual([...NEWS_SITE_MATCHES, ...APP_SITE_MATCHES]);
  });

  it("keeps a registration that matches the grant, and drops it when the grant is gone", async () => {
    granted = ["https://*/*", "http://*/*"];
    await syncUserSites();
    await syncUserSites();
    expect(register).toHaveBeenCalledTimes(1);
    expect(unregister).not.toHaveBeenCalled();
    granted = [];
    await syncUserSites();
    expect(registered).toEqual([]);
  });
});
