// Article text → award records with evidence. Pure: no DOM, no browser API; never throws.
// Scans sentence by sentence over tokens with bounded look-ahead, so time is linear in the text.

import { CATEGORY_HEADS } from "../lexicon/categories";
import { RANK_HEADS } from "../lexicon/ranks";
import { PLURAL_SUBJECTS, SHORTLIST_AFTER, SHORTLIST_BEFORE, WIN_WORDS } from "../lexicon/signals";
import type { ExtractedRecord } from "../records/schema";
import { type AwardeeContext, type AwardeeMention, findAwardees } from "./awardees";
import { type CategoryMention, findCategories } from "./categories";
import { categoryListStart } from "./constructions/category-list";
import { dropCeremonyDated } from "./constructions/ceremony-dated";
import { creditedThroughPerson } from "./constructions/credited-person";
import { dropGiversAndBeaten } from "./constructions/givers";
import { leadOf } from "./constructions/lead";
import { isItemLine, opensWinnersList, readItem } from "./constructions/list-items";
import { dropPhraseOverlaps } from "./constructions/overlaps";
import { parenthesisedList } from "./constructions/parenthesised-list";
import { RecalledYear } from "./constructions/recalled-year";
import { isRoundHost } from "./constructions/round-host";
import { sameCategory } from "./constructions/same-category";
import { type Columns, headerColumns, readRow, rowCells } from "./constructions/table-rows";
import { decide } from "./detection";
import { documentFacts } from "./document-facts";
import { hasToken, type Prepared, prepareSentences, scopeCuesOf } from "./prepare";
import { mentionsAward } from "./quick-check";
import { findRanks, type RankMention } from "./ranks";
import { mergeRecords, sentenceRecords } from "./records";
import { provinceOfAreas } from "./scope";
import { splitSentences } from "./sentences";
import type { Tokens } from "./tokens";
import { BIZ, MAIN, markSentences } from "./triggers";
import {
  AWARD_NOUN,
  BARE_ORDINAL_WORD,
  CATEGORY_WORD,
  kindOf,
  LIST,
  LIST_INTRO,
  NOT_RESULT,
  OTHER,
  RANK,
  WIN,
} from "./word-kinds";
import { dateYear, sentenceYears, winYears } from "./years";

export type ExtractionContext = { title?: string | null; publishedAt?: string | null };
export type ExtractionResult = { isAwardArticle: boolean; score: number; records: ExtractedRecord[] };

const EMPTY: ExtractionResult = { isAwardArticle: false, score: 0, records: [] };
const READ_ALSO = /^\s*(?:baca|simak|lihat) (?:juga|pula)\b/i;

/** READ_ALSO on text[from, to), a trimmed sentence: cut only when it opens with b, s or l. */
function readAlso(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from) | 32;
  return (c === 98 || c === 115 || c === 108) && READ_ALSO.test(text.slice(from, to));
}

/** The value seen most often (the first seen wins a tie), or null for none. */
function mostFrequent<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | null = null;
  let bestN = 0;
  for (const [v, n] of counts)
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  return best;
}

function isShortlist(tokens: Tokens): boolean {
  for (let i = 1; i < tokens.length; i++)
    if (tokens.lower(i) === SHORTLIST_AFTER && SHORTLIST_BEFORE.has(tokens.lower(i - 1))) return true;
  return false;
}

function hasWord(tokens: Tokens, lower: string): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens.lower(i) === lower) return true;
  return false;
}

/** Whether the sentence holds a win word ("terima kasih", thanks, is none). */
function saysWin(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (kindOf(tokens, i) & WIN && !(tokens.lower(i) === "terima" && tokens.lower(i + 1) === "kasih"))
      return true;
  return false;
}

/** Whether some word speaks of places ("juara", "peringkat", "terbaik"). */
function hasPlaceWord(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens.word(i) && RANK_HEADS.has(tokens.lower(i))) return true;
  return false;
}

/** Whether some word is a rank head or a win word. */
function hasRankOrWinWord(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.word(i)) continue;
    const w = tokens.lower(i);
    if (RANK_HEADS.has(w) || WIN_WORDS.has(w)) return true;
  }
  return false;
}

