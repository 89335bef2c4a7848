// A town named by its relational adjective before an institution it has ("подольского военкомата",
// "курского суда"): the adjective of a town in -ск is the town's name plus an adjective ending, and
// written in lower case the place lookup does not read it. Only before an institution's noun, where
// the adjective can only be the town's ("советского времени" is no Sovetsk). A district told by its
// adjective is its centre (districtCentres).
import type { Lang } from '../../model/document.js';
import type { PlaceHints, PlaceMention } from '../types.js';
import { lookupPlaces } from '../../geo/lookup.js';

const TOWN_ADJECTIVE: Partial<Record<Lang, RegExp>> = {
  ru: /(?<![\p{L}-])(\p{Ll}{2,}ск)(?:ого|ий|ом|ой|ая|ую|ому|им|ие|их)\s+(?=(?:военн\p{L}*\s+комиссариат|военкомат|суд|отдел\p{L}*\s+полиции|администраци|вокзал|аэропорт|аэродром|нефтебаз))/gu,
};

/** "в Хасавюртовском районе": a district (raion) is its administrative centre, at geo_precision 2
 *  (EVENTS.md, Places); the district's adjective is the centre's name with -ск, -овск, -евск or -инск. */
const DISTRICT: Partial<Record<Lang, RegExp>> = {
  ru: /(?<![\p{L}-])(\p{Lu}\p{Ll}+ск)(?:ого|ом|ий|ому|им)\s+район(?:а|е|у|ом)?(?!\p{L})/gu,
};
/** districts named after people or words, not after their centre ("Ленинский район") */
const NOT_A_TOWN =
  /^(?:Ленин|Советск|Октябрьск|Киров|Первомайск|Дзержин|Фрунзен|Калинин|Свердлов|Красноармейск|Пролетарск|Заводск|Железнодорожн|Промышленн|Ворошилов|Куйбышев|Орджоникидзев|Приморск|Центральн|Северн|Южн|Западн|Восточн)/u;

function districtCentres(sentence: string, found: PlaceMention[], lang: Lang, hints?: PlaceHints): PlaceMention[] {
  const re = DISTRICT[lang];
  if (!re?.test(sentence)) return [];
  re.lastIndex = 0;
  const out: PlaceMention[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    // (after a village it only says where the village is: "в селе Эндирей Хасавюртовского района")
    const locatesPrevious = found.some((f) => f.end <= start && /^[\s,]*$/u.test(sentence.slice(f.end, start)));
    if (NOT_A_TOWN.test(m[1]) || locatesPrevious || found.some((f) => f.start < end && start < f.end)) continue;
    const base = m[1].slice(0, -2);
    const names = [m[1], base];
    if (/(?:ов|ев|ин)$/u.test(base)) names.push(base.slice(0, -2));
    for (const name of names) {
      const town = lookupPlaces(`в ${name}`, lang, hints).find((p) => p.place.kind === 'settlement');
      if (!town) continue;
      out.push({ ...town, start, end, text: sentence.slice(start, end), near: true, adjective: false });
      break;
    }
  }
  return out;
}

/** The district's centre named by the adjective ("Хасавюртовского" → Khasavyurt), or undefined. */
function districtCentre(adjective: string, lang: Lang, hints?: PlaceHints): PlaceMention | undefined {
  const base = adjective.slice(0, -2);
  const names = [adjective, base];
  if (/(?:ов|ев|ин)$/u.test(base)) names.push(base.slice(0, -2));
  for (const name of names) {
    const town = lookupPlaces(`в ${name}`, lang, hints).find((p) => p.place.kind === 'settlement');
    if (town) return town;
  }
  return undefined;
}

/** "в селе Аксай Хасавюртовского района": the district after a village says which of the villages
 *  of that name is meant, the one in the district centre's region (there is an Aksay in Rostov too). */
function villagesByDistrict(sentence: string, found: PlaceMention[], lang: Lang, hints?: PlaceHints): PlaceMention[] {
  const re = DISTRICT[lang];
  if (!re?.test(sentence)) return found;
  re.lastIndex = 0;
  let out = found;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index;
    const k = out.findIndex((f) => f.end <= start && /^[\s,]*$/u.test(sentence.slice(f.end, start)));
    if (k < 0 || NOT_A_TOWN.test(m[1]) || out[k].place.kind !== 'settlement') continue;
    const centre = districtCentre(m[1], lang, hints);
    const admin1 = centre?.place.admin1;
    if (!admin1 || admin1 === out[k].place.admin1) continue;
    // (read with the words before it, as the sentence's own lookup read it: "в селе Аксай")
    const f = out[k];
    const context = sentence.slice(Math.max(0, f.start - 16), f.end);
    const village = lookupPlaces(context, lang, { admin1: [admin1], countries: [centre.place.country] }).find(
      (p) => p.place.kind === 'settlement' && p.place.admin1 === admin1 && p.text === f.text,
    );
    if (village) out = out.map((f, j) => (j === k ? { ...f, place: village.place } : f));
  }
  return out;
}

/** The towns such adjectives name, as adjective (weak) mentions, beside the mentions found. */
export function withTownAdjectives(
  sentence: string,
  given: PlaceMention[],
  lang: Lang,
  hints?: PlaceHints,
): PlaceMention[] {
  const found = villagesByDistrict(sentence, given, lang, hints);
  const districts = districtCentres(sentence, found, lang, hints);
  const re = TOWN_ADJECTIVE[lang];
  if (!re?.test(sentence)) return districts.length ? [...found, ...districts].sort((a, b) => a.start - b.start) : found;
  re.lastIndex = 0;
  const out = [...found, ...districts];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const name = m[1][0].toUpperCase() + m[1].slice(1);
    const town = lookupPlaces(`в ${name}`, lang, hints).find((p) => p.place.kind === 'settlement');
    if (town) out.push({ ...town, start, end, text: sentence.slice(start, end), adjective: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
