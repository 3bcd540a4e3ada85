// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AwardTable } from "../../components/AwardTable";
import { newRecord } from "../../lib/records/merge";
import type { StoredRecord } from "../../lib/records/schema";
import { toTableRow } from "../../lib/table/rows";
import { ARTICLE_A, BANK_FIELDS, toSave } from "../fixtures/records";
import { useIndonesianMessages } from "./messages";

beforeEach(useIndonesianMessages);
afterEach(cleanup);

const STORED: StoredRecord[] = [
  newRecord(toSave(), ARTICLE_A, "gianyar", 1),
  newRecord(toSave(BANK_FIELDS), ARTICLE_A, "bank", 2),
  {
    ...newRecord(toSave({ awardee: "Kota Denpasar", awardeeType: "kota", year: 2023 }), ARTICLE_A, "dps", 3),
    status: "rejected",
  },
];
const RECORDS = STORED.map(toTableRow);

const count = () => screen.getByText(/^Menampilkan/).textContent;
const options = (label: string) =>
  within(screen.getByLabelText(label, { selector: "select" }))
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("AwardTable", () => {
  it("hides rejected records by default and shows counts for each filter choice", () => {
    const onVisible = vi.fn();
    render(<AwardTable records={RECORDS} onOpen={() => {}} onVisibleChange={onVisible} />);
    expect(count()).toBe("Menampilkan 2 dari 3 penghargaan");
    expect(options("Tahun")).toEqual(["Semua", "2024 (1)", "2023 (1)"]);
    expect(options("Status")).toEqual([
      "Aktif (2)",
      "Semua status (3)",
      "terbaca (2)",
      "dikoreksi (0)",
      "ditolak (1)",
      "ditolak, dengan sumber baru (0)",
    ]);
    expect(onVisible).toHaveBeenLastCalledWith([RECORDS[0], RECORDS[1]]);

    fireEvent.change(screen.getByLabelText("Status", { selector: "select" }), {
      target: { value: "rejected" },
    });
    expect(count()).toBe("Menampilkan 1 dari 3 penghargaan");
    expect(onVisible).toHaveBeenLastCalledWith([RECORDS[2]]);
  });

  it("filters by category and searches by part of the name, ignoring case and punctuation", () => {
    render(<AwardTable records={RECORDS} onOpen={() => {}} />);
    fireEvent.change(screen.getByLabelText("Kategori", { selector: "select" }), {
      target: { value: "usaha_besar" },
    });
    expect(count()).toBe("Menampilkan 1 dari 3 penghargaan");
    fireEvent.click(screen.getByRole("button", { name: "Hapus saringan" }));
    fireEvent.change(screen.getByLabelText("Cari nama"), { target: { value: "BANK-contoh" } });
    expect(count()).toBe("Menampilkan 1 dari 3 penghargaan");
    fireEvent.change(screen.getByLabelText("Cari nama"), { target: { value: "tidak ada" } });
    expect(screen.getByText("Tidak ada penghargaan yang cocok dengan saringan.")).toBeTruthy();
  });

  it("marks sorting on the column header for screen readers", () => {
    render(<AwardTable records={RECORDS} onOpen={() => {}} />);
    const header = screen.getByRole("columnheader", { name: /Tahun/ });
    expect(header.getAttribute("aria-sort")).toBe("none");
    fireEvent.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("descending");
    fireEvent.click(within(header).getByRole("button"));
    expect(header.getAttribute("aria-sort")).toBe("ascending");
  });
});
