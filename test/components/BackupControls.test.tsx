// @vitest-environment happy-dom
// The backup controls on the store the page shares with the background (fake-indexeddb here).
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { BackupControls } from "../../components/BackupControls";
import { type AwardStore, DEFAULT_DB_NAME, openAwardStore } from "../../lib/store";
import { MAX_BACKUP_CHARS } from "../../lib/store/backup";
import { ARTICLE_A, freshDbName, toSave } from "../fixtures/records";
import { useIndonesianMessages } from "./messages";

beforeEach(useIndonesianMessages);
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(DEFAULT_DB_NAME);
    request.onsuccess = request.onerror = done;
  });
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

async function exported(): Promise<string> {
  const other: AwardStore = await openAwardStore(freshDbName());
  await other.saveArticle(ARTICLE_A, [toSave(), toSave({ year: 2023 })]);
  const text = JSON.stringify(await other.exportBackup());
  other.close();
  return text;
}

describe("BackupControls import", () => {
  it("refuses a file larger than a backup may be before reading it, in Indonesian, and sends nothing", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, "sendMessage");
    const onImported = vi.fn();
    render(<BackupControls onImported={onImported} />);
    const { file, text } = fileOfSize(MAX_BACKUP_CHARS + 1);
    choose(file);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Cadangan tidak diimpor, tidak ada yang berubah: berkas terlalu besar (200.0 MB; paling besar 200.0 MB). Periksa bahwa ini cadangan Paritrana Lens.",
    );
    expect(text).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(onImported).not.toHaveBeenCalled();
  });

  it("imports an exported backup into the store, without a message to the background", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, "sendMessage");
    const onImported = vi.fn();
    render(<BackupControls onImported={onImported} />);
    const content = await exported();
    choose(new File([content], "cadangan.json", { type: "application/json" }));
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledWith("Cadangan diimpor: 2 baru, 0 digabung."));
    expect(send).not.toHaveBeenCalled();
    const store = await openAwardStore();
    expect(await store.count()).toBe(2);
    store.close();
  });

  it("says why a file is refused in the interface's language", async () => {
    render(<BackupControls onImported={() => {}} />);
    choose(new File(["tahun;penerima\r\n"], "data.csv", { type: "text/csv" }));
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Cadangan tidak diimpor, tidak ada yang berubah: berkas ini bukan JSON.",
    );
  });
});
