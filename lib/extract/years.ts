// Years: the edition named with the award ("Paritrana Award 2024", "(Paritrana Award) Tahun 2025"),
// years a sentence gives a win ("pada tahun 2023", "yaitu 2017 dan 2018"), and the ceremony date.
import { LAST_YEAR } from "../lexicon/signals";
import type { Token } from "./tokens";
import { kindOf, RECALL } from "./word-kinds";

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

export const yearOf = (t: Token | undefined): number | null => {
  const y = t?.word ? fourDigits(t.text) : null;
  return y !== null && y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
};

/** Years in a sentence that can be a win's year, with their token index. */
export function sentenceYears(tokens: Token[]): { year: number; at: number }[] {
  const out: { year: number; at: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const y = yearOf(tokens[i]);
    if (y === null) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && !prev.word && (prev.text === "/" || prev.text === "-" || prev.text === ".")) continue;
    if (prev?.word && MONTHS.test(prev.lower)) continue;
    if (prev?.word && /\d+\/\d+/.test(prev.text)) continue;
    if (prev?.word && NOT_AWARD_YEAR.has(prev.lower)) continue;
    if (
      prev?.lower === "tahun" &&
      prev2?.word &&
      (NOT_AWARD_YEAR.has(prev2.lower) || /^\d+$/.test(prev2.text))
    )
      continue;
    if (tokens[i + 1]?.text === "-" && yearOf(tokens[i + 2]) !== null) continue;
    out.push({ year: y, at: i });
  }
  return out;
}

/** Years written right after the award's name (token indexes of name mentions given). */
export function editionYears(tokens: Token[], nameAt: number[]): number[] {
  const out: number[] = [];
  for (const n of nameAt) {
    for (let j = n + 1; j < tokens.length && j <= n + 4; j++) {
      const t = tokens[j] as Token;
      const y = yearOf(t);
      if (y !== null) {
        out.push(y);
        break;
      }
      if (t.word && !/^(?:award|awards|tahun|anugerah|penghargaan)$/.test(t.lower)) break;
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

function saysLastYear(tokens: Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (LAST_YEAR_NEXT.get((tokens[i] as Token).lower)?.has((tokens[i + 1] as Token).lower)) return true;
  return false;
}

/**
 * The years a result sentence gives its wins: those it writes; last year's for "tahun lalu" (from
 * `base`, the page's own year); else the page's edition, unless it recalls an undated earlier win.
 * Null: the sentence states no usable year and gives no record.
 */
export function winYears(
  tokens: Token[],
  page: { base: number | null; edition: number | null },
): { year: number; at: number }[] | null {
  const years = sentenceYears(tokens);
  if (saysLastYear(tokens)) {
    if (page.base === null) return null;
    return [
      { year: page.base - 1, at: tokens.findIndex((t) => t.lower === "lalu" || t.lower === "kemarin") },
    ];
  }
  if (years.length > 0) return years;
  if (tokens.some((t) => kindOf(t) & RECALL)) return null;
  return page.edition === null ? [] : [{ year: page.edition, at: 0 }];
}
