// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RecordEditor } from "../../components/RecordEditor";
import { GIANYAR_FIELDS } from "../fixtures/records";
import { useIndonesianMessages } from "./messages";

beforeEach(useIndonesianMessages);
afterEach(cleanup);

const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: "input,select" });

describe("RecordEditor", () => {
  it("refuses an invalid value with a message on the field and sends nothing", async () => {
    const onSubmit = vi.fn(async () => {});
    render(<RecordEditor initial={GIANYAR_FIELDS} submitLabel="Simpan" onSubmit={onSubmit} />);
    fireEvent.change(field("Tahun"), { target: { value: "1999" } });
    fireEvent.change(screen.getByLabelText("Peringkat"), { target: { value: "1.5" } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByRole("alert")).toHaveProperty(
      "textContent",
      "Tidak disimpan: periksa kolom yang ditandai.",
    );
    expect(field("Tahun").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByText(/Tahun berupa bilangan bulat 2000–2100/)).toBeTruthy();
    expect(screen.getByText(/Peringkat berupa bilangan bulat 1–100/)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("sends typed fields: numbers as numbers, empty text as unknown", async () => {
    const onSubmit = vi.fn(async () => {});
    render(<RecordEditor initial={GIANYAR_FIELDS} submitLabel="Simpan" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText("Peringkat"), { target: { value: " 2 " } });
    fireEvent.change(field("Peringkat seperti tertulis"), { target: { value: "" } });
    fireEvent.change(field("Provinsi"), { target: { value: "  Bali " } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({ ...GIANYAR_FIELDS, rank: 2, rankLabel: null, province: "Bali" });
  });

  it("marks the fields the reader corrected and shows the store's refusal", async () => {
    const onSubmit = vi.fn(async () => {
      throw new Error("No record with id");
    });
    render(
      <RecordEditor
        initial={GIANYAR_FIELDS}
        correctedFields={["year"]}
        submitLabel="Simpan"
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByText("Tahun").textContent).toContain("dikoreksi");
    expect(screen.getByText("Provinsi", { selector: "label" }).textContent).not.toContain("dikoreksi");
    fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Tidak disimpan: No record with id");
  });
});
