// Category wording, typos included ("Menegah", "Kabupate/Kota", "kategari").
import { wordTable } from "./word-table";

/** Words that may make up a sector's name ("sektor keuangan, perdagangan dan jasa"). */
export const SECTOR_WORDS = new Set([
  "keuangan",
  "perbankan",
  "perdagangan",
  "jasa",
  "manufaktur",
  "konstruksi",
  "pertambangan",
  "pertanian",
  "peternakan",
  "perkebunan",
  "perikanan",
  "kehutanan",
  "pendidikan",
  "kesehatan",
  "layanan",
  "pelayanan",
  "publik",
  "public",
  "industri",
  "transportasi",
  "logistik",
  "energi",
  "migas",
  "pariwisata",
  "perhotelan",
  "telekomunikasi",
  "properti",
  "umum",
  "makro",
  "bumn",
  "bumd",
]);
/** Joiners inside a sector name that the slug leaves out. */
export const SECTOR_JOINERS = new Set(["dan", "serta", "&"]);
export const SECTOR_HEADS = new Set(["sektor", "sector"]);

/** Size words of business categories. */
export const SIZE_WORDS: Record<string, "besar" | "menengah" | "kecil" | "mikro"> = wordTable({
  besar: "besar",
  menengah: "menengah",
  menegah: "menengah",
  kecil: "kecil",
  mikro: "mikro",
});
/** Words before a size word that make it a business category ("usaha besar", "skala menengah"). */
// "perusahan": a spelling regional outlets often print.
export const SIZE_CONTEXT = new Set(["usaha", "perusahaan", "perusahan", "skala", "badan", "pelaku"]);
/** Words that are a small-business category on their own. */
export const SMALL_BUSINESS_WORDS = new Set(["ukm", "umkm", "ikm"]);

/** Government category wording → the kind of government it is for. */
export const GOV_CATEGORY_WORDS: Record<string, "provinsi" | "kabupaten_kota" | "desa"> = wordTable({
  provinsi: "provinsi",
  pemprov: "provinsi",
  "kabupaten/kota": "kabupaten_kota",
  "kabupate/kota": "kabupaten_kota",
  "kab/kota": "kabupaten_kota",
  "pemkab/kota": "kabupaten_kota",
  "pemkab/pemkot": "kabupaten_kota",
  kota: "kabupaten_kota",
  kabupaten: "kabupaten_kota",
  "desa/kelurahan": "desa",
  desa: "desa",
  kelurahan: "desa",
  daerah: "kabupaten_kota",
  pemda: "kabupaten_kota",
});

/** Government category words that are a category only right after "kategori (pemerintah)"
 * ("kategori pemerintah daerah", "kategori Pemda"); elsewhere they are any local government. */
export const HEADED_GOV_WORDS = new Set(["daerah", "pemda"]);

/** Words that introduce a category. */
export const CATEGORY_HEADS = new Set(["kategori", "kategari", "katagori", "kategory", "category"]);

/** "kategori yang sama", "kategori serupa": the category the result before named. */
export const SAME_WORDS = new Set(["sama", "serupa"]);
