// Winners one per line under a list's opening: "Berikut daftar pemenangnya:" or a category line
// ("Kategori Pemerintah Desa:"), then "1. Desa Sukamaju", "2) Desa Mekarsari", "- PT Sinar Jaya" or a
// bare line per name (the article reader writes each <li> as a line). A list item is a short line with
// no verb of winning and no place word of its own; its number is a place only where the opening
// spoke of places ("Berikut peringkat …"), as with a table's "No" column.
import { LIST_ANNOUNCERS, WINNERS_WORDS } from "../../lexicon/signals";
import type { AwardeeContext } from "../awardees";
import { listMarkerEnd, type Tokens } from "../tokens";
import { kindOf, LIST_OPENER } from "../word-kinds";
import { type Cell, type Row, readRow } from "./table-rows";

/** The longest item line, in word tokens: a name with its regency or city after it. */
const ITEM_WORDS = 14;
const COLON = 58;

/** Whether a sentence opens a list of winners: it ends with ":" after award words, or announces
 * one ("Berikut daftar pemenang …", "… sebagai berikut"). */
export function opensWinnersList(tokens: Tokens, kinds: number, aboutAward: boolean): boolean {
  const endsWithColon = tokens.is(tokens.length - 1, COLON);
  if (!(kinds & LIST_OPENER)) return endsWithColon && aboutAward;
  let announcer = false;
  let winners = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!(kindOf(tokens, i) & LIST_OPENER)) continue;
    const w = tokens.lower(i);
    if (LIST_ANNOUNCERS.has(w) && (w !== "sebagai" || tokens.lower(i + 1) === "berikut")) announcer = true;
    if (WINNERS_WORDS.has(w)) winners = true;
  }
  return (endsWithColon && (aboutAward || winners)) || (announcer && winners);
}

/** Whether a line may be one item of a list: short, no sentence of its own. */
export function isItemLine(tokens: Tokens): boolean {
  let words = 0;
  for (let i = 0; i < tokens.length; i++) if (tokens.word(i) && ++words > ITEM_WORDS) return false;
  return words > 0;
}

/** The item's marker ("1.", "2)", "-", "•") as a cell before its name, when it has one. */
function itemCells(tokens: Tokens): Cell[] {
  const at = listMarkerEnd(tokens) || (tokens.word(0) ? 0 : 1);
  return at > 0 && at < tokens.length
    ? [
        { from: 0, to: at },
        { from: at, to: tokens.length },
      ]
    : [{ from: 0, to: tokens.length }];
}

/** The winner an item line names, its place from its number where the list is `ranked`. */
export function readItem(
  tokens: Tokens,
  text: string,
  base: number,
  ranked: boolean,
  businessContext: boolean,
  ctx: AwardeeContext,
): Row {
  return readRow(
    tokens,
    text,
    base,
    itemCells(tokens),
    null,
    ranked,
    { ranks: [], categories: [], businessContext },
    ctx,
  );
}
