// Many distinct stored records for the table, CSV and store benchmarks: realistic names, ranks,
// categories and evidence, each a different award (different same-award key), valid by schema.
import { sameAwardKey } from "../lib/records/same-award";
import { type ArticleMeta, type RecordToSave, StoredRecord } from "../lib/records/schema";
import { pick, seeded } from "./stats";
import { PROVINCES } from "./text-gen";

const HEADS = [
  "Karang",
  "Sumber",
  "Tanjung",
  "Mekar",
  "Suka",
  "Sido",
  "Wono",
  "Banyu",
  "Giri",
  "Tirta",
  "Purwo",
  "Rejo",
];
const TAILS = [
  "sari",
  "jaya",
  "makmur",
  "rejo",
  "mulyo",
  "agung",
  "harjo",
  "asri",
  "maju",
  "wangi",
  "mukti",
  "luhur",
];
const MARKS = ["", " Lor", " Kidul", " Baru", " Tengah", " Indah", " Timur", " Barat"];
const ORDINAL = ["pertama", "kedua", "ketiga"];

type Kind = { type: "desa" | "badan_usaha" | "kabupaten"; prefix: string; category: string; label: string };
const KINDS: Kind[] = [
  { type: "desa", prefix: "Desa ", category: "pemerintah_desa", label: "Pemerintah Desa" },
  { type: "badan_usaha", prefix: "PT ", category: "usaha_menengah", label: "Usaha Menengah" },
  {
    type: "kabupaten",
    prefix: "Kabupaten ",
    category: "pemerintah_kabupaten_kota",
    label: "Pemerintah Kabupaten/Kota",
  },
];

/** The award fields of record `i`: every i gives a different same-award key. */
function fields(i: number, rand: () => number) {
  const name = `${HEADS[i % 12]}${TAILS[Math.floor(i / 12) % 12]}${MARKS[Math.floor(i / 144) % 8]}`;
  const kind = KINDS[Math.floor(i / 1152) % 3] as Kind;
  const year = 2015 + (Math.floor(i / 3456) % 11);
  const province = PROVINCES[Math.floor(i / 38016) % 8] as string;
  const serial = Math.floor(i / 304128); // beyond 304k names repeat: add a number
  const rank = 1 + Math.floor(rand() * 3);
  return {
    awardee: `${kind.prefix}${name}${serial ? ` ${serial}` : ""}`,
    awardeeType: kind.type,
    rank,
    rankLabel: `peringkat ${ORDINAL[rank - 1]}`,
    category: kind.category,
    categoryLabel: kind.label,
    scope: "provinsi" as const,
    province,
    year,
  };
}

function evidence(quote: string, at: number) {
  return {
    quote,
    prefix: "Dalam acara di kantor gubernur, ",
    suffix: " Penghargaan diserahkan langsung.",
    start: at,
    end: at + quote.length,
  };
}

const sentence = (f: ReturnType<typeof fields>) =>
  `${f.awardee} meraih ${f.rankLabel} Paritrana Award ${f.year} kategori ${f.categoryLabel} tingkat Provinsi ${f.province}.`;

export function storedRecords(n: number, seed = 3): StoredRecord[] {
  const rand = seeded(seed);
  const out: StoredRecord[] = [];
  const t = Date.UTC(2025, 9, 16);
  for (let i = 0; i < n; i++) {
    const f = fields(i, rand);
    const record: StoredRecord = {
      ...f,
      id: `bench-${i}`,
      keys: [sameAwardKey(f)],
      status: rand() < 0.03 ? "rejected" : "extracted",
      correctedFields: [],
      sources: [
        {
          url: `https://kabar.example.id/daerah/${f.year}/paritrana-${i}`,
          title: `${f.awardee} raih ${f.rankLabel} Paritrana Award ${f.year}`,
          site: "kabar.example.id",
          publishedAt: `${f.year}-10-16`,
          evidence: evidence(sentence(f), 120),
          extractedAt: t,
        },
      ],
      createdAt: t,
      updatedAt: t,
    };
    out.push(record);
  }
  // One check that the generator makes what the store accepts.
  StoredRecord.parse(out[0]);
  return out;
}

/** Article `a` of a run of saves, with its 5 records (distinct awards across articles). */
export function articleToSave(a: number, perArticle = 5): { article: ArticleMeta; records: RecordToSave[] } {
  const rand = seeded(1000 + a);
  const records: RecordToSave[] = [];
  for (let r = 0; r < perArticle; r++) {
    const f = fields(a * perArticle + r, rand);
    records.push({ ...f, evidence: evidence(sentence(f), 200 + r * 150) });
  }
  return {
    article: {
      url: `https://kabar.example.id/daerah/paritrana-${a}`,
      title: `Daftar pemenang Paritrana Award ${records[0]?.year} (${pick(rand, PROVINCES)})`,
      site: "kabar.example.id",
      publishedAt: "2025-10-16",
    },
    records,
  };
}
