// @vitest-environment happy-dom
// The record dialog against the real store: its messages reach handleMessage, as the background's
// would.
import { fireEvent, render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { RecordDialog } from "../../components/RecordDialog";
import type { StoredRecord } from "../../lib/records/schema";
import type { AwardStore } from "../../lib/store";
import { ARTICLE_A, ARTICLE_B, toSave } from "../fixtures/records";
import { storeBehindMessages } from "./background-store";

const background = storeBehindMessages(() => {
  // A clock that moves on each change: a rejection and a later source never share a millisecond.
  let clock = 1_000;
  return { now: () => clock++ };
});
let store: AwardStore;
beforeEach(() => {
  store = background();
});

const awardee = () => screen.getByLabelText("Penerima", { exact: false, selector: "input" });

async function twoAwards() {
  const [badung] = (await store.saveArticle(ARTICLE_A, [toSave({ awardee: "Kabupaten Badung", rank: 2 })]))
    .records;
  await store.saveArticle(ARTICLE_B, [toSave()]);
  return badung as StoredRecord;
}

describe("RecordDialog", () => {
  it("says before saving that a correction makes the record another's award, and merges in one click", async () => {
    const badung = await twoAwards();
    const onChanged = vi.fn();
    render(<RecordDialog record={badung} records={[]} onChanged={onChanged} onClose={() => {}} />);
    fireEvent.change(awardee(), { target: { value: "Kabupaten Gianyar" } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan koreksi" }));
    const prompt = await screen.findByRole("alertdialog");
    expect(prompt.textContent).toContain("sudah ada di tabel: Kabupaten Gianyar 2024 (1 sumber)");
    expect(onChanged).not.toHaveBeenCalled();
    expect(await store.count()).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Simpan dan gabungkan" }));
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const merged = onChanged.mock.calls[0]?.[0] as StoredRecord;
    expect([merged.awardee, merged.rank, merged.sources.length]).toEqual(["Kabupaten Gianyar", 2, 2]);
    expect(await store.count()).toBe(1);
  });

  it("going back to the form saves nothing", async () => {
    const badung = await twoAwards();
    render(<RecordDialog record={badung} records={[]} onChanged={() => {}} onClose={() => {}} />);
    fireEvent.change(awardee(), { target: { value: "Kabupaten Gianyar" } });
    fireEvent.click(screen.getByRole("button", { name: "Simpan koreksi" }));
    fireEvent.click(await screen.findByRole("button", { name: "Kembali ke formulir" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect((await store.get(badung.id))?.awardee).toBe("Kabupaten Badung");
  });

  it("tells a rejected record's reader how many articles reported it since", async () => {
    const [read] = (await store.saveArticle(ARTICLE_A, [toSave()])).records;
    await store.reject(read?.id as string);
    const [again] = (await store.saveArticle(ARTICLE_B, [toSave()])).records;
    render(
      <RecordDialog record={again as StoredRecord} records={[]} onChanged={() => {}} onClose={() => {}} />,
    );
    expect(screen.getByRole("status").textContent).toContain("1 artikel melaporkan penghargaan ini lagi");
  });
});
