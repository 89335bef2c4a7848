// Whether a report's sentence names a given town, in any case form and either script: the extractor
// may place "in Murom (Vladimir region), in February" only in the region, yet the sentence still
// says Murom. Compared in Latin letters without y/j/h (Тутаеве → tutaeve ≈ Tutayev), the last letter
// of the town free for Russian case endings (Муроме, Кинешме).
import type { EventRecord } from '../model/event.js';
import { transliterate } from '../actors/courts-ru.js';
import { nameKey } from './keys.js';
import { regionByIso, regions } from '../geo/regions.js';
import { lookupPlaces } from '../geo/lookup.js';
import { offsetPlaces, offsetReferences, placedByOffset } from './offset-place.js';

const CYRILLIC = /[\u0400-\u04FF]/;
const CAPITALISED = /[\p{Lu}][\p{L}-]+/gu;
const MIN_LETTERS = 4;

const loose = (s: string) => nameKey(CYRILLIC.test(s) ? transliterate(s) : s).replace(/[yjh]/g, '');

const wordsCache = new Map<string, string[]>();

/** The capitalised words of a sentence, compared loosely (cached: one sentence meets many candidates). */
function capitalisedWords(evidence: string): string[] {
  const hit = wordsCache.get(evidence);
  if (hit) return hit;
  const words = [...evidence.matchAll(CAPITALISED)].map((m) => loose(m[0]));
  if (wordsCache.size > 10_000) wordsCache.clear();
  wordsCache.set(evidence, words);
  return words;
}

/** True when the sentence names the (one-word) town itself, not only as the reference point of "N km from". */
export function namesTown(evidence: string | undefined, town: string | null): boolean {
  if (!evidence || !town || /\s/.test(town.trim())) return false;
  const key = loose(town);
  if (key.length < MIN_LETTERS) return false;
  const stem = key.slice(0, key.length - 1);
  const named = capitalisedWords(evidence).some((w) => w === key || (w.startsWith(stem) && w.length - key.length <= 2));
  return named && !placedByOffset(evidence, town);
}

/** The loose key of a region's namesake town: "Vladimir Oblast" → vladimir; none for "Republic of …". */
function regionNamesake(admin1: string): string | null {
  const first = regionByIso(admin1)?.name.split(/\s+/)[0];
  return first && /^\p{Lu}/u.test(first) && first !== 'Republic' ? loose(first) : null;
}

/**
 * True when the sentence places the act "N km from X" and X is the town the region is named after
 * (its centre, as a rule): "в 60 км от Владимира" is in the Vladimir region, though it names none.
 */
export function offsetFromRegionCentre(evidence: string | undefined, admin1: string | null): boolean {
  if (!evidence || !admin1) return false;
  const key = regionNamesake(admin1);
  if (!key || key.length < MIN_LETTERS) return false;
  const stem = key.slice(0, key.length - 1);
  return offsetPlaces(evidence).some((k) => {
    const w = k.replace(/[yjh]/g, '');
    return w === key || (w.startsWith(stem) && w.length - key.length <= 2);
  });
}

let namesakes: Map<string, string[]> | undefined;

/** Regions by the stem of the town they are named after (its loose key less the last letter). */
function regionsByNamesake(): Map<string, string[]> {
  if (namesakes) return namesakes;
  const out = new Map<string, string[]>();
  for (const iso of regions().keys()) {
    const key = regionNamesake(iso);
    if (!key || key.length < MIN_LETTERS) continue;
    const stem = key.slice(0, key.length - 1);
    out.set(stem, [...(out.get(stem) ?? []), iso]);
  }
  namesakes = out;
  return out;
}

/**
 * The one region whose namesake town is the reference point of "N km from X" in the sentence (a
 * report that names no region otherwise: "в 90 км от Иванова" → RU-IVA), else null. Russian
 * case endings are allowed for (the reference less one or two letters meets the namesake's stem).
 */
export function regionOfOffset(evidence: string): string | null {
  const found = new Set<string>();
  for (const k of offsetPlaces(evidence)) {
    const w = k.replace(/[yjh]/g, '');
    for (const cut of [0, 1, 2]) {
      const hit = regionsByNamesake().get(w.slice(0, w.length - 1 - cut));
      if (hit) for (const iso of hit) if (offsetFromRegionCentre(evidence, iso)) found.add(iso);
    }
  }
  if (found.size === 0) {
    // Else the gazetteer's town, when it is near enough for its region to hold the act ("в 130 км
    // от Уфы" → Bashkortostan); a federal city's surroundings are its own region.
    for (const ref of offsetReferences(evidence)) {
      if (!(ref.distance <= MAX_OFFSET_KM)) continue;
      const town = lookupPlaces(ref.name, CYRILLIC.test(ref.name) ? 'ru' : 'en').find(
        (p) => p.place.kind === 'settlement' && p.place.admin1,
      );
      const iso = town?.place.admin1;
      if (iso) found.add(SURROUNDING[iso] ?? iso);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** Straight-line km between two points (haversine). */
function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** How far a stated distance may be from the straight line (roads wind; "about 200 km" is round). */
const DISTANCE_SLACK = 0.25;

/**
 * True when the sentence places the act only "N km from X" and the point given lies about N km (or
 * N miles) from X: "200 km from St Petersburg" fits an event in Tikhvin, not one in Luga. A point
 * too close to X (X itself) does not fit.
 */
export function atStatedDistance(evidence: string | undefined, lat?: number | null, lon?: number | null): boolean {
  if (!evidence || lat == null || lon == null) return false;
  for (const ref of offsetReferences(evidence)) {
    const town = lookupPlaces(ref.name, CYRILLIC.test(ref.name) ? 'ru' : 'en').find(
      (p) => p.place.kind === 'settlement',
    );
    if (!town || town.place.lat == null || town.place.lon == null) continue;
    const d = kmBetween(town.place.lat, town.place.lon, lat, lon);
    for (const stated of [ref.distance, ref.distance * 1.609])
      if (stated >= 10 && Math.abs(d - stated) <= stated * DISTANCE_SLACK) return true;
  }
  return false;
}

/** A federal city is surrounded by another region: "N km from Moscow" is in the Moscow region. */
const SURROUNDING: Readonly<Record<string, string>> = { 'RU-MOW': 'RU-MOS', 'RU-SPE': 'RU-LEN', 'UA-30': 'UA-32' };
/** Farther than this (km, or miles in English) from a town, its region says little about where the act was. */
const MAX_OFFSET_KM = 150;

/** The record placed near the centre of the region its "N km from X" names, when it names no region itself. */
export function withOffsetRegion(r: EventRecord): EventRecord {
  if (r.admin1 || (r.place && (r.geo_precision ?? 1) < 2)) return r;
  const admin1 = regionOfOffset(r.evidence);
  if (!admin1 || (r.country && r.country !== admin1.slice(0, 2))) return r;
  return { ...r, country: admin1.slice(0, 2), admin1, geo_precision: 2 };
}
