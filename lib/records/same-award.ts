// The spec's "same award" rule as one string key, so the store can find a record by index.
import { LETTER, NUMBER, pairAt, pairClass, unitClass } from "../extract/chars";
import type { AwardFields } from "./schema";
import type { AwardeeType } from "./vocabulary";

const GOVERNMENT_TYPES: ReadonlySet<AwardeeType> = new Set([
  "provinsi",
  "kabupaten",
  "kota",
  "desa",
  "kelurahan",
]);

const isAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
};

/** s without what [^\p{L}\p{N}]+ (flag u) matches, classed by chars.ts's tables (no \p pattern). */
function lettersAndDigits(s: string): string {
  let out = "";
  let run = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const pair = pairAt(s, i);
    const keep = ((pair ? pairClass(s, i) : unitClass(c)) & (LETTER | NUMBER)) !== 0;
    if (!keep) {
      if (i > run) out += s.slice(run, i);
      run = i + (pair ? 2 : 1);
    }
    i += pair ? 2 : 1;
  }
  return run === 0 ? s : out + s.slice(run);
}

/** Lower case, no accents, no punctuation, no spacing: "Kab. Gianyar" → "kabgianyar". */
export function compactName(name: string): string {
  // NFKD and the accent strip leave ASCII as it is; skipping them spares the normalizer's data.
  const folded = isAscii(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return lettersAndDigits(folded.toLowerCase());
}

/**
 * The awardee as the same-award rule compares it. A business drops a leading "PT" and a trailing
 * "Tbk" ("PT. Bank Contoh, Tbk." = "Bank Contoh"); a government name is never a business, so its
 * words are left alone.
 */
export function awardeeKey(awardee: string, awardeeType: AwardeeType): string {
  let name = awardee.normalize("NFKC").trim();
  if (!GOVERNMENT_TYPES.has(awardeeType)) {
    name = name.replace(/^pt\b\.?/iu, "").replace(/\btbk\b\.?$/iu, "");
  }
  // A name that was only "PT" keeps something to compare by.
  return compactName(name) || compactName(awardee);
}

/** A province as written in a record: "Provinsi Bali", "Prov. Bali" and "bali" are one province. */
export function provinceKey(province: string): string {
  return compactName(province.replace(/^\s*prov(?:insi|\.)?\s+/iu, ""));
}

type KeyFields = Pick<AwardFields, "awardee" | "awardeeType" | "year" | "category" | "scope" | "province">;

/**
 * The key is stored (records' `keys` index), so its format is data: changing how it is built needs
 * a schema upgrade that rebuilds the keys of stored records.
 *
 * Two records are the same award when awardee, year, category and scope agree — and, for a
 * provincial round, the province that held it. A national award's province is where the awardee
 * is, not part of the award, so it stays out of the key.
 */
export function sameAwardKey(fields: KeyFields): string {
  const province = fields.scope === "provinsi" && fields.province ? provinceKey(fields.province) : "";
  return [
    awardeeKey(fields.awardee, fields.awardeeType),
    fields.year ?? "",
    fields.category ?? "",
    fields.scope ?? "",
    province,
  ].join("|");
}
