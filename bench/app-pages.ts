// Pages that are not news articles, for the gate's cost once it runs on every site: the five kinds
// a reader opens most (web mail, an office editor, a video page, a shop, an app with no text yet).
// Built like the apps' server-rendered HTML, with no page script, so the only script running in
// the page is the extension's (and the bench's probes).

import { pick, seeded } from "./stats";
import { paragraphs } from "./text-gen";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const shell = (title: string, body: string, style = "") =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0}${style}</style></head><body>${body}</body></html>`;

const NAMES = ["Rina", "Budi", "Sari", "Agus", "Dewi", "Joko", "Wati", "Hendra", "Maya", "Yusuf"];
const WORDS = paragraphs(40_000, 31, 0).join(" ").split(" ");
const phrase = (rand: () => number, n: number) =>
  Array.from({ length: n }, () => pick(rand, WORDS)).join(" ");

/** An inbox: folders, 300 messages (sender, subject, snippet, date). */
export function webMailPage(): string {
  const rand = seeded(41);
  const rows = Array.from(
    { length: 300 },
    (_, i) =>
      `<tr><td><input type="checkbox" aria-label="pilih"></td><td>${pick(rand, NAMES)}</td><td><b>${esc(phrase(rand, 6))}</b> — ${esc(phrase(rand, 14))}</td><td>${(i % 28) + 1} Okt</td></tr>`,
  ).join("");
  const folders = ["Kotak Masuk", "Berbintang", "Terkirim", "Draf", "Spam", "Sampah"]
    .map((f) => `<li><a href="#${f}">${f}</a></li>`)
    .join("");
  return shell(
    "Kotak Masuk (300) - Surel",
    `<header><input type="search" placeholder="Telusuri surel"></header><nav><ul>${folders}</ul></nav><main><table>${rows}</table></main>`,
  );
}

/** A document editor: toolbar, and a long document in an editable region that has the focus. */
export function officeEditorPage(): string {
  const tools = ["Tebal", "Miring", "Garis bawah", "Daftar", "Tautan", "Gambar", "Tabel", "Komentar"]
    .map((t) => `<button type="button">${t}</button>`)
    .join("");
  const doc = paragraphs(120_000, 37, 0)
    .map((p) => `<p>${esc(p)}</p>`)
    .join("");
  return shell(
    "Laporan triwulan - Dokumen",
    `<div role="toolbar">${tools}</div><div class="page" contenteditable="true" autofocus>${doc}</div>`,
    ".page{max-width:50rem;margin:1rem auto;padding:2rem;box-shadow:0 0 4px #888}",
  );
}

/** A video page: the player, title and description, 150 comments, 40 recommendations. */
export function videoPage(): string {
  const rand = seeded(43);
  const comments = Array.from(
    { length: 150 },
    () =>
      `<li><b>@${pick(rand, NAMES).toLowerCase()}${Math.floor(rand() * 999)}</b><p>${esc(phrase(rand, 18))}</p></li>`,
  ).join("");
  const next = Array.from(
    { length: 40 },
    () =>
      `<li><a href="/watch">${esc(phrase(rand, 7))}</a><span>${Math.floor(rand() * 900)} rb x ditonton</span></li>`,
  ).join("");
  return shell(
    "Jalan-jalan sore di pasar tradisional - Video",
    `<main><video controls width="854" height="480"></video><h1>Jalan-jalan sore di pasar tradisional</h1><p>${esc(phrase(rand, 60))}</p><section><h2>150 komentar</h2><ul>${comments}</ul></section></main><aside><ul>${next}</ul></aside>`,
  );
}

/** A shop's search results: filters and 120 product cards (name, price, rating, seller). */
export function shopPage(): string {
  const rand = seeded(47);
  const cards = Array.from(
    { length: 120 },
    () =>
      `<li class="card"><a href="/p"><img alt="" width="160" height="160"><span>${esc(phrase(rand, 8))}</span></a><b>Rp${(Math.floor(rand() * 900) + 10) * 1000}</b><span>★ ${(4 + rand()).toFixed(1)} · ${Math.floor(rand() * 5000)} terjual</span><span>${pick(rand, NAMES)} Store</span></li>`,
  ).join("");
  const filters = ["Kategori", "Lokasi", "Harga", "Rating", "Pengiriman", "Promo"]
    .map((f) => `<fieldset><legend>${f}</legend><label><input type="checkbox"> ${f} 1</label></fieldset>`)
    .join("");
  return shell(
    "Jual sepatu sekolah - Toko",
    `<header><input type="search" value="sepatu sekolah"></header><aside>${filters}</aside><main><ul class="grid">${cards}</ul></main>`,
    ".grid{display:grid;grid-template-columns:repeat(4,1fr);list-style:none}",
  );
}

/** An app before its script has drawn anything: a mount point and a canvas, no text. */
export function emptyAppPage(): string {
  return shell(
    "Aplikasi",
    `<div id="app"></div><canvas width="800" height="600"></canvas><noscript>Aktifkan JavaScript.</noscript>`,
  );
}
