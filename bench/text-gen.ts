// Realistic Indonesian news text for the benchmarks, written for the bench (never copied from the
// corpus): ordinary news prose with award-result sentences mixed in, built from a seeded generator
// so every run measures the same text.
import { pick, seeded } from "./stats";

export const PROVINCES = [
  "Bali",
  "Jawa Tengah",
  "Jawa Timur",
  "Sumatera Barat",
  "Kalimantan Selatan",
  "Sulawesi Selatan",
  "Nusa Tenggara Barat",
  "Riau",
];
const REGENCIES = [
  "Kabupaten Tabanan",
  "Kabupaten Banyumas",
  "Kabupaten Sleman",
  "Kabupaten Gowa",
  "Kabupaten Lombok Timur",
  "Kabupaten Agam",
  "Kabupaten Banjar",
  "Kabupaten Kampar",
];
const CITIES = [
  "Kota Denpasar",
  "Kota Semarang",
  "Kota Malang",
  "Kota Padang",
  "Kota Banjarmasin",
  "Kota Makassar",
  "Kota Mataram",
  "Kota Pekanbaru",
];
const VILLAGES = [
  "Desa Sukamaju",
  "Desa Karangrejo",
  "Desa Tanjung Harapan",
  "Desa Mekarsari",
  "Desa Sumber Agung",
  "Desa Pandan Wangi",
];
const BUSINESSES = [
  "PT Sinar Bahari Nusantara",
  "PT Gunung Hijau Lestari",
  "PT Mitra Tani Sejahtera",
  "PT Samudra Logistik Mandiri",
  "CV Karya Bersama Jaya",
  "PT Rumah Sakit Bunda Kasih",
];
const ORDINALS = ["pertama", "kedua", "ketiga"];
const ROMAN = ["I", "II", "III"];
const YEARS = [2021, 2022, 2023, 2024, 2025];
const DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat"];
const OFFICIALS = [
  "Bupati",
  "Wali Kota",
  "Sekretaris Daerah",
  "Kepala Dinas Tenaga Kerja",
  "Kepala Cabang BPJS Ketenagakerjaan",
];
const TOPICS = [
  "harga cabai",
  "jalan lingkar selatan",
  "pasar tradisional",
  "musim hujan",
  "angkutan mudik",
  "stok beras",
  "layanan kesehatan",
  "sekolah rakyat",
];

type Slots = { rand: () => number };
const gov = (r: () => number) => (r() < 0.5 ? pick(r, REGENCIES) : pick(r, CITIES));

// One result sentence each: rank wording, category, round and year vary as outlets vary them.
const AWARD_SENTENCES: ((s: Slots) => string)[] = [
  ({ rand: r }) =>
    `Pemerintah ${gov(r)} meraih peringkat ${pick(r, ORDINALS)} Paritrana Award ${pick(r, YEARS)} kategori Pemerintah Kabupaten/Kota tingkat Provinsi ${pick(r, PROVINCES)}.`,
  ({ rand: r }) =>
    `Pada kategori Pemerintah Desa, ${pick(r, VILLAGES)} keluar sebagai juara ${pick(r, ROMAN)} Paritrana Award tahun ${pick(r, YEARS)}.`,
  ({ rand: r }) =>
    `Untuk kategori usaha menengah, ${pick(r, BUSINESSES)} menempati peringkat ${pick(r, ORDINALS)} dalam ajang Paritrana Award se-${pick(r, PROVINCES)}.`,
  ({ rand: r }) =>
    `Provinsi ${pick(r, PROVINCES)} kembali meraih Paritrana Award ${pick(r, YEARS)} tingkat nasional sebagai juara ${pick(r, ROMAN)} kategori Pemerintah Provinsi.`,
  ({ rand: r }) =>
    `Sementara itu ${gov(r)} menempati posisi ${pick(r, ORDINALS)}, disusul ${gov(r)} di peringkat berikutnya.`,
];

// Ordinary news prose: what fills most of a news page.
const PROSE_SENTENCES: ((s: Slots) => string)[] = [
  ({ rand: r }) =>
    `${pick(r, OFFICIALS)} ${gov(r).replace(/^(Kabupaten|Kota) /, "")} meninjau ${pick(r, TOPICS)} pada ${pick(r, DAYS)} pagi bersama sejumlah kepala dinas.`,
  ({ rand: r }) =>
    `Menurut dia, persoalan ${pick(r, TOPICS)} harus ditangani bersama agar warga tidak lagi mengeluh setiap pekan.`,
  ({ rand: r }) =>
    `Pedagang di ${gov(r)} mengatakan harga kebutuhan pokok naik sekitar ${Math.floor(r() * 20) + 3} persen dibanding bulan lalu.`,
  ({ rand: r }) =>
    `Hujan deras yang mengguyur ${pick(r, PROVINCES)} sejak ${pick(r, DAYS)} malam membuat sejumlah ruas jalan tergenang hingga setinggi lutut orang dewasa.`,
  () =>
    `Petugas gabungan dikerahkan untuk mengatur arus lalu lintas dan membantu warga yang kendaraannya mogok.`,
  ({ rand: r }) =>
    `Anggaran sebesar Rp${Math.floor(r() * 90) + 10} miliar disiapkan untuk memperbaiki ${pick(r, TOPICS)} tahun depan.`,
  () =>
    `Warga berharap pemerintah daerah segera memberi kepastian jadwal agar mereka dapat menyesuaikan kegiatan sehari-hari.`,
  ({ rand: r }) =>
    `Kepala BPS ${pick(r, PROVINCES)} menyampaikan inflasi tahunan tercatat ${(r() * 3 + 1).toFixed(2).replace(".", ",")} persen, masih dalam rentang sasaran.`,
  () => `Ia menambahkan, pemantauan akan dilakukan setiap hari selama dua pekan ke depan.`,
  ({ rand: r }) =>
    `Sebanyak ${Math.floor(r() * 900) + 100} pekerja sektor informal telah terdaftar sebagai peserta jaminan sosial berkat program jemput bola di tingkat kelurahan.`,
  () => `"Kami ingin pelayanan publik yang cepat, mudah, dan tidak berbelit," ujarnya kepada wartawan.`,
];

/** Paragraphs of news prose; about one sentence in `awardEvery` states an award result (0: none). */
export function paragraphs(bytes: number, seed: number, awardEvery = 8): string[] {
  const rand = seeded(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const n = 3 + Math.floor(rand() * 3);
    const sentences: string[] = [];
    let last: ((s: Slots) => string) | null = null;
    for (let i = 0; i < n; i++) {
      const pool = awardEvery > 0 && rand() < 1 / awardEvery ? AWARD_SENTENCES : PROSE_SENTENCES;
      let make = pick(rand, pool);
      if (make === last) make = pick(rand, pool); // a writer rarely repeats a sentence at once
      last = make;
      sentences.push(make({ rand }));
    }
    const p = sentences.join(" ");
    out.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return out;
}

/** An article of about `bytes` bytes of UTF-8, paragraphs separated by blank lines. */
export function article(bytes: number, seed = 6, awardEvery = 8): string {
  return paragraphs(bytes, seed, awardEvery).join("\n\n");
}
