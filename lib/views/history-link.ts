// The address that opens the full-page table on an awardee's history (from the hover card on a
// news page): table.html#riwayat=<name>&jenis=<awardee type>. Read back only as plain text.
import { AWARDEE_TYPES, type AwardeeType } from "../records/vocabulary";

export interface HistoryTarget {
  awardee: string;
  awardeeType: AwardeeType;
}

export function historyHash(target: HistoryTarget): string {
  return `#${new URLSearchParams({ riwayat: target.awardee, jenis: target.awardeeType })}`;
}

/** The awardee a hash asks for, or null for any other hash (or a malformed one). */
export function parseHistoryHash(hash: string): HistoryTarget | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const awardee = params.get("riwayat")?.trim();
  const type = params.get("jenis");
  if (!awardee || !(AWARDEE_TYPES as readonly (string | null)[]).includes(type)) return null;
  return { awardee, awardeeType: type as AwardeeType };
}
