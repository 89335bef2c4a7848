// A town named by its relational adjective before an institution it has ("подольского военкомата",
// "курского суда"): the adjective of a town in -ск is the town's name plus an adjective ending, and
// written in lower case the place lookup does not read it. Only before an institution's noun, where
// the adjective can only be the town's ("советского времени" is no Sovetsk).
import type { Lang } from '../model/document.js';
import type { PlaceHints, PlaceMention } from './types.js';
import { lookupPlaces } from '../geo/lookup.js';

const TOWN_ADJECTIVE: Partial<Record<Lang, RegExp>> = {
  ru: /(?<![\p{L}-])(\p{Ll}{2,}ск)(?:ого|ий|ом|ой|ая|ую|ому|им|ие|их)\s+(?=(?:военн\p{L}*\s+комиссариат|военкомат|суд|отдел\p{L}*\s+полиции|администраци|вокзал|аэропорт|аэродром|нефтебаз))/gu,
};

/** The towns such adjectives name, as adjective (weak) mentions, beside the mentions found. */
export function withTownAdjectives(
  sentence: string,
  found: PlaceMention[],
  lang: Lang,
  hints?: PlaceHints,
): PlaceMention[] {
  const re = TOWN_ADJECTIVE[lang];
  if (!re?.test(sentence)) return found;
  re.lastIndex = 0;
  const out = found.slice();
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
