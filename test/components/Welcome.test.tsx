// @vitest-environment happy-dom
// The first-run page's one choice: every site (the browser's prompt), or the listed sites.
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Welcome } from "../../components/Welcome";
import { type FakeGrants, fakePermissions } from "./fake-permissions";
import { useIndonesianMessages } from "./messages";

let grants: FakeGrants;

beforeEach(() => {
  grants = fakePermissions([]);
  useIndonesianMessages();
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
    grants.request.mockImplementation(async () => {
      grants.origins = ["https://*/*", "http://*/*"];
      return true;
    });
    render(<Welcome />);
    fireEvent.click(screen.getByRole("button", { name: "Baca di semua situs" }));
    expect(grants.request).toHaveBeenCalledWith({ origins: ["https://*/*", "http://*/*"] });
    await vi.waitFor(() => expect(outcome().textContent).toBe("Paritrana Lens kini membaca di semua situs."));
    expect(document.activeElement).toBe(outcome());
  });

  it("tells what remains when the browser's prompt is refused", async () => {
    grants.request.mockResolvedValue(false);
    render(<Welcome />);
    fireEvent.click(screen.getByRole("button", { name: "Baca di semua situs" }));
    await vi.waitFor(() => expect(outcome().textContent).toMatch(/^Izin tidak diberikan\./));
  });

  it("keeps to the listed sites when declined, giving back every-site access", async () => {
    grants.remove.mockResolvedValue(true);
    render(<Welcome />);
    fireEvent.click(screen.getByRole("button", { name: "Hanya situs berita terdaftar" }));
    expect(grants.remove).toHaveBeenCalledWith({ origins: ["https://*/*", "http://*/*"] });
    await vi.waitFor(() => expect(outcome().textContent).toMatch(/situs yang Anda tambahkan satu per satu/));
  });

  it("shows the granted state when every site is already granted", async () => {
    grants.origins = ["https://*/*", "http://*/*"];
    render(<Welcome />);
    await vi.waitFor(() => expect(outcome().textContent).toBe("Paritrana Lens kini membaca di semua situs."));
  });
});
