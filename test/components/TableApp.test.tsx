// @vitest-environment happy-dom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { newRecord } from "../../lib/records/merge";
import type { RowsResult } from "../../lib/store/row-page";
import { type RowPage, type TableRow, toTableRow } from "../../lib/table/rows";
import { ARTICLE_A, BANK_FIELDS, toSave } from "../fixtures/records";
import { useIndonesianMessages } from "./messages";

const ROWS = [
  newRecord(toSave(), ARTICLE_A, "gianyar", 1),
  newRecord(toSave(BANK_FIELDS), ARTICLE_A, "bank", 2),
].map(toTableRow);

// The rows as the entrypoint read them before React started, and the source the table reads the
// rest from: both stand in for the database here. A full first page (the store says "next" only then), and one more row after it. The table adds
// the rest to the first page's array, so each test has its own.
const fullPage = (): RowsResult => ({
  rows: Array.from({ length: 100 }, (_, i) => ({
    ...(ROWS[0] as TableRow),
    id: `r${String(i).padStart(3, "0")}`,
  })),
  next: "r099",
});
let first = fullPage();
const rest = vi.fn(async (_page: RowPage): Promise<RowsResult> => ({ rows: ROWS.slice(1), next: null }));
vi.mock("../../components/rows", async (actual) => ({
  ...(await actual<typeof import("../../components/rows")>()),
  beginRowLoad: async () => ({ source: { listRows: rest, close() {} }, first: Promise.resolve(first) }),
}));
const { TableApp } = await import("../../components/TableApp");

beforeEach(() => {
  useIndonesianMessages();
  first = fullPage();
  rest.mockClear();
});
afterEach(cleanup);

const count = () => document.getElementById("table-count")?.textContent;
const busy = () => document.querySelector(".award-table")?.getAttribute("aria-busy");

describe("TableApp", () => {
  it("draws the first page read before it started in its first render, then adds the rest", async () => {
    render(<TableApp mode="page" first={first} />);
    // No "loading" frame: the rows are in the first render.
    expect(screen.queryByText("Memuat…", { selector: "p[aria-live]" })).toBeNull();
    expect(count()).toBe("Menampilkan 100 dari 100 penghargaan");
    expect(busy()).toBe("true");

    await act(() => vi.waitFor(() => expect(rest).toHaveBeenCalled(), { timeout: 5000 }));
    await act(() =>
      vi.waitFor(() => expect(count()).toBe("Menampilkan 101 dari 101 penghargaan"), { timeout: 5000 }),
    );
    expect(rest).toHaveBeenCalledWith({ after: "r099", limit: 20_000 });
    expect(busy()).toBe("false");
  });

  it("is complete when the page after a full first page is empty", async () => {
    rest.mockResolvedValueOnce({ rows: [], next: null });
    render(<TableApp mode="page" first={first} />);
    await act(() => vi.waitFor(() => expect(rest).toHaveBeenCalled(), { timeout: 5000 }));
    await act(() => vi.waitFor(() => expect(busy()).toBe("false"), { timeout: 5000 }));
    expect(count()).toBe("Menampilkan 100 dari 100 penghargaan");
  });
});
