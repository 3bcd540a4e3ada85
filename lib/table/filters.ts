// What the table's filters mean, pure so they can be tested without a browser.
import { compactName } from "../records/same-award";
import type { RecordStatus } from "../records/vocabulary";

/** A filter option for a value that may be unknown: NONE stands for "not stated". */
export const NONE = "__none__";
export const optionOf = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? NONE : String(value);

/** Status filter: by default rejected records are hidden (kept, restorable). */
export const STATUS_OPTIONS = ["active", "all", "extracted", "corrected", "rejected"] as const;
export type StatusOption = (typeof STATUS_OPTIONS)[number];

export function statusMatches(status: RecordStatus, option: StatusOption | undefined): boolean {
  if (option === undefined || option === "active") return status !== "rejected";
  return option === "all" || option === status;
}

/** Part of the name, ignoring case, accents, punctuation and spacing: "sumber-rejo" finds "Desa Sumber Rejo". */
export function nameMatches(name: string, search: string): boolean {
  const wanted = compactName(search);
  return wanted === "" || compactName(name).includes(wanted);
}
