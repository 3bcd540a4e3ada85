// Category-led lists: a clause that opens with a category and then names its winners, with no
// win verb needed. "Kategori UMKM: A", "Sektor jasa; A, B dan C", "kategori pendidikan dijuarai
// oleh A", "Kategori Pemerintah Desa melalui Desa B", "kategori pemerintah daerah, Kota C, D".
import type { CategoryMention } from "../categories";
import type { Tokens } from "../tokens";

/** Words that may come before the category at the clause's start ("Kemudian di sektor …"). */
const LEAD_WORDS = new Set([
  "kemudian",
  "lalu",
  "di",
  "dari",
  "untuk",
  "pada",
  "terakhir",
  "selanjutnya",
  "serta",
  "dan",
  "sedangkan",
  "sementara",
  "adapun",
  "itu",
  "o",
]);
/** Words between the category and its winners. */
const OPENERS = new Set([
  "meliputi",
  "adalah",
  "ialah",
  "yakni",
  "yaitu",
  "melalui",
  "dijuarai",
  "diraih",
  "oleh",
]);

/** Whether every token before `at` is a lead word, a list marker or a mark. */
function opensClause(tokens: Tokens, at: number): boolean {
  for (let i = 0; i < at; i++) {
    if (!tokens.word(i)) continue;
    const w = tokens.lower(i);
    if (LEAD_WORDS.has(w)) continue;
    if (i === 0 && /^\d{1,2}$/.test(w)) continue;
    return false;
  }
  return true;
}

/**
 * The token index where the winners of a category-led clause start, or -1. The category (or a run
 * of categories: "Kategori Perusahaan Besar Sektor Keuangan") must open the sentence or follow a
 * clause break, and be followed by ":", ";", "," or an opener word.
 */
export function categoryListStart(tokens: Tokens, categories: CategoryMention[]): number {
  for (let k = 0; k < categories.length; k++) {
    const c = categories[k] as CategoryMention;
    if (!opensClause(tokens, c.from) && !tokens.is(c.from - 1, 44) && !tokens.is(c.from - 1, 59)) continue;
    // A run of category phrases ("… Skala Besar Sektor Keuangan, Perdagangan dan Jasa") is one.
    let end = c.to;
    // … joined by at most one word ("skala besar di sektor keuangan"), never across a mark.
    const joins = (next: CategoryMention) => next.from === end || (next.from === end + 1 && tokens.word(end));
    while (k + 1 < categories.length && joins(categories[k + 1] as CategoryMention)) {
      end = (categories[k + 1] as CategoryMention).to;
      k++;
    }
    let j = end;
    // "Kategori Usaha Mikro Kecil (UMK):" — skip a short parenthesis.
    if (tokens.is(j, 40)) {
      let close = j + 1;
      while (close < tokens.length && close < j + 6 && !tokens.is(close, 41)) close++;
      if (tokens.is(close, 41)) j = close + 1;
    }
    const mark = tokens.is(j, 58) || tokens.is(j, 59) || tokens.is(j, 44);
    const word = tokens.word(j) && OPENERS.has(tokens.lower(j));
    if (!mark && !word) continue;
    let at = j + 1;
    if (word && tokens.lower(at) === "oleh") at++;
    if (at < tokens.length && tokens.word(at)) return at;
  }
  return -1;
}
