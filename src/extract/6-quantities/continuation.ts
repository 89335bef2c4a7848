// The parts of a tally told in the next sentence: "At least 60 people were detained. In Novosibirsk
// — 9, in Yekaterinburg — 7, in Kazan — 5." A sentence with no act of its own that pairs places with
// numbers continues the tally before it: one record per named part (docs/event-format.md rule 2).
import type { Lang } from '../../model/document.js';
import type { PlaceMention, Sentence } from '../types.js';
import type { Draft } from '../7-assemble/draft.js';
import { partCounts } from './counts.js';
import { placeRoles, type PlaceRole } from '../4-places/place-roles.js';

/** The latest draft of the sentence's paragraph with a count. */
function lastTally(previous: Draft[], sentence: Sentence): Draft | undefined {
  for (let i = previous.length - 1; i >= 0; i--) {
    const d = previous[i];
    if (d.quantity !== null && d.sentence.paragraph === sentence.paragraph && d.sentence.field === sentence.field)
      return d;
  }
  return undefined;
}

/** `roles`: the places' roles (place-roles.ts), when the caller has read them. */
export function continuedParts(
  sentence: Sentence,
  lang: Lang,
  places: PlaceMention[],
  previous: Draft[],
  roles?: PlaceRole[],
): Draft[] {
  if (places.length < 2) return [];
  const tally = lastTally(previous, sentence);
  if (!tally) return [];
  roles ??= placeRoles(sentence.text, places, lang);
  const placed = places.map((m, i) => ({ mention: m, role: roles[i], clause: 0 }));
  const list = places.filter((p) => !p.adjective).map((p) => ({ place: p.place }));
  const parts = partCounts(sentence.text, list, placed, lang);
  if (!parts) return [];
  const out: Draft[] = [];
  list.forEach((loc, i) => {
    const value = parts.values[i];
    if (value === null || value === undefined || value >= (tally.quantity ?? Infinity)) return;
    out.push({
      ...tally,
      sentence,
      at: places[i].start,
      place: loc.place,
      near: false,
      placeSource: 'sentence',
      quantity: value,
      actors: [...tally.actors],
      targets: [...tally.targets],
    });
  });
  return out;
}
