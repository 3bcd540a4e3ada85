// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { BackupControls } from "../../components/BackupControls";
import { MAX_BACKUP_CHARS } from "../../lib/store/backup";
import { useIndonesianMessages } from "./messages";

beforeEach(useIndonesianMessages);
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A file whose size is `size` bytes, and which records whether anything read it. */
function fileOfSize(size: number, content = "{}") {
  const file = new File([content], "cadangan.json", { type: "application/json" });
  Object.defineProperty(file, "size", { value: size });
  const text = vi.spyOn(file, "text");
  return { file, text };
}

const choose = (file: File) =>
  fireEvent.change(screen.getByLabelText("Impor cadangan", { exact: false }), { target: { files: [file] } });

describe("BackupControls import", () => {
  it("refuses a file larger than a backup may be before reading it, and sends nothing", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, "sendMessage");
    const onImported = vi.fn();
    render(<BackupControls onImported={onImported} />);
    const { file, text } = fileOfSize(MAX_BACKUP_CHARS + 1);
    choose(file);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Berkas terlalu besar (50.0 MB; cadangan paling besar 50.0 MB), jadi tidak dibaca dan tidak ada yang diubah. Periksa bahwa ini cadangan Paritrana Lens.",
    );
    expect(text).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(onImported).not.toHaveBeenCalled();
  });

  it("reads and sends a file within the limit", async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, "sendMessage")
      .mockResolvedValue({ ok: true, created: 2, merged: 1, skipped: 0 } as never);
    const onImported = vi.fn();
    render(<BackupControls onImported={onImported} />);
    const { file, text } = fileOfSize(MAX_BACKUP_CHARS, '{"format":"x"}');
    choose(file);
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledWith("Cadangan diimpor: 2 baru, 1 digabung."));
    expect(text).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: "import-backup", backup: { format: "x" } });
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
