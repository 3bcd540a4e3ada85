// The store's failures reach the table in the interface's language, through the real reply.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { errorText } from "../../components/errors";
import { handleMessage } from "../../lib/messages";
import { unwrapReply } from "../../lib/reply";
import { type AwardStore, openAwardStore } from "../../lib/store";
import { freshDbName } from "../fixtures/records";
import { useIndonesianMessages } from "./messages";

let store: AwardStore;
beforeEach(async () => {
  useIndonesianMessages();
  store = await openAwardStore(freshDbName());
});
afterEach(() => store.close());

async function failureOf(message: unknown): Promise<unknown> {
  try {
    unwrapReply("x", await handleMessage(store, message, { from: "extension-page" }));
  } catch (err) {
    return err;
  }
  throw new Error("the message did not fail");
}

describe("store errors in the interface", () => {
  it("words a missing record, a refused backup and a newer backup in Indonesian", async () => {
    expect(errorText(await failureOf({ type: "reject-record", id: "hilang" }))).toBe(
      "Catatan tidak ditemukan (mungkin sudah dihapus).",
    );
    expect(errorText(await failureOf({ type: "import-backup", backup: "bukan json" }))).toBe(
      "Cadangan tidak diimpor, tidak ada yang berubah: berkas ini bukan JSON.",
    );
    expect(
      errorText(
        await failureOf({ type: "import-backup", backup: { format: "paritrana-lens-backup", version: 9 } }),
      ),
    ).toBe(
      "Cadangan tidak diimpor, tidak ada yang berubah: dibuat oleh versi Paritrana Lens yang lebih baru (versi cadangan 9; versi ini membaca sampai 1). Perbarui ekstensi lalu impor lagi.",
    );
  });

  it("keeps the English message where no code travels with it", () => {
    expect(errorText(new Error("something else"))).toBe("something else");
  });
});
