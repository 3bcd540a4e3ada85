// Records for the views' end-to-end tests and screenshots, in our own words: one provincial round
// (Nusa Tenggara Barat 2024) told by three articles of different outlets, two of which disagree on
// one regency's place, and one national win two articles label with different years.
import type { Page } from "playwright-core";
import { seed } from "./table-seed";

type Fields = {
  awardee: string;
  awardeeType: string;
  rank: number | null;
  category: string;
  scope: "provinsi" | "nasional";
  province: string;
  year: number;
};

function reading(fields: Fields, sentence: string, cut: string) {
  // The evidence is the whole sentence, as the extractor keeps it; `cut` must be in it.
  if (!sentence.includes(cut)) throw new Error(`"${cut}" is not in "${sentence}"`);
  return {
    ...fields,
    rankLabel: fields.rank === null ? null : `peringkat ${fields.rank}`,
    categoryLabel: null,
    evidence: { quote: sentence, prefix: "", suffix: "", start: 0, end: sentence.length },
  };
}

const NTB = { scope: "provinsi", province: "Nusa Tenggara Barat", year: 2024 } as const;
const regency = (awardee: string, rank: number | null): Fields => ({
  ...NTB,
  awardee,
  awardeeType: awardee.startsWith("Kota") ? "kota" : "kabupaten",
  rank,
  category: "pemerintah_kabupaten_kota",
});
const business = (awardee: string, rank: number, category: string): Fields => ({
  ...NTB,
  awardee,
  awardeeType: "badan_usaha",
  rank,
  category,
});
const village = (awardee: string, rank: number): Fields => ({
  ...NTB,
  awardee,
  awardeeType: "desa",
  rank,
  category: "pemerintah_desa",
});

const S1 =
  "Dalam malam anugerah di Mataram, Kota Mataram ditetapkan sebagai terbaik pertama untuk kabupaten dan kota.";
const S2 =
  "Posisi berikutnya ditempati Kabupaten Lombok Barat di urutan kedua, disusul Kabupaten Sumbawa di urutan ketiga.";
const S3 = "Untuk kelompok usaha besar, penghargaan utama dibawa pulang PT Samudra Garam Lestari.";
const S4 = "Desa Senggigi Indah juga diumumkan sebagai desa terbaik kedua se-provinsi.";
const T1 = "Panitia menyebut Kota Mataram paling unggul di antara kabupaten dan kota se-NTB tahun ini.";
const T2 = "Kabupaten Lombok Barat berada di urutan ketiga dalam penilaian tahun ini.";
const T3 = "Kabupaten Dompu mendapat penghargaan tanpa disebutkan urutannya.";
const U1 = "Koperasi Nelayan Tanjung Harapan menjadi yang terbaik di kategori usaha kecil dan mikro.";
const U2 = "Kota Mataram kembali dinobatkan sebagai peringkat pertama tingkat provinsi.";
const N1 = "Provinsi Nusa Tenggara Barat meraih penghargaan terbaik kedua tingkat nasional tahun 2019.";
const N2 = "Pada acara tahun 2018 itu, Provinsi Nusa Tenggara Barat disebut sebagai terbaik kedua nasional.";

const NATIONAL = (year: number): Fields => ({
  awardee: "Provinsi Nusa Tenggara Barat",
  awardeeType: "provinsi",
  rank: 2,
  category: "pemerintah_provinsi",
  scope: "nasional",
  province: "Nusa Tenggara Barat",
  year,
});

export const VIEW_ARTICLES = [
  {
    article: {
      url: "https://ntb.kabar-contoh.example/2024/11/paritrana-ntb",
      title: "Kota Mataram Terbaik dalam Paritrana Award NTB 2024",
      site: "Kabar Contoh NTB",
      publishedAt: "2024-11-18",
    },
    records: [
      reading(regency("Kota Mataram", 1), S1, "Kota Mataram"),
      reading(regency("Kabupaten Lombok Barat", 2), S2, "Kabupaten Lombok Barat"),
      reading(regency("Kabupaten Sumbawa", 3), S2, "Kabupaten Sumbawa"),
      reading(business("PT Samudra Garam Lestari", 1, "usaha_besar"), S3, "PT Samudra Garam Lestari"),
      reading(village("Desa Senggigi Indah", 2), S4, "Desa Senggigi Indah"),
    ],
  },
  {
    article: {
      url: "https://warta-selaparang.example/daerah/pemenang-paritrana-2024",
      title: "Daftar Lengkap Penerima Paritrana Award se-NTB",
      site: "Warta Selaparang",
      publishedAt: "2024-11-19",
    },
    records: [
      reading(regency("Kota Mataram", 1), T1, "Kota Mataram"),
      reading(regency("Kabupaten Lombok Barat", 3), T2, "Kabupaten Lombok Barat"),
      reading(regency("Kabupaten Dompu", null), T3, "Kabupaten Dompu"),
    ],
  },
  {
    article: {
      url: "https://harian-rinjani.example/ekonomi/koperasi-nelayan-paritrana",
      title: "Koperasi Nelayan Raih Paritrana Award",
      site: "Harian Rinjani",
      publishedAt: "2024-11-20",
    },
    records: [
      reading(
        business("Koperasi Nelayan Tanjung Harapan", 1, "usaha_kecil_mikro"),
        U1,
        "Koperasi Nelayan Tanjung Harapan",
      ),
    ],
  },
  {
    article: {
      url: "https://harian-rinjani.example/2023/kota-mataram-lagi",
      title: "Kota Mataram Kembali Juara",
      site: "Harian Rinjani",
      publishedAt: "2023-11-25",
    },
    records: [reading({ ...regency("Kota Mataram", 1), year: 2023 }, U2, "Kota Mataram")],
  },
  {
    article: {
      url: "https://kabar-nasional.example/2019/12/paritrana-nasional",
      title: "NTB Terbaik Kedua Paritrana Award Nasional",
      site: "Kabar Nasional",
      publishedAt: "2019-12-10",
    },
    records: [reading(NATIONAL(2019), N1, "Provinsi Nusa Tenggara Barat")],
  },
  {
    article: {
      url: "https://ntb.kabar-contoh.example/2019/12/ntb-nasional",
      title: "NTB Diganjar Paritrana Award",
      site: "Kabar Contoh NTB",
      publishedAt: "2019-12-12",
    },
    records: [reading(NATIONAL(2018), N2, "Provinsi Nusa Tenggara Barat")],
  },
];

/** Saves the articles through the background, from an extension page, as the content script would. */
export const seedViews = (page: Page) => seed(page, VIEW_ARTICLES);
