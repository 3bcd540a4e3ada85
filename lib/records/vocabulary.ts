// The closed vocabularies of ../shared/spec/records.md. Other tools (the scorer, spreadsheets,
// older backups) read these exact strings: change them only with a schema version bump.

export const AWARDEE_TYPES = [
  "provinsi",
  "kabupaten",
  "kota",
  "desa",
  "kelurahan",
  "badan_usaha",
  "bpr",
  "perorangan",
  "lainnya",
] as const;
export type AwardeeType = (typeof AWARDEE_TYPES)[number];

export const SCOPES = ["provinsi", "nasional"] as const;
export type Scope = (typeof SCOPES)[number];

export const FIXED_CATEGORIES = [
  "pemerintah_provinsi",
  "pemerintah_kabupaten_kota",
  "pemerintah_desa",
  "usaha_besar",
  "usaha_menengah",
  "usaha_kecil_mikro",
  "usaha_besar_menengah",
] as const;

/** `sektor:<slug>` and `lainnya:<slug>`: slug in lower snake case of the words as written. */
export const CATEGORY_PATTERN = new RegExp(
  `^(?:${FIXED_CATEGORIES.join("|")}|(?:sektor|lainnya):[a-z0-9]+(?:_[a-z0-9]+)*)$`,
);

export const RECORD_STATUSES = ["extracted", "corrected", "rejected"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** The category a government awardee takes when the text names none. */
export function impliedCategory(type: AwardeeType): string | null {
  switch (type) {
    case "provinsi":
      return "pemerintah_provinsi";
    case "kabupaten":
    case "kota":
      return "pemerintah_kabupaten_kota";
    case "desa":
    case "kelurahan":
      return "pemerintah_desa";
    default:
      return null;
  }
}

/** The kind of awardee a category is given to, for a form filled in from a category. */
export function likelyAwardeeType(category: string | null): AwardeeType | null {
  switch (category) {
    case "pemerintah_provinsi":
      return "provinsi";
    case "pemerintah_kabupaten_kota":
      return "kabupaten";
    case "pemerintah_desa":
      return "desa";
    case null:
      return null;
    default:
      return "badan_usaha";
  }
}

/** Lower snake case of words as written: "Manufaktur dan Konstruksi" → "manufaktur_dan_konstruksi". */
export function slugify(words: string): string {
  return words
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
