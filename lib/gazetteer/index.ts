// Name → place lookups over the generated province, regency and city lists plus the
// abbreviations news outlets use. Names compare without case, spaces or punctuation
// ("Tanjung Pinang" = "Tanjungpinang").

import { ShapeFilter } from "../lexicon/shape-filter";
import { AREA_ALIASES, PREFIXED_AREA_ALIASES, PROVINCE_ALIASES, PROVINCE_DISPLAY } from "./aliases";
import { AREAS } from "./areas.generated";

export type Area = { name: string; kind: "kabupaten" | "kota"; province: string };
export type Place = { province: string | null; areas: Area[] };

/** Lower case, only a-z and 0-9 kept (as `.replace(/[^a-z0-9]/g, "")`): a loop, asked per name tried. */
export function nameKey(s: string): string {
  const lower = s.toLowerCase();
  let out = "";
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (i > run) out += lower.slice(run, i);
    run = i + 1;
  }
  return run === 0 ? lower : out + lower.slice(run);
}

const provinceByKey = new Map<string, string>();
const areasByKey = new Map<string, Area[]>();
for (const group of AREAS.split("|")) {
  const colon = group.indexOf(":");
  const official = group.slice(0, colon);
  const display = PROVINCE_DISPLAY[official] ?? official;
  provinceByKey.set(nameKey(official), display);
  provinceByKey.set(nameKey(display), display);
  for (const item of group.slice(colon + 1).split(",")) {
    const city = item.startsWith("*");
    const name = city ? item.slice(1) : item;
    const key = nameKey(name);
    const list = areasByKey.get(key) ?? [];
    list.push({ name, kind: city ? "kota" : "kabupaten", province: display });
    areasByKey.set(key, list);
  }
}
for (const [alias, official] of Object.entries(PROVINCE_ALIASES)) {
  provinceByKey.set(nameKey(alias), PROVINCE_DISPLAY[official] ?? official);
}
for (const [alias, official] of Object.entries(AREA_ALIASES)) {
  const areas = areasByKey.get(nameKey(official));
  if (areas) areasByKey.set(nameKey(alias), [...(areasByKey.get(nameKey(alias)) ?? []), ...areas]);
}
// Spellings outlets use for a whole family of names: "Sumatra" for "Sumatera", the Dutch-era
// "Mongondouw" for "Mongondow".
const SPELLINGS: readonly [string, string][] = [
  ["sumatera", "sumatra"],
  ["mongondow", "mongondouw"],
];
for (const [register, written] of SPELLINGS) {
  for (const [key, province] of [...provinceByKey])
    if (key.includes(register)) provinceByKey.set(key.replace(register, written), province);
  for (const [key, areas] of [...areasByKey])
    if (key.includes(register)) areasByKey.set(key.replace(register, written), areas);
}

/** Longest place name, in words, the lookups know. */
export const MAX_PLACE_WORDS = 4;

/** The province a name or abbreviation denotes ("Jateng" → "Jawa Tengah"), or null. */
export function provinceNamed(words: string): string | null {
  return provinceByKey.get(nameKey(words)) ?? null;
}

// Both lookups under one key, for the extractor's word-by-word search: one Map probe per key tried.
const NO_AREAS: Area[] = [];
const placeByKey = new Map<string, Place>();
for (const [key, areas] of areasByKey)
  placeByKey.set(key, { province: provinceByKey.get(key) ?? null, areas });
for (const [key, province] of provinceByKey)
  if (!placeByKey.has(key)) placeByKey.set(key, { province, areas: NO_AREAS });

// Right after a government prefix, short forms that are common words elsewhere count too.
const placeAfterPrefixByKey = new Map(placeByKey);
for (const [alias, official] of Object.entries(PREFIXED_AREA_ALIASES)) {
  const areas = areasByKey.get(nameKey(official));
  if (areas) placeAfterPrefixByKey.set(nameKey(alias), { province: null, areas });
}

/** A place by a name already keyed (a key of several words is their keys joined), or undefined;
 * `afterPrefix`: the name follows "Pemkab", "Kota" and the like. */
export const placeByNameKey = (key: string, afterPrefix = false): Place | undefined =>
  (afterPrefix ? placeAfterPrefixByKey : placeByKey).get(key);

// Most capitalised words are no place: their shape rules them out before any lookup.
const PLACE_SHAPES = new ShapeFilter(placeAfterPrefixByKey.keys());

/** False when no place key has this length, first two units and last unit (see ShapeFilter). */
export const mayBePlaceKey = (length: number, first: number, second: number, last: number): boolean =>
  PLACE_SHAPES.mayHold(length, first, second, last);

/** The register name of a place read as this kind: "Kulonprogo" as a kabupaten → "Kulon Progo",
 * "Jatim" as a provinsi → "Jawa Timur"; null when the place has no such kind. */
export function registerName(place: Place, kind: string): string | null {
  if (kind === "provinsi") return place.province;
  return place.areas.find((a) => a.kind === kind)?.name ?? null;
}

/** Regencies and cities with this name (both for names like "Bandung"). */
export function areasNamed(words: string): Area[] {
  return areasByKey.get(nameKey(words)) ?? [];
}
