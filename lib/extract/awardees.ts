// Who won: government names with or without their prefix (resolved through the gazetteer),
// businesses with a legal or sector prefix, and unprefixed names in winner slots of a list.

import {
  areasNamed,
  MAX_PLACE_WORDS,
  mayBePlaceKey,
  nameKey,
  type Place,
  placeByNameKey,
  provinceNamed,
  registerName,
} from "../gazetteer/index";
import {
  BUSINESS_NAME_STOPS,
  BUSINESS_PREFIXES,
  GOV_NAME_PREFIX,
  GOV_PREFIXES,
  type GovKind,
  LOCATION_BEFORE,
  NAME_STOP_WORDS,
  REGIONAL_ENTERPRISES,
  ROLE_WORDS,
  RURAL_BANK_WORDS,
  VENUE_BEFORE,
  VENUE_WORDS,
  VILLAGE_WORDS,
} from "../lexicon/awardees";
import { RANK_HEADS } from "../lexicon/ranks";
import {
  CLAUSE_OPENERS,
  DEICTIC_OPENERS,
  SPEECH_VERBS,
  SUBJECT_VERB_FILLERS,
  WIN_WORDS,
} from "../lexicon/signals";
import type { AwardeeType } from "../records/vocabulary";
import { listMarkerEnd, type Tokens, titleCased } from "./tokens";
import {
  BUSINESS_HEAD,
  BUSINESS_NAME_STOP,
  GOV_HEAD,
  kindOf,
  LIST_INTRO,
  NAME_STOP,
  RANK_HEAD,
} from "./word-kinds";
import { yearOf } from "./years";

export type AwardeeMention = {
  awardee: string;
  awardeeType: AwardeeType;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Named with a prefix ("Pemkab X", "PT X") rather than bare. */
  prefixed: boolean;
  smallBusiness: boolean;
};

/** What the rest of the article lends a sentence: earlier full names for "BPRS" alone. */
export type AwardeeContext = {
  businesses: Map<string, string>;
  govKindHint: GovKind | null;
  /** The government of each kind the article last named in full, for "Pemkot" alone later. */
  governments?: Map<GovKind, string>;
};

/** Short prefixes that stand alone for the government the article is about ("Pemkot terpilih …"). */
const STANDALONE_PREFIXES = new Set(["pemkot", "pemko", "pemkab", "pemprov"]);

/** What the sentence itself says around its names. */
export type SentenceHints = {
  /** Token indexes where a rank mention ends ("peringkat pertama| Sulawesi Utara"). */
  rankEnds: Set<number>;
  /** The sentence (or its list header) names a business category. */
  businessContext: boolean;
  /** Token index where a construction opens a winner's slot ("Kategori X: |A, B"), or -1. */
  slotFrom?: number;
};

const MID_NAME_PREFIXES = new Set([
  "PT",
  "CV",
  "BPR",
  "BPRS",
  "UKM",
  "UMKM",
  "PDAM",
  "RSUD",
  "Yayasan",
  "Koperasi",
]);
// Looked up once per word: a Map hashes the word, where a table's property lookup must first
// intern each new word string (that lookup was the hottest line of extraction).
const BUSINESS_PREFIX = new Map(Object.entries(BUSINESS_PREFIXES));

/** "PT X (PX) Gresik", "Kinasih Abyudaya Kabupaten Blitar": a place right after a business's name,
 * past its acronym, is where the business is. */
function businessBefore(tokens: Tokens, i: number, prev: AwardeeMention | undefined): boolean {
  if (!prev || GOV_TYPES.has(prev.awardeeType)) return false;
  let k = prev.to;
  while (k < i && tokens.paren(k)) k++;
  return k === i;
}

const GOV_TYPES = new Set<AwardeeType>(["provinsi", "kabupaten", "kota", "desa", "kelurahan"]);
const GROUP_WORDS = new Set(["group", "grup", "holding"]);
const SEPARATORS = new Set([",", ";", "dan", "serta", "&", "/"]);
/** A word or a mark in SEPARATORS. */
const isSeparator = (tokens: Tokens, i: number) =>
  SEPARATORS.has(tokens.word(i) ? tokens.lower(i) : tokens.text(i));

