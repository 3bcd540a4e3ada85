// Category phrases as written, normalised to the spec's codes: sectors, business sizes and the
// government categories (which tell the kind of a bare place name).
import {
  CATEGORY_HEADS,
  GOV_CATEGORY_WORDS,
  HEADED_GOV_WORDS,
  SECTOR_HEADS,
  SECTOR_JOINERS,
  SECTOR_WORDS,
  SIZE_CONTEXT,
  SIZE_WORDS,
  SMALL_BUSINESS_WORDS,
} from "../lexicon/categories";
import { slugify } from "../records/vocabulary";
import type { Tokens } from "./tokens";
import { CATEGORY_WORD, kindOf } from "./word-kinds";

export type CategoryMention = {
  code: string;
  label: string;
  from: number;
  to: number;
  /** For government categories: the kind of government they are for. */
  gov: "provinsi" | "kabupaten_kota" | "desa" | null;
};

const slice = (tokens: Tokens, from: number, to: number, text: string, base: number) =>
  text.slice(
    (tokens.has(from) ? tokens.start(from) : base) - base,
    (tokens.has(to - 1) ? tokens.end(to - 1) : base) - base,
  );

function sizeCode(sizes: Set<string>): string | null {
  const big = sizes.has("besar");
  const mid = sizes.has("menengah");
  const small = sizes.has("kecil") || sizes.has("mikro");
  if (big && mid) return "usaha_besar_menengah";
  if (big) return "usaha_besar";
  if (mid) return "usaha_menengah";
  if (small) return "usaha_kecil_mikro";
  return null;
}

export function findCategories(tokens: Tokens, text: string, base: number): CategoryMention[] {
  const out: CategoryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // One bit test skips the words no category phrase turns on (most of them).
    if (!tokens.word(i) || !(kindOf(tokens, i) & CATEGORY_WORD)) continue;
    const lower = tokens.lower(i);
    // A label starts at "kategori" when it is right before the phrase.
    const headed = i > 0 && CATEGORY_HEADS.has(tokens.lower(i - 1));
    const from = headed ? i - 1 : i;
    // "Kategori keuangan", "kategori perdagangan dan jasa": a sector named without "sektor".
    const bareSector = CATEGORY_HEADS.has(lower) && SECTOR_WORDS.has(tokens.lower(i + 1));
    if (CATEGORY_HEADS.has(lower) && !bareSector) continue;
    if (SECTOR_HEADS.has(lower) || bareSector) {
      const words: string[] = [];
      let j = i + 1;
      let last = i;
      while (j < tokens.length && j < i + 12) {
        const u = tokens.lower(j);
        if (tokens.word(j) && SECTOR_WORDS.has(u)) {
          words.push(u === "public" ? "publik" : u);
          last = j;
        } else if (!((tokens.word(j) && SECTOR_JOINERS.has(u)) || tokens.is(j, 44))) break;
        j++;
      }
      if (words.length) {
        out.push({
          code: `sektor:${slugify(words.join(" "))}`,
          label: slice(tokens, from, last + 1, text, base),
          from,
          to: last + 1,
          gov: null,
        });
        i = last;
      }
      continue;
    }
    if (SMALL_BUSINESS_WORDS.has(lower)) {
      out.push({
        code: "usaha_kecil_mikro",
        label: slice(tokens, from, i + 1, text, base),
        from,
        to: i + 1,
        gov: null,
      });
      continue;
    }
    if (SIZE_CONTEXT.has(lower)) {
      const sizes = new Set<string>();
      let j = i + 1;
      let last = i;
      while (j < tokens.length && j < i + 7) {
        if (!tokens.word(j)) {
          if (tokens.is(j, 45) || tokens.is(j, 47) || tokens.is(j, 38)) {
            j++;
            continue;
          }
          break;
        }
        const u = tokens.lower(j);
        const parts = u.split(/[-/]/);
        const found = parts.map((p) => SIZE_WORDS[p]).filter((s) => s !== undefined);
        if (found.length) {
          for (const s of found) sizes.add(s);
          last = j;
        } else if (!(u === "skala" || u === "dan" || u === "usaha" || u === "perusahaan")) break;
        j++;
      }
      const code = sizeCode(sizes);
      if (code) {
        out.push({ code, label: slice(tokens, from, last + 1, text, base), from, to: last + 1, gov: null });
        i = last;
      }
      continue;
    }
    // Government categories: "kategori Pemerintah Kabupaten/Kota", "pemerintah provinsi".
    const gov = GOV_CATEGORY_WORDS[lower];
    const prev = tokens.lower(i - 1);
    const onlyHeaded = HEADED_GOV_WORDS.has(lower);
    if (onlyHeaded && !headed && !(prev === "pemerintah" && CATEGORY_HEADS.has(tokens.lower(i - 2))))
      continue;
    if (gov && (headed || prev === "pemerintah" || prev === "pemerintahan" || lower.includes("/"))) {
      const start = headed ? i - 1 : prev.startsWith("pemerintah") ? i - 1 : i;
      const labelFrom = start > 0 && CATEGORY_HEADS.has(tokens.lower(start - 1)) ? start - 1 : start;
      const code =
        gov === "provinsi"
          ? "pemerintah_provinsi"
          : gov === "desa"
            ? "pemerintah_desa"
            : "pemerintah_kabupaten_kota";
      out.push({ code, label: slice(tokens, labelFrom, i + 1, text, base), from: labelFrom, to: i + 1, gov });
    }
  }
  return out;
}