/** "Mereka adalah A, B dan C": a plural subject, then a copula naming them. */
function namesThem(tokens: Tokens): boolean {
  return PLURAL_SUBJECTS.has(tokens.lower(0)) && (kindOf(tokens, 1) & LIST_INTRO) !== 0;
}

function yearOfDate(iso: string | null | undefined): number | null {
  const m = iso ? /\b(20\d\d)\b/.exec(iso) : null;
  return m?.[1] ? Number(m[1]) : null;
}

function run(text: string, context: ExtractionContext): ExtractionResult {
  const title = context.title ?? "";
  const titleNamed = title ? mentionsAward(title) : false;
  const split = splitSentences(text);
  const marks = markSentences(text, split);
  const prepared = prepareSentences(text, split, marks);
  const sentences = prepared.filter((s): s is Prepared => s !== null);
  const named = titleNamed || sentences.some((s) => s.nameAt.length > 0);
  const { editions, attendedEditions, cues, provinceMentions, ceremony, processWords, others, bpjs } =
    documentFacts(sentences);
  const publishedYear = yearOfDate(context.publishedAt);
  const ceremonyYear = dateYear(text);
  const edition = mostFrequent(editions) ?? mostFrequent(attendedEditions) ?? ceremonyYear;
  // Without the award's name, only a page that is plainly about BPJS's award may give records.
  const mayExtract = named || (bpjs && others === 0);

  const records: ExtractedRecord[] = [];
  const ceremonyDated = new Set<ExtractedRecord>();
  if (mayExtract) {
    const ctx: AwardeeContext = { businesses: new Map(), govKindHint: null };
    let header: CategoryMention | null = null;
    const docCue = cues.find((c) => c.scope === "provinsi") ?? null;
    const roundProvince = docCue?.province ?? (docCue ? (mostFrequent(provinceMentions) ?? null) : null);
    let lastAwardSentence = false;
    let sectionProvince: string | null = null;
    // The last category a result named: for "kategori yang sama" and a podium told over sentences.
    let lastCategory: CategoryMention | null = null;
    const recalled = new RecalledYear();
    const pending: {
      facts: Parameters<typeof sentenceRecords>[0];
      saysNational: boolean;
      /** The sentence's year is only the ceremony's date: no edition written anywhere. */
      ceremonyDated: boolean;
    }[] = [];
    const editionWritten = (mostFrequent(editions) ?? mostFrequent(attendedEditions)) !== null;
    const areaNames: string[] = [];
    /** Binds a result's awardees to its year, level and province, for the records made below. */
    const commit = (
      s: Prepared,
      winners: AwardeeMention[],
      ranks: RankMention[],
      categories: CategoryMention[],
      chained: boolean,
      /** The category that heads the list or lines this one belongs to. */
      governing: CategoryMention | null = header,
    ) => {
      const tokens = s.tokens;
      const given = winYears(tokens, { base: publishedYear ?? ceremonyYear ?? edition, edition });
      if (given === null) return;
      if (categories.length > 0) lastCategory = categories.at(-1) ?? null;
      const years = recalled.apply(tokens, given, edition, chained);
      const local = scopeCuesOf(s);
      const national = local.find((c) => c.scope === "nasional");
      const provincial = local.find((c) => c.scope === "provinsi");
      const scope = national ? "nasional" : provincial || docCue ? "provinsi" : "nasional";
      // A round's province holds for the sentences after its cue ("pada tingkat Provinsi X …").
      if (provincial?.province) sectionProvince = provincial.province;
      const province = national ? null : (provincial?.province ?? sectionProvince ?? roundProvince);
      for (const a of winners)
        if (a.awardeeType === "kabupaten" || a.awardeeType === "kota") areaNames.push(a.awardee);
      pending.push({
        // The sentence's own "tingkat nasional" (its cues from the award's name are provincial).
        saysNational: national !== undefined,
        ceremonyDated:
          !editionWritten &&
          years.length === 1 &&
          years[0]?.year === edition &&
          sentenceYears(tokens).length === 0,
        facts: {
          tokens,
          start: s.start,
          end: s.end,
          text: s.text,
          awardees: winners,
          ranks,
          categories,
          headerCategory: governing,
          years,
          scope,
          province,
        },
      });
    };
    // Table state: the header row's columns, and whether the text above the table spoke of places.
    let columns: Columns | null = null;
    let placesAbove = false;
    // An open list of winners, one per line, and whether its numbers are places.
    const list: { open: boolean; ranked: boolean; category: CategoryMention | null } = {
      open: false,
      ranked: false,
      category: null,
    };
    /** A sentence with no win, rank, list or category word: no record, and no award sentence or
     * list item before the next. */
    const noResult = (si: number, s: Prepared | null) => {
      const from = split.start(si);
      const to = split.end(si);
      if ((s ? s.tokens.length > 0 : hasToken(text, from, to)) && !readAlso(text, from, to)) {
        lastAwardSentence = false;
        list.open = false;
      }
    };
    for (let si = 0; si < split.count; si++) {
      const bits = marks[si] as number;
      const s = prepared[si];
      const itemOnly = !(bits & (MAIN | BIZ));
      if (!s || (itemOnly && !list.open)) {
        noResult(si, s ?? null);
        continue;
      }
      const tokens = s.tokens;
      if (tokens.length === 0) continue;
      const cells = rowCells(tokens, s.text, s.start);
      if (cells) {
        const head = headerColumns(tokens, cells);
        if (head) {
          columns = head;
          continue;
        }
        const rowRanks = s.kinds & RANK ? findRanks(tokens, s.text, s.start) : [];
        const rowCategories = s.kinds & CATEGORY_WORD ? findCategories(tokens, s.text, s.start) : [];
        const businessContext =
          rowCategories.some((c) => c.gov === null) || (header !== null && header.gov === null);
        const row = readRow(
          tokens,
          s.text,
          s.start,
          cells,
          columns,
          placesAbove,
          {
            ranks: rowRanks,
            categories: rowCategories,
            businessContext,
          },
          ctx,
        );
        if (row.awardees.length > 0 && !(s.kinds & (NOT_RESULT | OTHER)))
          commit(s, row.awardees, row.ranks, rowCategories, false);
        lastAwardSentence = false;
        continue;
      }
      const categories = s.kinds & CATEGORY_WORD ? findCategories(tokens, s.text, s.start) : [];
      const same = s.kinds & CATEGORY_WORD ? sameCategory(tokens, lastCategory) : null;
      if (same) categories.push(same);
      // "Kategori X: A, B" names its winners; "Kategori X:" alone heads the lines after it.
      const listAt = categories.length > 0 ? categoryListStart(tokens, categories) : -1;
      // A list header line: "Kategori Desa", "Kategori Badan Usaha dibagi berdasarkan sektor".
      const isHeader =
        s.lineStart &&
        listAt < 0 &&
        CATEGORY_HEADS.has(tokens.lower(0)) &&
        tokens.length <= 10 &&
        !hasRankOrWinWord(tokens);
      if (isHeader) {
        if (!list.open) list.ranked = placesAbove;
        list.open = true;
        header = categories[0] ?? null;
        list.category = header;
        lastCategory = header;
        const gov = header?.gov;
        ctx.govKindHint =
          gov === "provinsi" ? "provinsi" : gov === "desa" ? "desa" : gov ? "kabupaten" : null;
        if (!header && hasWord(tokens, "desa")) ctx.govKindHint = "desa";
        continue;
      }
      if (READ_ALSO.test(s.text)) continue;
      const businessContext =
        categories.some((c) => c.gov === null) || (header !== null && header.gov === null);
      if (list.open && s.lineStart && !(s.kinds & (WIN | RANK)) && isItemLine(tokens)) {
        const item = readItem(tokens, s.text, s.start, list.ranked, businessContext, ctx);
        if (item.awardees.length > 0 && !(s.kinds & (NOT_RESULT | OTHER))) {
          commit(s, item.awardees, item.ranks, categories, false, list.category);
          lastAwardSentence = false;
          continue;
        }
      }
      if (itemOnly) {
        noResult(si, s);
        continue;
      }
      // Prose ends a table; the text before the next one may speak of places.
      columns = null;
      placesAbove = hasPlaceWord(tokens);
      const ranks = s.kinds & (RANK | BARE_ORDINAL_WORD) ? findRanks(tokens, s.text, s.start) : [];
      const wasAwardSentence = lastAwardSentence;
      const win = (s.kinds & WIN) !== 0 && saysWin(tokens);
      const aboutAward =
        s.nameAt.length > 0 || (s.kinds & AWARD_NOUN) !== 0 || categories.length > 0 || header !== null;
      const notResult = (s.kinds & NOT_RESULT) !== 0;
      lastAwardSentence = ((win && aboutAward) || listAt >= 0) && !notResult;
      list.open = !notResult && opensWinnersList(tokens, s.kinds, aboutAward);
      list.ranked = placesAbove;
      list.category = categories[0] ?? header;
      // "…meraih Paritrana Award. …, yakni A, B dan C": a list naming the winners just announced.
      const listsWinners = wasAwardSentence && ((s.kinds & LIST) !== 0 || namesThem(tokens));
      const states =
        (ranks.length > 0 || (win && aboutAward) || listsWinners || listAt >= 0) &&
        !notResult &&
        !isShortlist(tokens) &&
        !(s.kinds & OTHER);
      // Awardees only for a result, or to remember a business's full name for later mentions.
      if (!states && !(bits & BIZ)) continue;
      const found = findAwardees(tokens, s.text, s.start, ctx, {
        rankEnds: new Set(ranks.map((r) => r.to)),
        businessContext,
        slotFrom: listAt,
      });
      const bracketed = states
        ? parenthesisedList(tokens, s.text, s.start, { categories, ranks, businessContext }, ctx)
        : [];
      const kept = dropPhraseOverlaps(found.concat(bracketed), ranks, categories);
      const awardees = states
        ? kept.concat(creditedThroughPerson(tokens, kept)).sort((a, b) => a.from - b.from)
        : kept;
      if (!states || awardees.length === 0) continue;

      const winners = dropGiversAndBeaten(tokens, awardees);
      if (winners.length === 0) continue;

      // A podium told over sentences keeps the category its first sentence named.
      const carried = categories.length === 0 && wasAwardSentence && ranks.length > 0;
      commit(s, winners, ranks, categories, wasAwardSentence, carried ? (lastCategory ?? header) : header);
      // A sentence that placed its winners is a result, as the one before it was.
      if (carried) lastAwardSentence = true;
    }
    // No stated level: several regencies/cities of one province mean that province's round.
    const docNational = !docCue && cues.some((c) => c.scope === "nasional");
    const inferred = docCue || docNational ? null : provinceOfAreas(areaNames);
    for (const p of pending) {
      const f = p.facts;
      if (inferred && !p.saysNational) {
        f.scope = "provinsi";
        f.province = inferred;
      }
      if (!p.saysNational && f.scope === "provinsi")
        f.awardees = f.awardees.filter((a) => !isRoundHost(a, f.province));
      if (f.awardees.length === 0) continue;
      const made = sentenceRecords(f);
      if (p.ceremonyDated) for (const r of made) ceremonyDated.add(r);
      records.push(...made);
    }
  }
  const all = dropCeremonyDated(mergeRecords(records), ceremonyDated);
  // Only earlier editions than the one the page names: the page recalls results, it reports none.
  const written = mostFrequent(editions);
  const recalledOnly =
    written !== null && all.length > 0 && all.every((r) => r.year !== null && r.year < written);
  const decision = decide({
    names: sentences.reduce((n, s) => n + s.nameAt.length, 0) + (titleNamed ? 1 : 0),
    titleNamed,
    ceremony,
    process: processWords,
    others,
    records: all.length,
    rankedRecords: all.filter((r) => r.rank !== null).length,
    lead: leadOf(sentences),
    recalledOnly,
  });
  // On a page that is not about a result, only a sentence that names the award states one.
  // A page that only recalls earlier results still states them.
  const merged =
    decision.isAwardArticle || recalledOnly
      ? all
      : all.filter((r) => mentionsAward(r.evidence.quote) && r.rank !== null);
  return { isAwardArticle: decision.isAwardArticle, score: decision.score, records: merged };
}

/** The extractor without its safety net: for tests, so a bug shows as a throw, not as no records. */
export function extractAwardsUnguarded(text: string, context: ExtractionContext = {}): ExtractionResult {
  return typeof text === "string" && text.length > 0 ? run(text, context ?? {}) : EMPTY;
}

export function extractAwards(text: string, context: ExtractionContext = {}): ExtractionResult {
  if (typeof text !== "string" || text.length === 0) return EMPTY;
  try {
    return run(text, context ?? {});
  } catch {
    return EMPTY;
  }
}
