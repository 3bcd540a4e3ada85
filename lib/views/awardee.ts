// One awardee under one name whatever spelling the articles used: "Pemkab Gianyar", "Kab.
// Gianyar" and "Kabupaten Gianyar" are one government; a business keeps the same-award rule's
// comparison ("PT Bank Contoh Tbk" = "Bank Contoh").
import { GOV_PREFIXES, type GovKind } from "../lexicon/awardees";
import { awardeeKey, compactName } from "../records/same-award";
import type { AwardeeType } from "../records/vocabulary";

const GOVERNMENT = new Set<AwardeeType>(["provinsi", "kabupaten", "kota", "desa", "kelurahan"]);

// Longest prefix first, so "pemerintah kabupaten" wins over "pemerintah".
const PREFIXES = [...GOV_PREFIXES].sort((a, b) => b[0].length - a[0].length);

/** A government's name without its prefix, and the kind the prefix names (null: none found). */
function splitPrefix(name: string): { kind: GovKind | null; rest: string } {
  const words = name
    .trim()
    .split(/[\s.]+/u)
    .filter((w) => w !== "");
  const lower = words.map((w) => w.toLowerCase());
  for (const [prefix, kind] of PREFIXES) {
    if (prefix.length < lower.length && prefix.every((w, i) => lower[i] === w)) {
      return { kind, rest: words.slice(prefix.length).join(" ") };
    }
  }
  return { kind: null, rest: words.join(" ") };
}

/** The key that gathers one awardee's records across spellings. */
export function historyKey(awardee: string, type: AwardeeType): string {
  if (!GOVERNMENT.has(type)) return `${type === "perorangan" ? "p" : "b"}:${awardeeKey(awardee, type)}`;
  const { kind, rest } = splitPrefix(awardee);
  // A regency and a city of one name are two governments (Kabupaten Malang, Kota Malang).
  return `${kind ?? type}:${compactName(rest)}`;
}

/** The name most of the records use (ties: the one the reader corrected, then the longest). */
export function canonicalName(
  records: readonly { awardee: string; correctedFields: readonly string[] }[],
): string {
  const votes = new Map<string, { count: number; corrected: boolean }>();
  for (const r of records) {
    const vote = votes.get(r.awardee) ?? { count: 0, corrected: false };
    vote.count++;
    vote.corrected ||= r.correctedFields.includes("awardee");
    votes.set(r.awardee, vote);
  }
  let best = "";
  let bestVote = { count: -1, corrected: false };
  for (const [name, vote] of votes) {
    const better =
      vote.corrected !== bestVote.corrected
        ? vote.corrected
        : vote.count !== bestVote.count
          ? vote.count > bestVote.count
          : name.length > best.length;
    if (better) {
      best = name;
      bestVote = vote;
    }
  }
  return best;
}
