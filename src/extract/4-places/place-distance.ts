// "north-east of Minsk", "20 km from Kazan", "в 100 км к северу от Москвы": a place told by its
// bearing or distance from a named one (EVENTS.md, Conventions: places). Within the named place's
// region it is that place at geo_precision 2; a distance that leaves the region gives only what the
// text states — a city that is a region of its own (Moscow, Kyiv, Minsk) gives its country, another
// place its region.
import type { Lang } from '../../model/document.js';
import type { GeoPlace, PlaceMention } from '../types.js';
import { countryByIso, isCityRegion, regionByIso } from '../../geo/regions.js';

const KM = String.raw`(\d[\d\s,.]*)\s*(?:km|kilometres|kilometers|kilometre|kilometer|miles|mi|км|километр\p{L}*|кілометр\p{L}*)`;
const EN_BEARING = '(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?';
const RU_BEARING = String.raw`(?:север\p{L}*|юг\p{L}*|восток\p{L}*|запад\p{L}*|северо-\p{L}+|юго-\p{L}+|північ\p{L}*|південь|південн\p{L}*|схід|сход\p{L}*|захід|заход\p{L}*|північно-\p{L}+|південно-\p{L}+)`;

/** The phrase right before a place name, ending at the name (fillers "the", "city of" allowed). */
const BEFORE: Record<Lang, RegExp> = {
  en: new RegExp(
    String.raw`(?:(?:some|about|around|roughly|nearly|almost|over|more than|less than)\s+)?(?:${KM}\s+)?(?:(?:to the\s+)?${EN_BEARING}\s+of|from|outside|away from)\s+(?:the\s+)?(?:(?:city|town|village|regional capital|capital)\s+of\s+)?$`,
    'iu',
  ),
  ru: new RegExp(
    String.raw`(?:(?:в|за)\s+)?(?:(?:около|примерно|почти|более|менее)\s+)?(?:${KM}\s+)?(?:(?:к|на)\s+${RU_BEARING}\s+)?(?:от|від)\s+(?:города\s+|г\.\s*)?$|(?:${KM}\s+)?(?:севернее|южнее|восточнее|западнее)\s+$`,
    'iu',
  ),
  uk: new RegExp(String.raw`(?:(?:в|за|у)\s+)?(?:${KM}\s+)?(?:на\s+${RU_BEARING}\s+)?(?:від)\s+(?:міста\s+)?$`, 'iu'),
};

const GATE = /(?:of|from|outside|от|від|нее)\s/iu;

/** Beyond this many kilometres a bearing leaves a city that is a region of its own. */
const CITY_REGION_KM = 25;
/** Beyond this many, it leaves most other regions' centres' surroundings too: the region only. */
const NEAR_KM = 50;

function kilometres(raw: string | undefined, phrase: string): number | null {
  if (!raw) return null;
  const n = Number(raw.replace(/[\s,]/g, '').replace(/\.$/, ''));
  if (!Number.isFinite(n)) return null;
  return /\bmi(?:les)?\b/i.test(phrase) ? n * 1.609 : n;
}

/** The place a bearing or distance from `place` stands for, or null when none is told. */
export function placeByBearing(
  sentence: string,
  m: PlaceMention,
  lang: Lang,
): { place: GeoPlace; near: boolean } | null {
  if (m.adjective || m.place.kind === 'country') return null;
  const before = sentence.slice(Math.max(0, m.start - 70), m.start);
  // every bearing phrase ends in one of these words: most mentions are skipped here
  if (!GATE.test(before.slice(-48))) return null;
  const hit = BEFORE[lang].exec(before);
  if (!hit) return null;
  const phrase = hit[0];
  // a bare "from" or "от" is an origin or a route, not a bearing: only with a distance or a bearing word
  const km = kilometres(hit[1] ?? hit[2] ?? hit[3], phrase);
  const bearing =
    new RegExp(EN_BEARING, 'iu').test(phrase) ||
    new RegExp(RU_BEARING, 'iu').test(phrase) ||
    /(?:outside|севернее|южнее|восточнее|западнее)/iu.test(phrase);
  if (km === null && !bearing) return null;
  const p = m.place;
  if (km === null || km <= CITY_REGION_KM) return { place: p, near: true };
  const region = p.admin1 ? regionByIso(p.admin1) : undefined;
  // Only a city that is a region of its own: Krasnodar's krai shares its name, yet reaches 200 km out.
  const cityRegion = p.kind === 'settlement' && !!p.admin1 && isCityRegion(p.admin1) && region?.name === p.name;
  if (cityRegion || p.kind === 'region') {
    const country = countryByIso(p.country);
    return country ? { place: country, near: false } : null;
  }
  if (km <= NEAR_KM) return { place: p, near: true };
  return region ? { place: region, near: false } : { place: p, near: true };
}

/** The sentence's mentions with bearings and distances read (see placeByBearing). */
export function withBearings(sentence: string, mentions: PlaceMention[], lang: Lang): PlaceMention[] {
  let out: PlaceMention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const b = placeByBearing(sentence, mentions[i], lang);
    if (!b) continue;
    out ??= mentions.slice();
    out[i] = { ...mentions[i], place: b.place, near: b.near, bearing: true };
  }
  return out ?? mentions;
}
