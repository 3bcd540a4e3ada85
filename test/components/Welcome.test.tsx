// @vitest-environment happy-dom
// The first-run page's one choice: every site (the browser's prompt), or the listed sites.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { Welcome } from "../../components/Welcome";
import { NEWS_SITE_MATCHES } from "../../lib/sites/news-sites";
import { useIndonesianMessages } from "./messages";

let granted: string[];
const request = vi.fn();
const remove = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  useIndonesianMessages();
  granted = [];
  request.mockReset();
  remove.mockReset();
  // the build's own news sites, as its manifest lists them
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ content_scripts: [{ matches: [...NEWS_SITE_MATCHES], js: ["gate.js"] }] }),
  });
  Object.assign(fakeBrowser.permissions, {
    getAll: async () => ({ origins: granted, permissions: [] }),
    request,
    remove,
    onAdded: { addListener: () => {}, removeListener: () => {} },
    onRemoved: { addListener: () => {}, removeListener: () => {} },
  });
});
afterEach(cleanup);

const outcome = () => document.querySelector(".outcome") as HTMLElement;

describe("Welcome", () => {
  it("says what the extension does and that nothing is sent anywhere", () => {
    render(<Welcome />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Selamat datang di Paritrana Lens");
    expect(screen.getByText(/Tidak ada yang dikirim ke mana pun/)).toBeTruthy();
  });

  it("asks the browser for every site and says so once granted, with the focus on the outcome", async () => {
    request.mockImplementation(async () => {
      granted = ["https://*/*", "http://*/*"];
      return true;
    });
    render(<Welcome />);
    fireEvent.click(screen.getByRole("button", { name: "Baca di semua situs" }));
    expect(request).toHaveBeenCalledWith({ origins: ["https://*/*", "http://*/*"] });
    await vi.waitFor(() => expect(outcome().textContent).toBe("Paritrana Lens kini membaca di semua situs."));
    expect(document.activeElement).toBe(outcome());
  });

  it("tells what remains when the browser's prompt is refused", async () => {
    request.mockResolvedValue(false);
    render(<Welcome />);
    fireEvent.click(screen.getByRole("button", { name: "Baca di semua situs" }));
    await vi.waitFor(() => expect(outcome().textContent).toMatch(/^Izin tidak diberikan\./));
  });

  it("keeps to the listed sites when declined, giving back every-site access", async () => {
    remove.mockResolvedValue(true);
    render(<Welcome />);
    fireEvent.click(screen.getByRole("button", { name: "Hanya situs berita terdaftar" }));
    expect(remove).toHaveBeenCalledWith({ origins: ["https://*/*", "http://*/*"] });
    await vi.waitFor(() => expect(outcome().textContent).toMatch(/situs yang Anda tambahkan satu per satu/));
  });

  it("shows the granted state when every site is already granted", async () => {
    granted = ["https://*/*", "http://*/*"];
    render(<Welcome />);
    await vi.waitFor(() => expect(outcome().textContent).toBe("Paritrana Lens kini membaca di semua situs."));
  });
});
