// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { StorageNotice } from "../../components/StorageNotice";
import { SAVE_FAILURE_KEY } from "../../lib/save-failure";
import { useIndonesianMessages } from "./messages";

function storageThat(persisted: boolean, grants: boolean) {
  const persist = vi.fn(async () => grants);
  Object.defineProperty(navigator, "storage", {
    configurable: true,
    value: { persisted: async () => persisted, persist },
  });
  return persist;
}

beforeEach(() => {
  useIndonesianMessages();
  fakeBrowser.reset();
  useIndonesianMessages();
});
afterEach(cleanup);

const FULL =
  "The browser's storage for Paritrana Lens is full, so nothing was saved. Export a backup, delete records you no longer need, and try again.";

describe("StorageNotice", () => {
  it("asks for persistent storage and tells the reader when the browser refuses", async () => {
    const persist = storageThat(false, false);
    render(<StorageNotice />);
    expect(await screen.findByText(/Browser belum menjamin penyimpanan tetap/)).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it("says nothing when storage is persistent and no save failed", async () => {
    const persist = storageThat(false, true);
    const { container } = render(<StorageNotice />);
    await vi.waitFor(() => expect(persist).toHaveBeenCalled());
    await act(async () => {});
    expect(container.textContent).toBe("");
  });

  it("shows a failed save from a news page, also one that happens while open, until dismissed", async () => {
    storageThat(true, true);
    render(<StorageNotice />);
    await act(async () => {
      await fakeBrowser.storage.local.set({
        [SAVE_FAILURE_KEY]: {
          at: "2026-11-23T10:00:00.000Z",
          message: FULL,
          url: "https://berita.example/a",
        },
      });
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Penyimpanan gagal pada");
    expect(alert.textContent).toContain(FULL);
    fireEvent.click(screen.getByRole("button", { name: "Tutup pesan" }));
    expect(screen.queryByRole("alert")).toBeNull();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(SAVE_FAILURE_KEY)).toEqual({}));
  });

  it("shows a failure stored before the table opened", async () => {
    storageThat(true, true);
    await fakeBrowser.storage.local.set({
      [SAVE_FAILURE_KEY]: { at: "2026-11-23T10:00:00.000Z", message: FULL },
    });
    render(<StorageNotice />);
    expect((await screen.findByRole("alert")).textContent).toContain(FULL);
  });

  it("words a failure in the interface's language when the background stored what it was", async () => {
    storageThat(true, true);
    await fakeBrowser.storage.local.set({
      [SAVE_FAILURE_KEY]: { at: "2026-11-23T10:00:00.000Z", message: FULL, code: "storage-full", params: [] },
    });
    render(<StorageNotice />);
    const text = (await screen.findByRole("alert")).textContent;
    expect(text).toContain("Penyimpanan browser untuk Paritrana Lens penuh");
    expect(text).not.toContain("The browser's storage");
  });
});
