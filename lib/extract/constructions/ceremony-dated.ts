// A win announced before its details: "Pemkab X kembali meraih Paritrana Award." then "X meraih
// peringkat kedua … untuk penilaian tahun 2023." Where the page writes no edition with the award's
// name, the first sentence's year is only the ceremony's date; if the same winner has a record
// whose year the text states, and that year is the ceremony's or the one before (an edition is
// often handed out the next year), the announcement is that record, not an award of its own. An
// older win the page recalls leaves it alone.
import type { ExtractedRecord } from "../../records/schema";

const key = (r: ExtractedRecord, year: number | null) => `${r.awardee}\u0000${r.scope}\u0000${year}`;

export function dropCeremonyDated(
  records: ExtractedRecord[],
  ceremonyDated: ReadonlySet<ExtractedRecord>,
): ExtractedRecord[] {
  if (ceremonyDated.size === 0) return records;
  const stated = new Set<string>();
  for (const r of records) if (!ceremonyDated.has(r)) stated.add(key(r, r.year));
  return records.filter(
    (r) =>
      !(
        ceremonyDated.has(r) &&
        r.rank === null &&
        r.year !== null &&
        (stated.has(key(r, r.year)) || stated.has(key(r, r.year - 1)))
      ),
  );
}
