// @vitest-environment happy-dom
// The popup's reach line: which reach the reader has, and the choice to change it.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ReachMode } from "../../components/ReachMode";
import { type FakeGrants, fakePermissions } from "./fake-permissions";
import { useIndonesianMessages } from "./messages";

let grants: FakeGrants;

beforeEach(() => {
  grants = fakePermissions(["https://*/*", "http://*/*"]);
  useIndonesianMessages();
});
afterEach(cleanup);

const status = () => document.querySelector(".reach-status")?.textContent;
const radio = (name: string) => screen.getByRole("radio", { name }) as HTMLInputElement;

describe("ReachMode", () => {
  it("the radio follows the reader's click at once, before the browser has answered", async () => {
    let answer: (ok: boolean) => void = () => {};
    grants.remove.mockImplementation(
      () =>
        new Promise<boolean>((resolve) => {
          answer = (ok) => {
            grants.origins = [];
            resolve(ok);
          };
        }),
    );
    render(<ReachMode />);
    await vi.waitFor(() => expect(status()).toMatch(/^Membaca di semua situs/));
    fireEvent.click(radio("Situs terdaftar dan tambahan"));
    expect(radio("Situs terdaftar dan tambahan").checked).toBe(true);
    expect(grants.remove).toHaveBeenCalledWith({ origins: ["https://*/*", "http://*/*"] });
    answer(true);
    await vi.waitFor(() =>
      expect(status()).toBe("Membaca situs berita terdaftar; situs lain saat dipindai."),
    );
  });

  it("goes back to what the browser granted when its prompt for every site is refused", async () => {
    grants.origins = [];
    grants.request.mockResolvedValue(false);
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
