// The record vocabularies (codes of ../shared/spec/records.md) as the reader sees them.
import type { AwardeeType, RecordStatus, Scope } from "@/lib/records/vocabulary";
import { t } from "./i18n";

const TYPE_KEYS: Record<AwardeeType, string> = {
  provinsi: "typeProvinsi",
  kabupaten: "typeKabupaten",
  kota: "typeKota",
  desa: "typeDesa",
  kelurahan: "typeKelurahan",
  badan_usaha: "typeBadanUsaha",
  bpr: "typeBpr",
  perorangan: "typePerorangan",
  lainnya: "typeLainnya",
};

const CATEGORY_KEYS: Record<string, string> = {
  pemerintah_provinsi: "catPemerintahProvinsi",
  pemerintah_kabupaten_kota: "catPemerintahKabupatenKota",
  pemerintah_desa: "catPemerintahDesa",
  usaha_besar: "catUsahaBesar",
  usaha_menengah: "catUsahaMenengah",
  usaha_kecil_mikro: "catUsahaKecilMikro",
  usaha_besar_menengah: "catUsahaBesarMenengah",
};

const STATUS_KEYS: Record<RecordStatus, string> = {
  extracted: "statusExtracted",
  corrected: "statusCorrected",
  rejected: "statusRejected",
};

export const awardeeTypeLabel = (type: AwardeeType) => t(TYPE_KEYS[type]);
export const statusLabel = (status: RecordStatus) => t(STATUS_KEYS[status]);
/** "ditolak · 1 sumber baru": a rejected award that articles reported again since. */
export const statusText = (record: { status: RecordStatus; newSourceCount: number }) =>
  record.newSourceCount > 0
    ? `${statusLabel(record.status)} · ${t("newSources", record.newSourceCount)}`
    : statusLabel(record.status);
export const scopeLabel = (scope: Scope | null) =>
  scope === "provinsi" ? t("scopeProvinsi") : scope === "nasional" ? t("scopeNasional") : "";

/** "sektor:perdagangan_jasa" → "Sektor: perdagangan jasa"; fixed codes by their label. */
export function categoryLabel(category: string | null): string {
  if (category === null) return "";
  const key = CATEGORY_KEYS[category];
  if (key) return t(key);
  const [kind, slug = ""] = category.split(":");
  const words = slug.replaceAll("_", " ");
  return kind === "sektor" ? t("catSektor", words) : t("catLainnya", words);
}
