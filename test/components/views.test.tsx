// @vitest-environment happy-dom
// The full page's views against the real store: their messages reach handleMessage, as the
// background's would. Records from test/fixtures/rounds.ts (our own words).
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import Papa from "papaparse";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ConflictDialog } from "../../components/ConflictDialog";
import { Glance } from "../../components/Glance";
import { HistoryDialog } from "../../components/HistoryDialog";
import { RoundSheet } from "../../components/RoundSheet";
import type { AwardStore } from "../../lib/store";
import { type TableRow, toTableRow } from "../../lib/table/rows";
import { conflictsById, findConflicts } from "../../lib/views/conflicts";
import { historyOf } from "../../lib/views/history";
import { toSave } from "../fixtures/records";
import { article, baliRound, row } from "../fixtures/rounds";
import { storeBehindMessages } from "./background-store";

const downloads: { name: string; text: string }[] = [];
vi.mock("../../components/download", async (actual) => ({
  ...(await actual<typeof import("../../components/download")>()),
  downloadText: (name: string, text: string | readonly string[]) =>
    downloads.push({ name, text: typeof text === "string" ? text : text.join("") }),
}));

const background = storeBehindMessages();
let store: AwardStore;
beforeEach(() => {
  store = background();
  downloads.length = 0;
});

const rowsOf = async () => (await store.list({ includeRejected: true })).map(toTableRow);
const NO_CONFLICTS = new Map();

describe("Glance", () => {
  it("draws a bar for each year and province with its count; a bar picks that filter", () => {
    const rows = [
      ...baliRound(),
      row({ year: 2023, province: "Jawa Timur", awardee: "Kota Malang" }, article("https://x.example/a")),
    ];
    const onPick = vi.fn();
    render(<Glance records={rows} conflictCount={2} onPick={onPick} />);
    const years = within(
      screen.getByText("Penghargaan per tahun").closest("figure") as HTMLElement,
    ).getAllByRole("button");
    expect(years.map((b) => b.getAttribute("aria-label"))).toEqual([
      "2024: 7 penghargaan — tampilkan di tabel",
      "2023: 1 penghargaan — tampilkan di tabel",
    ]);
    fireEvent.click(screen.getByRole("button", { name: "Jawa Timur: 1 penghargaan — tampilkan di tabel" }));
    expect(onPick).toHaveBeenLastCalledWith({ id: "province", value: "Jawa Timur" });
    fireEvent.click(screen.getByRole("button", { name: /2 catatan dengan sumber yang bertentangan/ }));
    expect(onPick).toHaveBeenLastCalledWith({ id: "conflicts" });
  });
});

describe("RoundSheet", () => {
  const sheet = (rows: TableRow[], more: Partial<Parameters<typeof RoundSheet>[0]> = {}) =>
    render(
      <RoundSheet
        records={rows}
        conflicts={NO_CONFLICTS}
        onHistory={() => {}}
        onConflict={() => {}}
        onFill={() => {}}
        {...more}
      />,
    );

  it("lists the rounds with their record counts and shows the chosen one as a results sheet", () => {
    const rows = [...baliRound(), row({ scope: "nasional", year: 2023 }, article("https://x.example/n"))];
    sheet(rows);
    const pick = screen.getByLabelText("Babak") as HTMLSelectElement;
    expect([...pick.options].map((o) => o.text)).toEqual([
      "Provinsi Bali 2024 (7 catatan)",
      "Nasional 2023 (1 catatan)",
    ]);
    expect(screen.getByRole("heading", { name: "Hasil Paritrana Award — Provinsi Bali 2024" })).toBeTruthy();
    const body = screen.getAllByRole("row").slice(1);
    expect(body.map((r) => [...r.children].map((c) => c.textContent?.replace(/\s+/g, " ").trim()))).toEqual([
      [
        "Pemerintah kabupaten/kota",
        "Kabupaten Gianyar (3 sumber)",
        "Kabupaten Badung (2 sumber)",
        "Kota Denpasar (1 sumber)",
        "4. Kabupaten Tabanan (1 sumber) tanpa peringkat: Kabupaten Bangli (1 sumber)",
      ],
      ["Usaha besar", "PT Tirta Segara (1 sumber)", "+ Isi", "+ Isi", ""],
      ["Usaha kecil dan mikro", "+ Isi", "CV Anyaman Lestari (1 sumber)", "+ Isi", ""],
    ]);
    fireEvent.change(pick, { target: { value: pick.options[1]?.value } });
    expect(screen.getByRole("heading", { name: "Hasil Paritrana Award — Nasional 2023" })).toBeTruthy();
  });

  it("fills a gap with the round, category and place already set, and opens a name's history", () => {
    const onFill = vi.fn();
    const onHistory = vi.fn();
    sheet(baliRound(), { onFill, onHistory });
    fireEvent.click(screen.getByRole("button", { name: "Tambahkan Peringkat 3, Usaha besar" }));
    expect(onFill).toHaveBeenCalledWith({
      year: 2024,
      scope: "provinsi",
      province: "Bali",
      category: "usaha_besar",
      rank: 3,
      awardeeType: "badan_usaha",
    });
    fireEvent.click(screen.getByRole("button", { name: "Kabupaten Badung" }));
    expect(onHistory.mock.calls[0]?.[0].awardee).toBe("Kabupaten Badung");
  });

  it("downloads the sheet as CSV in the same shape", () => {
    sheet(baliRound());
    fireEvent.click(screen.getByRole("button", { name: "Unduh lembar (CSV)" }));
    expect(downloads[0]?.name).toMatch(/^paritrana-babak-2024-Bali-\d{4}-\d\d-\d\d\.csv$/);
    const lines = Papa.parse<string[]>(downloads[0]?.text.slice(1) ?? "", {
      delimiter: ";",
      skipEmptyLines: true,
    }).data;
    expect(lines[0]).toEqual(["Kategori", "Peringkat 1", "Peringkat 2", "Peringkat 3", "Peringkat lain"]);
    expect(lines[2]).toEqual(["Usaha besar", "PT Tirta Segara (1 sumber)", "", "", ""]);
    expect(lines[1]?.[4]).toBe(
      "4. Kabupaten Tabanan (1 sumber)\ntanpa peringkat: Kabupaten Bangli (1 sumber)",
    );
  });
});

