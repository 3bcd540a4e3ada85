// Hand-kept: the short names and abbreviations news outlets use for provinces, and the display
// form of official names that nobody writes out in full.
import { wordTable } from "../lexicon/word-table";

/** Official name (as in the generated list) → the form records use. */
export const PROVINCE_DISPLAY: Record<string, string> = wordTable({
  "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
  "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
});

/** Alias → official province name. */
export const PROVINCE_ALIASES: Record<string, string> = wordTable({
  NAD: "Aceh",
  "Nanggroe Aceh Darussalam": "Aceh",
  Sumut: "Sumatera Utara",
  Sumbar: "Sumatera Barat",
  Sumsel: "Sumatera Selatan",
  Babel: "Kepulauan Bangka Belitung",
  "Bangka Belitung": "Kepulauan Bangka Belitung",
  Kepri: "Kepulauan Riau",
  "DKI Jakarta": "Daerah Khusus Ibukota Jakarta",
  DKI: "Daerah Khusus Ibukota Jakarta",
  "Daerah Khusus Jakarta": "Daerah Khusus Ibukota Jakarta",
  Jabar: "Jawa Barat",
  Jateng: "Jawa Tengah",
  Jatim: "Jawa Timur",
  "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
  NTB: "Nusa Tenggara Barat",
  NTT: "Nusa Tenggara Timur",
  Kalbar: "Kalimantan Barat",
  Kalteng: "Kalimantan Tengah",
  Kalsel: "Kalimantan Selatan",
  Kaltim: "Kalimantan Timur",
  Kaltara: "Kalimantan Utara",
  Sulut: "Sulawesi Utara",
  Sulteng: "Sulawesi Tengah",
  Sulsel: "Sulawesi Selatan",
  Sultra: "Sulawesi Tenggara",
  Sulbar: "Sulawesi Barat",
  Malut: "Maluku Utara",
  Pabar: "Papua Barat",
  "Irian Jaya Barat": "Papua Barat",
});
