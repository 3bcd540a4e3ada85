// Records for the table's end-to-end tests, written in our own words, sent to the background as
// the content script would send them. Names with quotes, commas, semicolons and line breaks, and
// a cell starting with "=", test the CSV export.
import type { Page } from "playwright-core";
import { sendFromPage } from "./harness";

interface Seed {
  awardee: string;
  awardeeType: string;
  rank: number | null;
  category: string | null;
  scope: "provinsi" | "nasional" | null;
  province: string | null;
  year: number | null;
}

function record(seed: Seed, quote: string) {
  return {
    ...seed,
    rankLabel: seed.rank === null ? null : `peringkat ${seed.rank}`,
    categoryLabel: null,
    evidence: {
      quote,
      prefix: "Menurut panitia, ",
      suffix: " pada acara itu.",
      start: 17,
      end: 17 + quote.length,
    },
  };
}

export const AWKWARD_NAME = 'Desa "Sumber Rejo", Kec. Ngaglik';
export const LINE_BREAK_NAME = "Koperasi Tani; Makmur\nJaya";
export const FORMULA_NAME = '=HYPERLINK("http://contoh.example","klik")';

export const ARTICLES = [
  {
    article: {
      url: "http://127.0.0.1/berita/jatim-2024",
      title: 'Daftar Pemenang Paritrana Award 2024 se-Jawa Timur: "Desa Sumber Rejo" Juara',
      site: "Warta Contoh",
      publishedAt: "2024-11-12",
    },
    records: [
      record(
        {
          awardee: "Kabupaten Sidoarjo",
          awardeeType: "kabupaten",
          rank: 1,
          category: "pemerintah_kabupaten_kota",
          scope: "provinsi",
          province: "Jawa Timur",
          year: 2024,
        },
        "Kabupaten Sidoarjo meraih peringkat pertama",
      ),
      record(
        {
          awardee: "Kota Malang",
          awardeeType: "kota",
          rank: 2,
          category: "pemerintah_kabupaten_kota",
          scope: "provinsi",
          province: "Jawa Timur",
          year: 2024,
        },
        "Kota Malang di peringkat kedua",
      ),
      record(
        {
          awardee: AWKWARD_NAME,
          awardeeType: "desa",
          rank: 1,
          category: "pemerintah_desa",
          scope: "provinsi",
          province: "Jawa Timur",
          year: 2024,
        },
        'Desa "Sumber Rejo", Kecamatan Ngaglik, juara satu;\nkategori desa',
      ),
      record(
        {
          awardee: LINE_BREAK_NAME,
          awardeeType: "badan_usaha",
          rank: 3,
          category: "usaha_kecil_mikro",
          scope: "provinsi",
          province: "Jawa Timur",
          year: 2024,
        },
        "Koperasi Tani Makmur Jaya juara ketiga",
      ),
      record(
        {
          awardee: FORMULA_NAME,
          awardeeType: "lainnya",
          rank: null,
          category: null,
          scope: "provinsi",
          province: "Jawa Timur",
          year: 2024,
        },
        "=HYPERLINK disebut panitia",
      ),
    ],
  },
  {
    article: {
      url: "http://127.0.0.1/berita/nasional-2023",
      title: "Paritrana Award 2023 Tingkat Nasional",
      site: "Kabar Contoh",
      publishedAt: "2023-10-02",
    },
    records: [
      record(
        {
          awardee: "Provinsi Jawa Tengah",
          awardeeType: "provinsi",
          rank: 1,
          category: "pemerintah_provinsi",
          scope: "nasional",
          province: "Jawa Tengah",
          year: 2023,
        },
        "Provinsi Jawa Tengah terbaik pertama",
      ),
      record(
        {
          awardee: "PT Baja Nusantara Tbk",
          awardeeType: "badan_usaha",
          rank: 2,
          category: "usaha_besar",
          scope: "nasional",
          province: "Banten",
          year: 2023,
        },
        "PT Baja Nusantara Tbk terbaik kedua kategori usaha besar",
      ),
      record(
        {
          awardee: "Kabupaten Sidoarjo",
          awardeeType: "kabupaten",
          rank: 3,
          category: "pemerintah_kabupaten_kota",
          scope: "nasional",
          province: "Jawa Timur",
          year: 2023,
        },
        "Kabupaten Sidoarjo terbaik ketiga nasional",
      ),
    ],
  },
];

export const SEEDED = ARTICLES.reduce((n, a) => n + a.records.length, 0);

/** Saves the seed articles (or others) through the background, from an extension page. */
export async function seed(
  page: Page,
  articles: readonly { article: unknown; records: readonly unknown[] }[] = ARTICLES,
): Promise<void> {
  for (const { article, records } of articles) {
    const reply = (await sendFromPage(page, { type: "save-article", article, records })) as {
      ok: boolean;
      error?: string;
    };
    if (!reply.ok) throw new Error(`seeding failed: ${reply.error}`);
  }
}