/** Whether only adverbs ("Kali ini", "Kini", "Tahun 2024") stand between a clause's start and token i. */
function afterClauseAdverbs(tokens: Tokens, i: number, itemStart: number): boolean {
  let j = i - 1;
  while (j >= itemStart && tokens.word(j)) {
    const w = tokens.lower(j);
    if ((w === "ini" || w === "itu") && DEICTIC_OPENERS.has(tokens.lower(j - 1))) j -= 2;
    else if (CLAUSE_OPENERS.has(w) || yearOf(tokens, j) !== null) j--;
    else break;
  }
  return j < i - 1 && (j < itemStart || isSeparator(tokens, j));
}

/** Past names coordinated with the one before k: "Sulsel |dan NTB| meraih", "A|, B dan C| meraih". */
function skipCoordinated(tokens: Tokens, k: number): number {
  for (
    let n = 0;
    n < 4 && (tokens.is(k, 44) || tokens.lower(k) === "dan" || tokens.lower(k) === "serta");
    n++
  ) {
    let j = k + 1;
    if (tokens.is(k, 44) && (tokens.lower(j) === "dan" || tokens.lower(j) === "serta")) j++;
    if (!tokens.cap(j)) return k;
    let end = nameEnd(tokens, j, 8, true);
    while (tokens.paren(end)) end++;
    if (end <= j) return k;
    k = end;
  }
  return k;
}

/** The first token from k past words that may stand between a subject and its verb. */
function skipFillers(tokens: Tokens, k: number): number {
  let v = k;
  while (v < k + 3 && tokens.word(v) && SUBJECT_VERB_FILLERS.has(tokens.lower(v))) v++;
  return v;
}

function slice(tokens: Tokens, from: number, to: number, text: string, base: number): string {
  return tokens.has(from) && tokens.has(to - 1)
    ? text.slice(tokens.start(from) - base, tokens.end(to - 1) - base)
    : "";
}

const upperFirst = (_: string, sp: string, c: string) => sp + c.toUpperCase();
// ASCII names skip the \p pattern (compiling one costs milliseconds on a cold first call).
const titleCase = (s: string) =>
  /[\u0080-\uffff]/.test(s)
    ? s.replace(/(^|\s)(\p{Ll})/gu, upperFirst)
    : s.replace(/(^|\s)([a-z])/g, upperFirst);

/** Capitalised words from i (a name), stopping at stop words; returns the end index. After a
 * business's prefix (`prefixed`) its first word may be any but a business stop ("Politeknik
 * Harapan …"); an institution's name runs on past an acronym to its town ("Universitas X (UX)
 * Sorong"), where a company's town after its acronym is only its place. */
function nameEnd(
  tokens: Tokens,
  i: number,
  max: number,
  business: boolean,
  prefixed = false,
  institution = false,
): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < max) {
    if (j < 0) break;
    if (tokens.word(j)) {
      if (tokens.paren(j) || tokens.text(j).includes("/")) break;
      const first = tokens.text(j).charCodeAt(0);
      const ok = tokens.cap(j) || (first >= 48 && first <= 57);
      // English "and" joins a business's name whatever the case after it ("Bread and cake").
      if (!ok && business && words > 0 && tokens.lower(j) === "and" && tokens.word(j + 1)) {
        j += 2;
        words += 2;
        continue;
      }
      if (!ok) break;
      // The stop lists and rank heads as word-kind bits: one lookup per word, kept on the token.
      const kinds = kindOf(tokens, j);
      if (kinds & (business && (words > 0 || prefixed) ? BUSINESS_NAME_STOP : NAME_STOP)) break;
      // A legal or sector prefix starts another name: "Sebelumnya UKM X" is not one name.
      if (words > 0 && MID_NAME_PREFIXES.has(tokens.text(j))) break;
      if (kinds & RANK_HEAD) break;
      // "Diraihnya …", "Keberhasilannya …": a word with the -nya suffix opens no name.
      if (words === 0 && !prefixed && tokens.text(j).length > 5 && tokens.lower(j).endsWith("nya")) break;
      // "… Kota Madiun", "… Kabupaten Blitar": the business's place, not its name.
      if (business && words > 0 && kinds & GOV_HEAD && govPrefixAt(tokens, j) && placeAt(tokens, j + 1, true))
        break;
      words++;
      j++;
      continue;
    }
    // An acronym inside a name that goes on: "Koperasi Simpan Pinjam (KSP) Sejahtera", and for an
    // institution on to its town: "Universitas X (UX) Sorong".
    if (
      prefixed &&
      words > 0 &&
      tokens.is(j, 40) &&
      tokens.word(j + 1) &&
      tokens.is(j + 2, 41) &&
      tokens.word(j + 3) &&
      tokens.cap(j + 3) &&
      !(kindOf(tokens, j + 3) & (BUSINESS_NAME_STOP | RANK_HEAD | GOV_HEAD)) &&
      (institution || !placeAt(tokens, j + 3))
    ) {
      j += 3;
      continue;
    }
    // Inner marks of business names: "Legutz' Bakery", "A & B", "PT. X".
    if (
      business &&
      words > 0 &&
      (tokens.is(j, 39) || tokens.is(j, 0x2019) || tokens.is(j, 38)) &&
      tokens.word(j + 1) &&
      tokens.cap(j + 1)
    ) {
      j++;
      continue;
    }
    break;
  }
  // A trailing apostrophe belongs to the name ("Legutz'").
  return j;
}

