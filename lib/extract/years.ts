// Years: the edition named with the award ("Paritrana Award 2024", "(Paritrana Award) Tahun 2025"),
// years a sentence gives a win ("pada tahun 2023", "yaitu 2017 dan 2018"), and the ceremony date.
import { LAST_YEAR } from "../lexicon/signals";
import type { Tokens } from "./tokens";
import { firstWithKind, RECALL } from "./word-kinds";

const MIN_YEAR = 2015;
const MAX_YEAR = 2100;
const MONTHS =
  /^(?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des)$/;
/** Words before a year that make it something other than an award's year. */
const NOT_AWARD_YEAR = new Set([
  "sejak",
  "periode",
  "per",
  "hingga",
  "sampai",
  "sepanjang",
  "selama",
  "nomor",
  "no",
  "uu",
]);

/** Four ASCII digits, read without a regex: asked of every word of a result sentence. */
function fourDigits(s: string): number | null {
  if (s.length !== 4) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    y = y * 10 + d;
  }
  return y;
}

/** The year token i is (a word of four digits), or null (also past the sentence's ends). */
export const yearOf = (tokens: Tokens, i: number): number | null => {
  const y = tokens.word(i) && tokens.end(i) - tokens.start(i) === 4 ? fourDigits(tokens.text(i)) : null;
  return y !== null && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
};

/** Years in a sentence that can be a win's year, with their token index. */
export function sentenceYears(tokens: Tokens): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const y = yearOf(tokens, i);
    if (y === null) continue;
    const p = i - 1;
    if (tokens.has(p) && !tokens.word(p) && (tokens.is(p, 47) || tokens.is(p, 45) || tokens.is(p, 46)))
      continue;
    if (tokens.word(p) && MONTHS.test(tokens.lower(p))) continue;
    if (tokens.word(p) && /\d+\/\d+/.test(tokens.text(p))) continue;
    // "untuk periode 2024": the edition the round is for.
    if (
      tokens.word(p) &&
      NOT_AWARD_YEAR.has(tokens.lower(p)) &&
      !(tokens.lower(p) === "periode" && tokens.lower(p - 1) === "untuk")
    )
      continue;
    if (
      tokens.lower(p) === "tahun" &&
      tokens.word(i - 2) &&
      (NOT_AWARD_YEAR.has(tokens.lower(i - 2)) || /^\d+$/.test(tokens.text(i - 2)))
    )
      continue;
    if (tokens.is(i + 1, 45) && yearOf(tokens, i + 2) !== null) continue;
    out.push({ year: y, at: i });
  }
  return out;
}

/** Words between the award's name and its edition's year. */
const EDITION_WORDS = new Set(["award", "awards", "tahun", "anugerah", "penghargaan"]);
/** Words of a round's name, which may come between the award's name and "tahun YYYY":
 * "Paritrana Award tingkat Provinsi Riau tahun 2024". */
const ROUND_WORDS = new Set(["tingkat", "level", "provinsi", "nasional", "se", "-", "kabupaten/kota"]);

/** Years written after the award's name: right after it, or as "tahun YYYY" after its round. */
export function editionYears(tokens: Tokens, nameAt: number[]): number[] {
  const out: number[] = [];
  for (const n of nameAt) {
    let round = false;
    for (let j = n + 1; j < tokens.length && j <= n + 9; j++) {
      const y = yearOf(tokens, j);
      if (y !== null) {
        if (!round || tokens.lower(j - 1) === "tahun") out.push(y);
        break;
      }
      const w = tokens.lower(j);
      if (tokens.word(j) && EDITION_WORDS.has(w) && (j <= n + 4 || w === "tahun")) continue;
      if (ROUND_WORDS.has(w) || (round && tokens.cap(j))) round = true;
      else break;
    }
  }
  return out;
}

/** The first ceremony date's year in the text: "(3/7/2019)", "14 Oktober 2025", "12/8/2020". */
export function dateYear(text: string): number | null {
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  const numeric = /\b\d{1,2}\/\d{1,2}\/(\d{4})\b/.exec(head);
  const named =
    /\b\d{1,2} (?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) (\d{4})\b/i.exec(
      head,
    );
  const pick = [numeric, named]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  const y = pick?.[1] ? Number(pick[1]) : null;
  return y !== null && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** LAST_YEAR as its first words → the words that may follow them ("tahun" → "lalu", …). */
const LAST_YEAR_NEXT = new Map<string, Set<string>>();
for (const [a, b] of LAST_YEAR) LAST_YEAR_NEXT.set(a, (LAST_YEAR_NEXT.get(a) ?? new Set<string>()).add(b));

function saysLastYear(tokens: Tokens): boolean {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (LAST_YEAR_NEXT.get(tokens.lower(i))?.has(tokens.lower(i + 1))) return true;
  return false;
}

/**
 * The years a result sentence gives its wins: those it writes; last year's for "tahun lalu" (from
 * `base`, the page's own year); else the page's edition, unless it recalls an undated earlier win.
 * Null: the sentence states no usable year and gives no record.
 */
export function winYears(
  tokens: Tokens,
  page: { base: number | null; edition: number | null },
): { year: number; at: number }[] | null {
  const years = sentenceYears(tokens);
  if (saysLastYear(tokens)) {
    if (page.base === null) return null;
    let at = 0;
    while (at < tokens.length && tokens.lower(at) !== "lalu" && tokens.lower(at) !== "kemarin") at++;
    return [{ year: page.base - 1, at: at < tokens.length ? at : -1 }];
  }
  if (years.length > 0) return years;
  if (firstWithKind(tokens, RECALL) >= 0) return null;
  return page.edition === null ? [] : [{ year: page.edition, at: 0 }];
}
