// @vitest-environment happy-dom
// The popup's reach line: which reach the reader has, and the choice to change it.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ReachMode } from "../../components/ReachMode";
import { NEWS_SITE_MATCHES } from "../../lib/sites/news-sites";
import { useIndonesianMessages } from "./messages";

let granted: string[];
const request = vi.fn();
const remove = vi.fn();

beforeEach(() => {
  fakeBrowser.reset();
  useIndonesianMessages();
  granted = ["https://*/*", "http://*/*"];
  request.mockReset();
  remove.mockReset();
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

const status = () => document.querySelector(".reach-status")?.textContent;
const radio = (name: string) => screen.getByRole("radio", { name }) as HTMLInputElement;

describe("ReachMode", () => {
  it("the radio follows the reader's click at once, before the browser has answered", async () => {
    let answer: (ok: boolean) => void = () => {};
    remove.mockImplementation(
      () =>
        new Promise<boolean>((resolve) => {
          answer = (ok) => {
            granted = [];
            resolve(ok);
          };
        }),
    );
    render(<ReachMode />);
    await vi.waitFor(() => expect(status()).toMatch(/^Membaca di semua situs/));
    fireEvent.click(radio("Situs terdaftar dan tambahan"));
    expect(radio("Situs terdaftar dan tambahan").checked).toBe(true);
    expect(remove).toHaveBeenCalledWith({ origins: ["https://*/*", "http://*/*"] });
    answer(true);
    await vi.waitFor(() =>
      expect(status()).toBe("Membaca situs berita terdaftar; situs lain saat dipindai."),
    );
  });

  it("goes back to what the browser granted when its prompt for every site is refused", async () => {
    granted = [];
    request.mockResolvedValue(false);
    render(<ReachMode />);
    await vi.waitFor(() => expect(status()).toMatch(/^Membaca situs berita terdaftar/));
    fireEvent.click(radio("Semua situs"));
    await vi.waitFor(() =>
      expect(screen.getByText("Izin membaca semua situs tidak diberikan.")).toBeTruthy(),
    );
    expect(radio("Semua situs").checked).toBe(false);
    expect(status()).toMatch(/^Membaca situs berita terdaftar/);
  });
});
