// What the whole document says about where and when: the region or country it is mostly about
// (fallback location for events whose sentence names none) and its reference year.
import type { DateMention, GeoPlace, PlaceMention } from '../types.js';
import { regionByIso, countryByIso } from '../../geo/index.js';
import type { PlaceRole } from '../4-places/place-roles.js';

export interface DocContext {
  /** the region the document is mostly about, if one clearly dominates */
  region: GeoPlace | null;
  /** the country the document is mostly about */
  country: GeoPlace | null;
  /** publication year, or the latest year the text names; for telling background from news */
  refYear: number | null;
  /** the dateline's place ("ROSTOV-ON-DON —"), where the report was filed */
  dateline: GeoPlace | null;
  /** the place heading the current section ("Krasnodar."), set while walking the report */
  section: GeoPlace | null;
  /** the headline is about sabotage of infrastructure: its arsons without a target are that sabotage */
  infrastructureStory: boolean;
  /** the story's time so far (frame.ts), set while walking the report: what an undated act inherits */
  frame: DateMention | null;
  /** the same, when stated in the current paragraph: it dates an undated act outright */
  paragraphFrame: DateMention | null;
  /** where the story's last located act took place, when that was one place: an act that names none
   *  and has no place in its paragraph happened there ("The man was detained on the spot.") */
  storyPlace: GeoPlace | null;
}

const DOMINANT_SHARE = 0.6;

function top(counts: Map<string, number>): [string, number, number] | null {
  let best: string | null = null;
  let n = 0;
  let total = 0;
  for (const [k, v] of counts) {
    total += v;
    if (v > n) {
      best = k;
      n = v;
    }
  }
  return best ? [best, n, total] : null;
}

/** A context with only its year: no region, country, dateline or frame yet (later stages add those). */
export function unframedContext(refYear: number | null): DocContext {
  return {
    region: null,
    country: null,
    refYear,
    dateline: null,
    section: null,
    infrastructureStory: false,
    frame: null,
    paragraphFrame: null,
    storyPlace: null,
  };
}

/** `rolesPerSentence`: each place's role (place-roles.ts); a place the text names only as the war's
 *  setting, a destination or an addressee ("the war in Ukraine", "money sent to Ukraine") says
 *  nothing about where the document's acts took place, so it is not counted. */
export function documentContext(
  placesPerSentence: PlaceMention[][],
  published: string | null,
  text: string,
  rolesPerSentence?: PlaceRole[][],
): DocContext {
  const regions = new Map<string, number>();
  const countries = new Map<string, number>();
  for (let i = 0; i < placesPerSentence.length; i++) {
    const places = placesPerSentence[i];
    const roles = rolesPerSentence?.[i];
    for (let k = 0; k < places.length; k++) {
      const p = places[k];
      if (roles?.[k] === 'other') continue;
      countries.set(p.place.country, (countries.get(p.place.country) ?? 0) + (p.adjective ? 0.5 : 1));
      if (!p.adjective && p.place.admin1 && p.place.kind !== 'country')
        regions.set(p.place.admin1, (regions.get(p.place.admin1) ?? 0) + 1);
    }
  }
  const r = top(regions);
  const c = top(countries);
  const region = r && r[1] >= 2 && r[1] / r[2] >= DOMINANT_SHARE ? (regionByIso(r[0]) ?? null) : null;
  const country = region ? (countryByIso(region.country) ?? null) : c ? (countryByIso(c[0]) ?? null) : null;
  let refYear = published ? Number(published.slice(0, 4)) : null;
  if (refYear === null) {
    const years = [...text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => Number(m[0]));
    refYear = years.length ? Math.max(...years) : null;
  }
  return { ...unframedContext(refYear), region, country };
}
