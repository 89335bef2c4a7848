// Stage 4: places. Finds settlements, regions, countries and their adjectives in a sentence, and the regions
// and countries a whole document names (used to choose among same-named places). Lookup lives in src/geo.
import { lookupPlaces, type PlaceScans } from '../../geo/lookup.js';
import type { Lang, PlaceHints, PlaceMention } from '../types.js';
import { withBearings } from './place-distance.js';
import { withInstitutions } from './place-institutions.js';
import { withRegionalBodies } from './regional-bodies.js';
import { withTownAdjectives } from './town-adjectives.js';

export { regionByIso, countryByIso, seatOf } from '../../geo/regions.js';
export { PlaceScans } from '../../geo/lookup.js';

/** Places named in one sentence, non-overlapping, in text order; one told by a bearing or distance
 *  from it ("north-east of Minsk", "100 km from Moscow") stands for what that phrase leaves, and an
 *  institution's name read as a town ("Рада") for the institution's seat. */
export function findPlaces(sentence: string, lang: Lang, hints?: PlaceHints, scans?: PlaceScans): PlaceMention[] {
  const found = withTownAdjectives(
    sentence,
    withRegionalBodies(sentence, lookupPlaces(sentence, lang, hints, scans), lang, hints),
    lang,
    hints,
  );
  return found.length ? withBearings(sentence, withInstitutions(found, lang), lang) : found;
}

// A settlement says less about the document's region than the region named outright.
const WEIGHT = { region: 1, settlement: 0.5, adjective: 0.3 };

function bump(m: Map<string, number>, k: string | null, w: number): void {
  if (k) m.set(k, (m.get(k) ?? 0) + w);
}

/** Most weight first; ties keep the order of first mention (Map order, stable sort). */
function byWeight(m: Map<string, number>): string[] {
  return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/** The regions and countries a document names, most-mentioned first (ties: first mentioned first).
 *  `scans`: the document's, kept for its per-sentence lookups (findPlaces). */
export function documentPlaceHints(texts: string[], lang: Lang, scans?: PlaceScans): PlaceHints {
  const admin1 = new Map<string, number>();
  const countries = new Map<string, number>();
  for (const text of Array.isArray(texts) ? texts : []) {
    for (const m of lookupPlaces(text, lang, undefined, scans)) {
      const w = m.adjective ? WEIGHT.adjective : m.place.kind === 'settlement' ? WEIGHT.settlement : WEIGHT.region;
      if (m.place.kind !== 'country') bump(admin1, m.place.admin1, w);
      bump(countries, m.place.country, m.place.kind === 'country' ? WEIGHT.region : w);
    }
  }
  return { admin1: byWeight(admin1), countries: byWeight(countries) };
}
