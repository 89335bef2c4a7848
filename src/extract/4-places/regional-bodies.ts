// "The Minsk Regional Court", "the Sverdlovsk regional prosecutor": the name before "regional" names
// the region the body serves (a town's name is its centre's), so the body stands for that region, not
// the town (EVENTS.md: an institution is at its seat; "Vitebsk Regional Court" is in its region).
import { lookupPlaces } from '../../geo/lookup.js';
import type { Lang, PlaceHints, PlaceMention } from '../types.js';

const BODY =
  "(?:regional|oblast)\\s+(?:court|administration|prosecutor(?:'s office)?|police|government|department|directorate|branch|office|military court|duma|parliament|council)(?![\\p{L}])";
/** Russian: "Гомельского областного суда", "Краснодарского краевого суда" (the region's adjective, then the body) */
const BODY_RU =
  '(областн|краев)\\p{L}*\\s+(?:суд|прокуратур|администраци|дум|правительств|управлени|УВД|полици)\\p{L}*';
interface Rules {
  gate: RegExp;
  /** a town's name right before the body (English: "Minsk regional court"); Russian names the region by its adjective, read by `named` */
  after: RegExp | null;
  named: RegExp;
  /** the region's own name, from what `named` caught */
  region: (hit: RegExpMatchArray) => string;
}
const REGIONAL_BODY: Partial<Record<Lang, Rules>> = {
  en: {
    gate: /regional|oblast/i,
    after: new RegExp(`^\\s+${BODY}`, 'iu'),
    named: new RegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{L}-]+)\\s+${BODY}`, 'gu'),
    region: (hit) => `the ${hit[1]} region`,
  },
  ru: {
    gate: /областн|краев/i,
    after: null,
    named: new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+ск)(?:ого|ий|ом|ому|им|ая|ой|ую|ое|ых|ие)\\s+${BODY_RU}`, 'gu'),
    // the adjective's stem with the region's own ending: Гомельск + ая область, Краснодарск + ий край
    region: (hit) => (hit[2].toLowerCase().startsWith('краев') ? `${hit[1]}ий край` : `${hit[1]}ая область`),
  },
};

function regionNamed(name: string, lang: Lang, hints?: PlaceHints): PlaceMention | undefined {
  return lookupPlaces(name, lang, hints).find((r) => r.place.kind === 'region');
}

/** The mentions with a town before "regional court" and the like turned into its region, and a
 *  region named only that way ("the Sverdlovsk regional court") added (in Russian, at its centre). */
export function withRegionalBodies(
  sentence: string,
  mentions: PlaceMention[],
  lang: Lang,
  hints?: PlaceHints,
): PlaceMention[] {
  const rules = REGIONAL_BODY[lang];
  if (!rules?.gate.test(sentence)) return mentions;
  const after = rules.after;
  const out = mentions.map((m) => {
    if (!after || m.place.kind !== 'settlement' || !after.test(sentence.slice(m.end, m.end + 40))) return m;
    const region = regionNamed(`the ${m.text} region`, lang, hints);
    return region ? { ...m, place: region.place } : m;
  });
  for (const hit of sentence.matchAll(rules.named)) {
    const start = hit.index;
    const end = start + hit[1].length;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    const region = regionNamed(rules.region(hit), lang, hints);
    if (!region) continue;
    // Russian reports' coders place a regional court at its seat, the region's centre ("Гомельского
    // областного суда": Gomel), when the adjective is the centre's own
    const centre = after ? undefined : centreNamed(hit[1], region, lang, hints);
    out.push({ ...(centre ?? region), start, end, text: hit[1] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The region's centre, when the adjective's stem names it: Гомельск → Гомель, Гродненск → Гродно, Минск. */
function centreNamed(stem: string, region: PlaceMention, lang: Lang, hints?: PlaceHints): PlaceMention | undefined {
  const names = [stem, stem.slice(0, -2), `${stem.slice(0, -4)}о`];
  for (const name of names) {
    const town = lookupPlaces(name, lang, hints).find(
      (r) =>
        r.place.kind === 'settlement' &&
        r.place.admin1 === region.place.admin1 &&
        Math.abs((r.place.lat ?? 0) - (region.place.lat ?? 0)) < 0.1 &&
        Math.abs((r.place.lon ?? 0) - (region.place.lon ?? 0)) < 0.1,
    );
    if (town) return town;
  }
  return undefined;
}
