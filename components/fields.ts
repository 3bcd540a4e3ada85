// The record editor's form values and how they become award fields, checked with the record
// schema itself: an invalid value gives a message per field and nothing is sent.
import { AwardFields, type AwardFields as Fields } from "@/lib/records/schema";
import { t } from "./i18n";

export type FieldName = keyof Fields;
export type FormValues = Record<FieldName, string>;

export const FIELD_ORDER: FieldName[] = [
  "awardee",
  "awardeeType",
  "rank",
  "rankLabel",
  "category",
  "categoryLabel",
  "scope",
  "province",
  "year",
];

export const FIELD_LABELS: Record<FieldName, string> = {
  awardee: "colAwardee",
  awardeeType: "colAwardeeType",
  rank: "colRank",
  rankLabel: "fieldRankLabel",
  category: "colCategory",
  categoryLabel: "fieldCategoryLabel",
  scope: "colScope",
  province: "colProvince",
  year: "colYear",
};

const FIELD_ERRORS: Record<FieldName, string> = {
  awardee: "errAwardee",
  awardeeType: "errAwardeeType",
  rank: "errRank",
  rankLabel: "errText",
  category: "errCategory",
  categoryLabel: "errText",
  scope: "errScope",
  province: "errProvince",
  year: "errYear",
};

export function toFormValues(fields: Partial<Fields> | null): FormValues {
  const values = {} as FormValues;
  for (const name of FIELD_ORDER) {
    const value = fields?.[name];
    values[name] = value === null || value === undefined ? "" : String(value);
  }
  if (!fields?.awardeeType) values.awardeeType = "kabupaten";
  return values;
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
const numberOrNull = (s: string) => (s.trim() === "" ? null : Number(s.trim()));

export type Checked =
  | { ok: true; fields: Fields }
  | { ok: false; errors: Partial<Record<FieldName, string>> };

/** The form as award fields, or a readable message for each field the schema refuses. */
export function checkFields(values: FormValues): Checked {
  const candidate = {
    awardee: values.awardee.trim(),
    awardeeType: values.awardeeType,
    rank: numberOrNull(values.rank),
    rankLabel: orNull(values.rankLabel),
    category: orNull(values.category),
    categoryLabel: orNull(values.categoryLabel),
    scope: orNull(values.scope),
    province: orNull(values.province),
    year: numberOrNull(values.year),
  };
  const result = AwardFields.safeParse(candidate);
  if (result.success) return { ok: true, fields: result.data };
  const errors: Partial<Record<FieldName, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FieldName | undefined;
    if (field && FIELD_LABELS[field]) errors[field] ??= t(FIELD_ERRORS[field]);
  }
  return { ok: false, errors };
}