/** nameKey of one word: its lower case as it is when that is all a-z and 0-9 (most words). */
function wordKey(tokens: Tokens, j: number): string {
  const w = tokens.lower(j);
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return nameKey(tokens.text(j));
  }
  return w;
}

/** The kinds of a place's regencies and cities, made once per place (many mentions repeat one). */
const AREA_KINDS = new Map<Place, ReadonlySet<string>>();
function areaKinds(place: Place): ReadonlySet<string> {
  let kinds = AREA_KINDS.get(place);
  if (!kinds) {
    kinds = new Set(place.areas.map((a) => a.kind));
    AREA_KINDS.set(place, kinds);
  }
  return kinds;
}

type PlaceMatch = { end: number; place: Place; province: string | null; kinds: ReadonlySet<string> };

/** Longest gazetteer match starting at i. Past a government prefix (`anyCase`) the name may be in
 * lower case ("pemprov sulawesi utara"); dotted initials join ("D.I. Yogyakarta"). */
function placeAt(tokens: Tokens, i: number, anyCase = false): PlaceMatch | null {
  let key = "";
  let best: PlaceMatch | null = null;
  // The key's first two and last units, tracked word by word so the shape test reads no joined key.
  let first = 0;
  let second = 0;
  let last = 0;
  let words = 0;
  for (let j = i; j < tokens.length && words < MAX_PLACE_WORDS; j++) {
    if (tokens.is(j, 46) && j > i && tokens.text(j - 1).length === 1 && tokens.cap(j + 1)) continue;
    if (!tokens.word(j) || !(anyCase || tokens.cap(j)) || tokens.paren(j)) break;
    words++;
    // The key of "A B" is the keys of A and B joined (keys drop spaces).
    const w = wordKey(tokens, j);
    if (w.length > 0) {
      if (key.length === 0) {
        first = w.charCodeAt(0);
        second = w.length > 1 ? w.charCodeAt(1) : 0;
      } else if (key.length === 1) second = w.charCodeAt(0);
      last = w.charCodeAt(w.length - 1);
    }
    key += w;
    if (!mayBePlaceKey(key.length, first, second, last)) continue;
    const place = placeByNameKey(key, anyCase);
    if (place) best = { end: j + 1, place, province: place.province, kinds: areaKinds(place) };
  }
  return best;
}

/** The prefixes by their first word, in list order (longest first). */
const PREFIXES_BY_FIRST = new Map<string, (typeof GOV_PREFIXES)[number][]>();
for (const p of GOV_PREFIXES) {
  const first = p[0][0] as string;
  PREFIXES_BY_FIRST.set(first, [...(PREFIXES_BY_FIRST.get(first) ?? []), p]);
}

const OUTSIDE = new Set(["dalam", "luar"]);
/** Government roles that, set off after a name by a comma, make it a person's ("Budi, Bupati X"). */
const PERSON_ROLES = new Set([
  "bupati",
  "gubernur",
  "walikota",
  "wali",
  "wakil",
  "kepala",
  "ketua",
  "sekda",
  "camat",
]);
const DOTTED_PREFIXES = new Set(["kab", "prov", "pemkab", "pemkot", "pemprov", "pemdes"]);
/** Words for the district a village lies in: "Desa X Kecamatan Y". */
const DISTRICT_WORDS = new Set(["kecamatan", "kec", "distrik"]);

