// Facts of the whole page, gathered from its prepared sentences: edition years, round-level cues,
// provinces named, and the counts detection weighs.
import { provinceNamed } from "../gazetteer/index";
import { ATTENDANCE_WORDS } from "../lexicon/signals";
import { type Prepared, scopeCuesOf } from "./prepare";
import type { ScopeCue } from "./scope";
import type { Tokens } from "./tokens";
import { BPJS, CEREMONY, kindOf, NOT_RESULT, OTHER, PROCESS, PROVINCE_WORD, SCOPE } from "./word-kinds";
import { editionYears } from "./years";

export type DocumentFacts = {
  /** Years written with the award's name in result sentences. */
  editions: number[];
  /** The same in sentences about the ceremony's attendance ("mewakili", "dihadiri"), no hope. */
  attendedEditions: number[];
  cues: ScopeCue[];
  /** Provinces named after "provinsi"/"gubernur". */
  provinceMentions: string[];
  ceremony: number;
  processWords: number;
  others: number;
  bpjs: boolean;
};

export function documentFacts(sentences: Prepared[]): DocumentFacts {
  const f: DocumentFacts = {
    editions: [],
    attendedEditions: [],
    cues: [],
    provinceMentions: [],
    ceremony: 0,
    processWords: 0,
    others: 0,
    bpjs: false,
  };
  for (const s of sentences) {
    // A hoped-for or nominated edition is not the one the page reports.
    const named = s.nameAt.length > 0;
    if (named && !(s.kinds & NOT_RESULT)) f.editions.push(...editionYears(s.tokens, s.nameAt));
    else if (named && !hopes(s.tokens)) f.attendedEditions.push(...editionYears(s.tokens, s.nameAt));
    if (named || s.kinds & (SCOPE | PROVINCE_WORD)) f.cues.push(...scopeCuesOf(s));
    if (s.kinds & OTHER)
      for (let i = 0; i < s.tokens.length; i++) if (kindOf(s.tokens, i) & OTHER) f.others++;
    if (s.kinds & BPJS) f.bpjs = true;
    if (s.kinds & PROVINCE_WORD) provincesNamed(s.tokens, f.provinceMentions);
    if (named && s.kinds & (CEREMONY | PROCESS)) {
      for (let i = 0; i < s.tokens.length; i++) {
        const k = kindOf(s.tokens, i);
        if (k & CEREMONY) f.ceremony++;
        if (k & PROCESS) f.processWords++;
      }
    }
  }
  return f;
}

/** Whether the sentence hopes, targets or nominates (its year is not the page's edition). */
function hopes(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.length; i++)
    if (kindOf(tokens, i) & NOT_RESULT && !ATTENDANCE_WORDS.has(tokens.lower(i))) return true;
  return false;
}

function provincesNamed(tokens: Tokens, out: string[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const lower = tokens.lower(i);
    if ((lower === "provinsi" || lower === "gubernur") && tokens.cap(i + 1)) {
      const p =
        provinceNamed(tokens.text(i + 1)) ?? provinceNamed(`${tokens.text(i + 1)} ${tokens.text(i + 2)}`);
      if (p) out.push(p);
    }
  }
}
