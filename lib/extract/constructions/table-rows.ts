// Table rows: the article reader writes an HTML table row as one line with its cells split by a
// tab. "Terbaik 1\tDesa Sukamaju", "1\tKabupaten X\tPemerintah Kabupaten/Kota" under a header row
// ("Peringkat\tNama\tKategori") or a category line: each row is one result.
import { ORDINALS, RANK_HEADS, ROMAN } from "../../lexicon/ranks";
import type { AwardeeContext, AwardeeMention } from "../awardees";
import { findAwardees } from "../awardees";
import type { CategoryMention } from "../categories";
import type { RankMention } from "../ranks";
import type { Tokens } from "../tokens";

/** Token range [from, to) of one cell. */
export type Cell = { from: number; to: number };
/** Column roles a header row gives: index of the rank, index-number and category columns, or -1. */
export type Columns = { rank: number; number: number; category: number };

/** Header words: a row made only of these names its columns. */
const HEADER_WORDS = new Set([
  "no",
  "nomor",
  "nama",
  "penerima",
  "pemenang",
  "kategori",
  "instansi",
  "perusahaan",
  "daerah",
  "desa",
  "kelurahan",
  "kabupaten",
  "kota",
  "kabupaten/kota",
  "keterangan",
  "predikat",
  "tingkat",
  "wilayah",
  "badan",
  "usaha",
  "pemerintah",
  "provinsi",
  "penghargaan",
  "tahun",
  ...RANK_HEADS,
]);

function hasTab(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 9) return true;
  return false;
}

/** A row's cells, or null when the line holds no tab between two tokens. */
export function rowCells(tokens: Tokens, text: string, base: number): Cell[] | null {
  if (tokens.length < 2 || !text.includes("\t")) return null;
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !hasTab(text, tokens.end(i - 1) - base, tokens.start(i) - base)) continue;
    cells.push({ from, to: i });
    from = i;
  }
  return cells.length > 1 ? cells : null;
}

/** The column roles of a header row, or null when the row is not one. */
export function headerColumns(tokens: Tokens, cells: Cell[]): Columns | null {
  const columns: Columns = { rank: -1, number: -1, category: -1 };
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as Cell;
    for (let i = cell.from; i < cell.to; i++) {
      if (!tokens.word(i)) continue;
      const w = tokens.lower(i);
      if (!HEADER_WORDS.has(w)) return null;
      if (RANK_HEADS.has(w) && columns.rank < 0) columns.rank = c;
      else if ((w === "no" || w === "nomor") && columns.number < 0) columns.number = c;
      else if (w === "kategori" && columns.category < 0) columns.category = c;
    }
  }
  return columns;
}

/** A place written alone in a cell: "1", "II", "pertama". */
function bareValue(tokens: Tokens, cell: Cell): number | null {
  let value: number | null = null;
  for (let i = cell.from; i < cell.to; i++) {
    if (!tokens.word(i)) continue;
    if (value !== null) return null;
    value = ROMAN[tokens.text(i)] ?? ORDINALS[tokens.lower(i)] ?? null;
    if (value === null) return null;
  }
  return value;
}

export type Row = { awardees: AwardeeMention[]; ranks: RankMention[] };

/**
 * The awardee and place of one row. `ranks` are the sentence's rank mentions (a cell "Terbaik 1");
 * `categories` its category mentions; a bare number is a place only in a rank column, or in the
 * first column when the text above the table spoke of places (`ranked`).
 */
export function readRow(
  tokens: Tokens,
  text: string,
  base: number,
  cells: Cell[],
  columns: Columns | null,
  ranked: boolean,
  found: { ranks: RankMention[]; categories: CategoryMention[]; businessContext: boolean },
  ctx: AwardeeContext,
): Row {
  const ranks: RankMention[] = [];
  let nameCell: Cell | null = null;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as Cell;
    const within = (s: { from: number; to: number }) => s.from >= cell.from && s.to <= cell.to;
    const rank = found.ranks.find(within);
    if (rank) {
      ranks.push(rank);
      continue;
    }
    if (c === columns?.number || c === columns?.category || found.categories.some(within)) continue;
    const value = bareValue(tokens, cell);
    if (value !== null) {
      const rankColumn = columns ? c === columns.rank : c === 0 && ranked;
      if (rankColumn) {
        const label = text.slice(tokens.start(cell.from) - base, tokens.end(cell.to - 1) - base);
        ranks.push({ rank: value, from: cell.from, to: cell.to, label, bare: false });
      }
      continue;
    }
    if (!nameCell && tokens.cap(cell.from)) nameCell = cell;
  }
  if (!nameCell) return { awardees: [], ranks };
  const sub = tokens.sub(nameCell.from, nameCell.to);
  const offset = nameCell.from;
  const awardees = findAwardees(sub, text, base, ctx, {
    rankEnds: new Set(),
    businessContext: found.businessContext,
    slotFrom: 0,
  })
    .slice(0, 1)
    .map((a) => ({ ...a, from: a.from + offset, to: a.to + offset }));
  return { awardees, ranks };
}