function govPrefixAt(tokens: Tokens, i: number): { end: number; kind: GovKind } | null {
  const candidates = kindOf(tokens, i) & GOV_HEAD ? PREFIXES_BY_FIRST.get(tokens.lower(i)) : undefined;
  if (!candidates) return null;
  for (const [words, kind] of candidates) {
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (!tokens.word(i + k) || tokens.lower(i + k) !== words[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "Kampung Baru", "Negeri Hila": a village word only capitalised, before a name, and not the
    // "dalam negeri" of a ministry.
    // "Kejaksaan Negeri Ambon", "Pengadilan Negeri X": after a capitalised word that is no stop
    // or rank word ("Wali Nagari X", "Juara I Negeri Y" stay), the word is part of that name.
    if (
      words.length === 1 &&
      VILLAGE_WORDS.has(words[0] as string) &&
      (!tokens.cap(i) ||
        !(tokens.cap(i + 1) || tokens.is(i + 1, 40)) ||
        OUTSIDE.has(tokens.lower(i - 1)) ||
        (tokens.word(i - 1) && tokens.cap(i - 1) && !(kindOf(tokens, i - 1) & (NAME_STOP | RANK_HEAD))))
    )
      return null;
    let end = i + words.length;
    // "Kab. X", "Pemkab. X": an abbreviation's stop, not the sentence's.
    if (tokens.is(end, 46) && words.length === 1 && DOTTED_PREFIXES.has(words[0] as string)) end++;
    return { end, kind };
  }
  return null;
}

/** Whether the year at p is an edition written after the award's name ("Award 2023", "Award Tahun
 * 2023"), not a year opening a clause ("pada tahun 2019 Provinsi X meraih …"). */
function editionBefore(tokens: Tokens, p: number): boolean {
  for (let k = p - 1; k >= 0 && k >= p - 3; k--) {
    const w = tokens.lower(k);
    if (w === "award" || w === "awards" || w === "paritrana") return true;
    if (w !== "tahun") return false;
  }
  return false;
}

function locationContext(tokens: Tokens, i: number): boolean {
  let p = i - 1;
  // Look past a parenthesis: "BPJS Ketenagakerjaan (BPJAMSOSTEK) Gresik".
  if (tokens.is(p, 41)) {
    let k = p;
    while (k > 0 && k > p - 8 && !tokens.is(k, 40)) k--;
    if (tokens.is(k, 40)) p = k - 1;
  }
  // "Paritrana Award 2023 Provinsi Jawa Timur", "Paritrana Award Jatim": the round's place.
  if (
    tokens.word(p) &&
    (tokens.lower(p) === "award" || (/^\d{4}$/.test(tokens.text(p)) && editionBefore(tokens, p)))
  )
    return true;
  if (tokens.word(p) && LOCATION_BEFORE.has(tokens.lower(p))) return true;
  if (venueBefore(tokens, i)) return true;
  // "se-Bali" is one token; "Kepala Dinas Tenaga Kerja Kabupaten X": an office's place.
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (!tokens.word(k)) break;
    const w = tokens.lower(k);
    if (w === "dinas" || w === "kanwil" || w === "kantor" || w === "cabang") return true;
  }
  return false;
}

/** "di Gedung Serbaguna, Kabupaten X", "di Aula Melati Kota Y": the place of a venue named
 * before it. The venue's words are capitalised; a venue word among them, or none but the venue
 * glued to the place, after "di"/"ke". */
function venueBefore(tokens: Tokens, i: number): boolean {
  let k = i - 1;
  const comma = tokens.is(k, 44);
  if (comma) k--;
  let venueWord = false;
  let words = 0;
  while (k >= 0 && words < 5 && tokens.word(k) && tokens.cap(k)) {
    if (VENUE_WORDS.has(tokens.lower(k))) venueWord = true;
    words++;
    k--;
  }
  if (words === 0 || !tokens.word(k) || !VENUE_BEFORE.has(tokens.lower(k))) return false;
  return venueWord || (!comma && words <= 3);
}

/** Whether a role word ("Direktur", "Dirut") stands within a few words before token i, past a
 * parenthesis. */
function roleBefore(tokens: Tokens, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (tokens.is(k, 40) || tokens.is(k, 41)) continue;
    if (!tokens.word(k)) return false;
    if (ROLE_WORDS.has(tokens.lower(k))) return true;
  }
  return false;
}

