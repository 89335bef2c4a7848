// "The Minsk Regional Court", "the Sverdlovsk regional prosecutor": the name before "regional" names
// the region the body serves (a town's name is its centre's), so the body stands for that region, not
// the town (EVENTS.md: an institution is at its seat; "Vitebsk Regional Court" is in its region).
import { lookupPlaces } from '../../geo/lookup.js';
import type { Lang, PlaceHints, PlaceMention } from '../types.js';

const BODY =
  "(?:regional|oblast)\\s+(?:court|administration|prosecutor(?:'s office)?|police|government|department|directorate|branch|office|military court|duma|parliament|council)(?![\\p{L}])";
const REGIONAL_BODY: Partial<Record<Lang, { after: RegExp; named: RegExp }>> = {
  en: {
    after: new RegExp(`^\\s+${BODY}`, 'iu'),
    named: new RegExp(`(?<![\\p{L}])([\\p{Lu}][\\p{L}-]+)\\s+${BODY}`, 'gu'),
  },
};

function regionNamed(name: string, lang: Lang, hints?: PlaceHints): PlaceMention | undefined {
  return lookupPlaces(`the ${name} region`, lang, hints).find((r) => r.place.kind === 'region');
}

/** The mentions with a town before "regional court" and the like turned into its region, and a
 *  region named only that way ("the Sverdlovsk regional court") added. */
export function withRegionalBodies(
  sentence: string,
  mentions: PlaceMention[],
  lang: Lang,
  hints?: PlaceHints,
): PlaceMention[] {
  const rules = REGIONAL_BODY[lang];
  if (!rules || !/regional|oblast/i.test(sentence)) return mentions;
  const out = mentions.map((m) => {
    if (m.place.kind !== 'settlement' || !rules.after.test(sentence.slice(m.end, m.end + 40))) return m;
    const region = regionNamed(m.text, lang, hints);
    return region ? { ...m, place: region.place } : m;
  });
  for (const hit of sentence.matchAll(rules.named)) {
    const start = hit.index;
    const end = start + hit[1].length;
    if (out.some((m) => m.start < end && start < m.end)) continue;
    const region = regionNamed(hit[1], lang, hints);
    if (region) out.push({ ...region, start, end, text: hit[1] });
  }
  return out.sort((a, b) => a.start - b.start);
}
