// A recalled edition carries: "Anugerah Paritrana 2017 yang lalu diraih A. Sementara kabupaten
// yang meraihnya adalah B. Kategori perusahaan besar diterima oleh C." — B and C won in 2017 too.
// The year holds over the unbroken run of result sentences after the one that states it, until
// another year is stated or the text turns to "tahun ini".
import type { Tokens } from "../tokens";
import { sentenceYears } from "../years";

export class RecalledYear {
  private year: number | null = null;

  /**
   * The years for a result sentence: `years` as winYears gave them, or the carried year where the
   * sentence states none. `chained`: the sentence before was a result too.
   */
  apply(tokens: Tokens, years: { year: number; at: number }[], edition: number | null, chained: boolean) {
    if (!chained) this.year = null;
    const stated = sentenceYears(tokens);
    if (stated.length > 0) {
      const distinct = new Set(stated.map((y) => y.year));
      const only = stated[0]?.year ?? null;
      this.year = distinct.size === 1 && only !== null && edition !== null && only < edition ? only : null;
      return years;
    }
    if (saysThisYear(tokens)) this.year = null;
    const carried = this.year;
    if (carried === null || years.length !== 1 || years[0]?.year !== edition) return years;
    return [{ year: carried, at: 0 }];
  }
}

function saysThisYear(tokens: Tokens): boolean {
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens.lower(i) === "tahun" && tokens.lower(i + 1) === "ini") return true;
  return false;
}