/** "Direktur Utama Bank X, Budi Santoso": a name after a comma, set off from a business whose role
 * it holds, is the person. */
function roleHolder(tokens: Tokens, i: number, to: number, prev: AwardeeMention | undefined): boolean {
  if (prev && prev.to === i - 1 && tokens.is(i - 1, 44) && roleBefore(tokens, prev.from)) return true;
  // "Budi Santoso selaku Direktur PT X", "Budi Santoso, pemilik UMKM Y": a role after the name.
  let k = to;
  if (tokens.is(k, 44)) k++;
  if (tokens.lower(k) === "selaku") return true;
  return ROLE_WORDS.has(tokens.lower(k)) || (tokens.is(to, 44) && PERSON_ROLES.has(tokens.lower(k)));
}

/** A place name followed by "(" or a dash is a dateline, where it opens the text (the caller
 * asks only of the first few words: "Sumatera Selatan (diterima Wagub …)" in a list is a winner). */
function dateline(tokens: Tokens, end: number): boolean {
  if (
    tokens.is(end, 40) &&
    tokens.word(end + 1) &&
    tokens.text(end + 1) === tokens.text(end + 1).toUpperCase()
  )
    return true;
  return tokens.is(end, 45) || tokens.is(end, 0x2013) || tokens.is(end, 0x2014) || tokens.is(end, 40);
}

function skipParen(tokens: Tokens, i: number): number {
  if (!tokens.is(i, 40)) return i;
  let j = i + 1;
  while (j < tokens.length && j < i + 8 && !tokens.is(j, 41)) j++;
  return tokens.is(j, 41) ? j + 1 : i;
}

/** "(Awahita Indonesia Putra)" after a business name is part of it; "(Semarang)" is its place. */
function businessParenthetical(tokens: Tokens, i: number): number {
  if (!tokens.is(i, 40)) return i;
  const close = skipParen(tokens, i);
  if (close === i) return i;
  const inner = tokens.sub(i + 1, close - 1);
  const words: string[] = [];
  for (let k = 0; k < inner.length; k++) {
    if (!inner.word(k) || !inner.cap(k)) return i;
    words.push(inner.text(k));
  }
  if (inner.length < 2) return i;
  // "(Huadi Group)": the group the business belongs to, not part of its name.
  if (GROUP_WORDS.has(inner.lower(inner.length - 1))) return i;
  const joined = words.join(" ");
  if (provinceNamed(joined) || areasNamed(joined).length || govPrefixAt(inner, 0)) return i;
  return close;
}

function resolveBareArea(
  kinds: ReadonlySet<string>,
  province: string | null,
  previous: AwardeeMention | undefined,
  hint: GovKind | null,
): GovKind | null {
  const prevKind = previous?.awardeeType;
  if (kinds.size === 0) return province ? "provinsi" : null;
  if (province && (prevKind === "provinsi" || hint === "provinsi")) return "provinsi";
  if (province && prevKind !== "kabupaten" && prevKind !== "kota" && hint !== "kabupaten" && hint !== "kota")
    return "provinsi";
  if (kinds.size === 1) return kinds.has("kota") ? "kota" : "kabupaten";
  if (prevKind === "kabupaten" || prevKind === "kota") return prevKind;
  if (hint === "kabupaten" || hint === "kota") return hint;
  return "kota";
}

/** Awardee mentions in one sentence's tokens, in text order. */
/** "Desa X, Kecamatan Y, Kabupaten Z" / "Kota X, Sulawesi Utara": a place after a smaller one. */
const LEVEL: Record<string, number> = { desa: 1, kelurahan: 1, kota: 2, kabupaten: 2, provinsi: 3 };
function appositive(tokens: Tokens, i: number, kind: string, prev: AwardeeMention | undefined): boolean {
  // "Desa Sukamaju Kabupaten Garut": a village named with its regency.
  if (
    prev &&
    prev.to === i &&
    (LEVEL[prev.awardeeType] ?? 0) < (LEVEL[kind] ?? 0) &&
    prev.awardeeType !== "badan_usaha"
  )
    return true;
  if (!tokens.is(i - 1, 44)) return false;
  if (prev && prev.to === i - 1 && (LEVEL[prev.awardeeType] ?? 0) < (LEVEL[kind] ?? 0)) return true;
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const w = tokens.lower(k);
    if (w === "kecamatan" || w === "kec") return true;
    if (!tokens.word(k)) break;
  }
  return false;
}

