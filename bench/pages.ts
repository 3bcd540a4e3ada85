// The pages the Chromium benchmarks load, generated like a real Indonesian news site: header and
// navigation, the article, a long related-links list, a footer. No page script of its own, so the
// only script running in the page is the extension's (and the bench's probes).
import { paragraphs } from "./text-gen";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const SECTIONS = ["Beranda", "Nasional", "Daerah", "Ekonomi", "Olahraga", "Hiburan", "Teknologi", "Opini"];
const RELATED = [
  "Jalan berlubang di jalur provinsi mulai ditambal pekan depan",
  "Harga bawang merah turun setelah panen raya di sentra produksi",
  "Ribuan pelajar ikuti lomba baca puisi tingkat kabupaten",
  "Dinas perhubungan uji coba rute baru angkutan kota",
  "Pasar murah digelar di lima kecamatan menjelang hari besar",
  "Tim sepak bola daerah lolos ke babak delapan besar",
];

function page(
  title: string,
  body: string[],
  related: string[],
  published = "2025-10-16T09:30:00+07:00",
): string {
  const nav = SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join("");
  const links = related.map((r, i) => `<li><a href="/berita/${i}">${esc(r)}</a></li>`).join("\n");
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>${esc(title)} - Kabar Nusantara</title>
<meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="${published}">
<style>body{font-family:Georgia,serif;max-width:46rem;margin:2rem auto;line-height:1.6;color:#222}nav li{display:inline;margin-right:1rem}aside{border-top:1px solid #ccc;margin-top:2rem;font-size:.9rem}</style>
</head><body>
<header><nav><ul>${nav}</ul></nav></header>
<main><article><h1>${esc(title)}</h1>
<p class="byline">Redaksi Kabar Nusantara — Kamis, 16 Oktober 2025</p>
${body.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</article></main>
<aside class="related"><h2>Berita terkait</h2><ul>
${links}
</ul></aside>
<footer><p>© 2025 Kabar Nusantara. Seluruh hak cipta dilindungi.</p></footer>
</body></html>`;
}

const relatedList = (n: number) =>
  Array.from({ length: n }, (_, i) => `${RELATED[i % RELATED.length]} (${i + 1})`);

/** A long news page (about `bytes` of text) that never names the award. */
export function plainNewsPage(bytes = 300_000): string {
  return page(
    "Banjir rendam tiga kecamatan, warga diminta waspada",
    paragraphs(bytes, 11, 0),
    relatedList(200),
  );
}

/** The same long page with one passing mention of the award in its related links. */
export function passingMentionPage(bytes = 300_000): string {
  const related = relatedList(200);
  related[40] = "Kabupaten tetangga bersiap ikut penilaian Paritrana Award tahun depan";
  return page("Banjir rendam tiga kecamatan, warga diminta waspada", paragraphs(bytes, 11, 0), related);
}

/** An award-result article of ordinary length: results mixed with quotes and context. */
export function awardArticlePage(): string {
  const body = [
    "Pemerintah Kabupaten Tabanan meraih peringkat pertama Paritrana Award 2025 kategori Pemerintah Kabupaten/Kota tingkat Provinsi Bali. Piagam penghargaan diserahkan Wakil Gubernur Bali di Denpasar, Rabu (15/10/2025).",
    "Pada kategori yang sama, Kota Denpasar menempati peringkat kedua, disusul Kabupaten Badung di peringkat ketiga.",
    "Untuk kategori Pemerintah Desa, Desa Sudimara keluar sebagai juara I. Sementara pada kategori usaha kecil, PT Segara Tani Lestari meraih juara II.",
    ...paragraphs(5_000, 23, 0),
    "Kepala Dinas Tenaga Kerja Tabanan mengatakan capaian ini buah kerja bersama seluruh perangkat daerah dalam memperluas kepesertaan BPJS Ketenagakerjaan bagi pekerja rentan.",
  ];
  return page("Kabupaten Tabanan Raih Peringkat Pertama Paritrana Award 2025 se-Bali", body, relatedList(20));
}