describe("ConflictDialog", () => {
  it("shows two articles' places side by side with their sentences; picking one corrects the record", async () => {
    await store.saveArticle(article("https://satu.example/a"), [
      toSave({ rank: 2, rankLabel: "juara kedua" }, "juara kedua"),
    ]);
    await store.saveArticle(article("https://dua.example/b"), [
      toSave({ rank: 3, rankLabel: "juara ketiga" }, "juara ketiga"),
    ]);
    const rows = await rowsOf();
    const [conflict] = findConflicts(rows);
    const onResolved = vi.fn();
    render(
      <ConflictDialog
        conflict={conflict as never}
        rows={new Map(rows.map((r) => [r.id, r]))}
        onResolved={onResolved}
        onClose={() => {}}
      />,
    );
    const third = screen.getByRole("region", { name: "Peringkat 3" });
    await waitFor(() =>
      expect(within(third).getByText("juara ketiga", { selector: "blockquote" })).toBeTruthy(),
    );
    expect(
      within(screen.getByRole("region", { name: "Peringkat 2" })).getByText(/yang tercatat sekarang/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Pakai: Peringkat 3" }));
    await waitFor(() => expect(onResolved).toHaveBeenCalled());
    expect(onResolved.mock.calls[0]?.[1]).toBe("Pertentangan diselesaikan: Peringkat 3.");
    const [record] = await store.list();
    expect([record?.rank, record?.rankLabel, record?.sources.length]).toEqual([3, "juara ketiga", 2]);
    expect(conflictsById(findConflicts(await rowsOf())).size).toBe(0);
  });
});

describe("HistoryDialog", () => {
  it("lists every year with its round, category and place, and each entry's sources", async () => {
    await store.saveArticle(article("https://satu.example/2024", "2024-11-20"), [
      toSave({ year: 2024, rank: 1 }),
    ]);
    await store.saveArticle(article("https://dua.example/2023", "2023-11-20"), [
      toSave({ year: 2023, rank: 3, awardee: "Pemkab Gianyar" }),
    ]);
    const rows = await rowsOf();
    render(
      <HistoryDialog
        history={historyOf(rows, rows[0] as TableRow)}
        onOpenRecord={() => {}}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole("heading", { name: "Riwayat Kabupaten Gianyar" })).toBeTruthy();
    expect(screen.getByText(/2 penghargaan dalam 2 tahun · Juga ditulis: Pemkab Gianyar/)).toBeTruthy();
    const body = screen.getAllByRole("row").slice(1);
    expect(body.map((r) => [...r.children].slice(0, 4).map((c) => c.textContent))).toEqual([
      ["2024", "Provinsi Bali 2024", "Pemerintah kabupaten/kota", "1"],
      ["2023", "Provinsi Bali 2023", "Pemerintah kabupaten/kota", "3"],
    ]);
    await waitFor(() =>
      expect(screen.getByRole("link", { name: "Berita https://dua.example/2023" })).toBeTruthy(),
    );
  });
});