export function findAwardees(
  tokens: Tokens,
  text: string,
  base: number,
  ctx: AwardeeContext,
  hints: SentenceHints = { rankEnds: new Set(), businessContext: false },
): AwardeeMention[] {
  const out: AwardeeMention[] = [];
  // A slot where an unprefixed name is a winner: after "yakni"/"diraih oleh"/":", or continuing a list.
  let slotOpen = false;
  // Where a run of capitalised words that named no winner ended ("Visi Misi |Pemerintah Provinsi X"):
  // a government glued to it is that run's owner (genitive), not a winner.
  let runEnd = -1;
  let i = 0;
  // Skip a list marker "1." / "2)".
  i = listMarkerEnd(tokens);
  const itemStart = i;
  while (i < tokens.length) {
    if (i === hints.slotFrom) slotOpen = true;
    if (!tokens.word(i)) {
      if (tokens.is(i, 58)) slotOpen = true;
      else if (tokens.is(i, 44) || tokens.is(i, 59)) slotOpen = slotOpen || out.at(-1)?.to === i;
      else if (!tokens.is(i, 40) && !tokens.is(i, 41)) slotOpen = false;
      i++;
      continue;
    }
    if (tokens.paren(i)) {
      i++;
      continue;
    }

    // Businesses with a prefix: "PT X", "BPR X", "Rumah Sakit X", "UKM X".
    const kinds = kindOf(tokens, i);
    const head = kinds & BUSINESS_HEAD ? tokens.text(i) : "";
    const bp = kinds & BUSINESS_HEAD ? BUSINESS_PREFIX.get(head) : undefined;
    if (bp && (head !== "Rumah" || tokens.lower(i + 1) === "sakit")) {
      let j = i + 1 + (head === "Rumah" ? 1 : 0);
      if (tokens.is(j, 46)) j++;
      let end = nameEnd(tokens, j, 8, true, true, bp.type === "lainnya");
      // A regional enterprise's region is part of its name: "Perumda Tirta X Kota Y".
      const region = REGIONAL_ENTERPRISES.has(head) && end > j ? govPrefixAt(tokens, end) : null;
      const regionPlace = region ? placeAt(tokens, region.end, true) : null;
      if (regionPlace) end = regionPlace.end;
      let name = slice(tokens, j, end, text, base);
      let to = end;
      if (end > j) {
        if (tokens.is(end, 39) || tokens.is(end, 0x2019)) to = end + 1;
        to = businessParenthetical(tokens, to);
        // "PT X, Tbk": the listed company's suffix, after a comma.
        if (tokens.is(to, 44) && tokens.lower(to + 1) === "tbk") to += 2;
        name = slice(tokens, j, to, text, base);
        const full = bp.keep ? `${slice(tokens, i, j, text, base).replace(/\.$/, "")} ${name}` : name;
        ctx.businesses.set(head, full);
        // "Suriatama Mahkota PT Suzuya": a brand glued to its legal name is one business.
        const brand = out.at(-1);
        if (brand && brand.to === i && !brand.prefixed && brand.awardeeType === "badan_usaha") {
          brand.awardee = `${brand.awardee} ${full}`;
          brand.to = to;
        } else if (!locationContext(tokens, i))
          out.push({
            awardee: full,
            awardeeType: head === "Bank" && RURAL_BANK_WORDS.has(tokens.lower(j)) ? "bpr" : bp.type,
            from: i,
            to,
            prefixed: true,
            smallBusiness: !!bp.smallBusiness,
          });
        i = to;
        slotOpen = false;
        continue;
      }
      const earlier = ctx.businesses.get(head);
      if (earlier && !locationContext(tokens, i)) {
        out.push({
          awardee: earlier,
          awardeeType: bp.type,
          from: i,
          to: i + 1,
          prefixed: true,
          smallBusiness: !!bp.smallBusiness,
        });
      }
      i = j;
      continue;
    }

    // Governments with a prefix: "Pemkab X", "Pemerintah Kabupaten (Pemkab) X", "Desa X".
    const gp = govPrefixAt(tokens, i);
    if (gp) {
      let j = skipParen(tokens, gp.end);
      // "Kota Administrasi Jakarta Selatan": the register leaves the word out.
      if (tokens.lower(j) === "administrasi") j++;
      // "pemerintah Pemerintah kota Ambon": the prefix written twice.
      const again = govPrefixAt(tokens, j);
      if (again && again.kind === gp.kind) j = skipParen(tokens, again.end);
      let end = j;
      let awardee = "";
      if (gp.kind === "desa" || gp.kind === "kelurahan") {
        end = j < tokens.length && tokens.cap(j) ? j + 1 : j;
        // Village names run on for a word or two, but stop at a regency or city name.
        while (end > j && end < j + 3 && tokens.word(end) && tokens.cap(end) && !tokens.paren(end)) {
          const w = tokens.lower(end);
          // Only a business's stops: "Harapan", "Utama" go on a village's name ("Sinar Harapan").
          if (
            BUSINESS_NAME_STOPS.has(w) ||
            RANK_HEADS.has(w) ||
            kindOf(tokens, end) & GOV_HEAD ||
            DISTRICT_WORDS.has(w) ||
            placeAt(tokens, end)
          )
            break;
          end++;
        }
        if (end > j && NAME_STOP_WORDS.has(tokens.lower(j))) end = j;
        // The region's own word for a village stays: "Gampong X", "Tiyuh (Desa) X".
        const word = VILLAGE_WORDS.has(tokens.lower(i))
          ? titleCase(tokens.lower(i))
          : GOV_NAME_PREFIX[gp.kind];
        if (end > j) awardee = `${word} ${titleCase(slice(tokens, j, end, text, base))}`;
      } else {
        const place = placeAt(tokens, j, true);
        if (place) {
          end = place.end;
          const written = slice(tokens, j, end, text, base);
          awardee = `${GOV_NAME_PREFIX[gp.kind]} ${registerName(place.place, gp.kind) ?? written}`;
        } else {
          end = nameEnd(tokens, j, 3, false);
          if (end > j) {
            const written = slice(tokens, j, end, text, base);
            awardee = `${GOV_NAME_PREFIX[gp.kind]} ${provinceNamed(written) ?? written}`;
          }
        }
      }
      // "Pemkot terpilih sebagai …": the city the article named before.
      if (!awardee && j === gp.end && tokens.cap(i) && STANDALONE_PREFIXES.has(tokens.lower(i))) {
        const earlier = ctx.governments?.get(gp.kind);
        if (earlier) {
          out.push({
            awardee: earlier,
            awardeeType: gp.kind,
            from: i,
            to: j,
            prefixed: true,
            smallBusiness: false,
          });
          i = j;
          slotOpen = false;
          continue;
        }
      }
      if (awardee) {
        ctx.governments ??= new Map();
        ctx.governments.set(gp.kind, awardee);
        const prev = out.at(-1);
        // "Kinasih Abyudaya Kabupaten Blitar": a business's place right after its name.
        const placeOfBusiness = businessBefore(tokens, i, prev);
        if (
          !locationContext(tokens, i) &&
          !appositive(tokens, i, gp.kind, prev) &&
          !placeOfBusiness &&
          !(runEnd === i && !titleCased(tokens)) &&
          // "GOPOS.ID, KOTA GORONTALO – …": the dateline, in capitals.
          !(i < 6 && tokens.text(i) === tokens.text(i).toUpperCase() && dateline(tokens, end))
        )
          out.push({ awardee, awardeeType: gp.kind, from: i, to: end, prefixed: true, smallBusiness: false });
        i = end;
        slotOpen = false;
        continue;
      }
      i = gp.end;
      continue;
    }

    if (kinds & LIST_INTRO) {
      slotOpen = true;
      i++;
      continue;
    }
    const lower = tokens.lower(i);
    if ((lower === "dan" || lower === "serta") && out.at(-1)?.to === i) {
      slotOpen = true;
      i++;
      continue;
    }
    if (!tokens.cap(i)) {
      // "oleh" after a verb keeps the slot; any other lower-case word closes it (asked only of an
      // open slot: most words pass a closed one).
      if (slotOpen && !SEPARATORS.has(lower)) slotOpen = false;
      i++;
      continue;
    }

    // Bare names count only in a winner's slot: after "yakni"/"diraih oleh"/":", right after a
    // place or another winner, or opening a clause right before a win or rank word.
    const prevMention = out.at(-1);
    // Continuing a list: only separators (and a parenthesis) since the previous name.
    let gap = prevMention ? prevMention.to : -1;
    while (gap >= 0 && gap < i && (tokens.paren(gap) || isSeparator(tokens, gap))) gap++;
    const glued = prevMention !== undefined && prevMention.to === i;
    const continues =
      prevMention !== undefined &&
      gap === i &&
      !(glued && (prevMention.awardeeType === "desa" || prevMention.awardeeType === "kelurahan"));
    const clauseStart =
      i === itemStart ||
      (tokens.has(i - 1) &&
        (isSeparator(tokens, i - 1) ||
          tokens.lower(i - 1) === "bahwa" ||
          SPEECH_VERBS.has(tokens.lower(i - 1)))) ||
      // The dash that ends a dateline: "KOTA X, outlet.id – Tubaba meraih …".
      tokens.is(i - 1, 0x2013) ||
      tokens.is(i - 1, 0x2014) ||
      tokens.is(i - 1, 45) ||
      afterClauseAdverbs(tokens, i, itemStart);
    const spanEnd = nameEnd(tokens, i, 8, true);
    let to = spanEnd;
    if (spanEnd > i) {
      if (tokens.is(to, 39) || tokens.is(to, 0x2019)) to++;
      to = businessParenthetical(tokens, to);
    }
    let k = Math.max(to, i + 1);
    while (tokens.paren(k)) k++;
    k = skipFillers(tokens, skipCoordinated(tokens, k));
    const after = tokens.lower(k);
    const afterWord = tokens.word(k);
    const beforeWin =
      afterWord &&
      !(after === "terima" && tokens.lower(k + 1) === "kasih") &&
      (WIN_WORDS.has(after) || RANK_HEADS.has(after));
    const slot = slotOpen || continues || hints.rankEnds.has(i) || (clauseStart && beforeWin);
    const place = placeAt(tokens, i);
    if (place && (place.end >= spanEnd || !(hints.businessContext || beforeWin))) {
      const kind = resolveBareArea(place.kinds, place.province, prevMention, ctx.govKindHint);
      const written = slice(tokens, i, place.end, text, base);
      if (
        kind &&
        slot &&
        !locationContext(tokens, i) &&
        !(i < 5 && dateline(tokens, place.end)) &&
        !businessBefore(tokens, i, prevMention) &&
        !appositive(tokens, i, kind, prevMention)
      ) {
        const awardee = `${GOV_NAME_PREFIX[kind]} ${registerName(place.place, kind) ?? written}`;
        out.push({
          awardee,
          awardeeType: kind,
          from: i,
          to: place.end,
          prefixed: false,
          smallBusiness: false,
        });
      }
      i = place.end;
      continue;
    }
    if (spanEnd > i) {
      const asVillage =
        continues && (prevMention?.awardeeType === "desa" || prevMention?.awardeeType === "kelurahan");
      const strongWin = afterWord && (RANK_HEADS.has(after) || after === "sebagai");
      const business =
        hints.businessContext ||
        strongWin ||
        (continues && !!prevMention && !prevMention.awardeeType.match(/^(?:provinsi|kabupaten|kota)$/));
      if (
        slot &&
        !locationContext(tokens, i) &&
        !roleHolder(tokens, i, to, prevMention) &&
        (asVillage || business)
      ) {
        const written = slice(tokens, i, to, text, base);
        out.push(
          asVillage
            ? {
                awardee: `Desa ${written}`,
                awardeeType: "desa",
                from: i,
                to,
                prefixed: false,
                smallBusiness: false,
              }
            : {
                awardee: written,
                awardeeType: "badan_usaha",
                from: i,
                to,
                prefixed: false,
                smallBusiness: false,
              },
        );
      } else if (to - i >= 2) runEnd = to;
      i = to;
      continue;
    }
    i++;
  }
  return out;
}
