// What one sentence passes on to the next: the place, day and actors later sentences inherit when
// they leave them unsaid.
import type { Lang } from '../../model/document.js';
import type { DateMention, GeoPlace, PlaceMention, Sentence } from '../types.js';
import type { Draft } from './draft.js';
import type { PlacedMention } from './attach.js';
import { placeRoles, type PlaceRole } from '../4-places/place-roles.js';
import { finestPlaces, isLocative, toLoc, type Loc } from './loc.js';

/** What earlier sentences established, for later ones to inherit. */
export interface Carry {
  /** the field and paragraph (number within its field) it was established in */
  field: Sentence['field'];
  paragraphIndex: number;
  places: { place: GeoPlace; near: boolean }[];
  date: DateMention | null;
  actors: string[];
}

/** Was the carry established in the sentence's paragraph? */
export function inParagraph(carry: Carry, sentence: Sentence): boolean {
  return carry.field === sentence.field && carry.paragraphIndex === sentence.paragraph;
}

/** The carry as the sentence may use it: wholly within its paragraph; only for the day in the next one. */
export function inheritedCarry(
  carry: Carry | null,
  sentence: Sentence,
): { sameParagraph: Carry | null; nextParagraph: Carry | null } {
  const sameParagraph = carry && inParagraph(carry, sentence) ? carry : null;
  // The next paragraph of the same story may go on with the same day ("In Moscow, …").
  const nextParagraph =
    carry && !sameParagraph && carry.field === sentence.field && sentence.paragraph === carry.paragraphIndex + 1
      ? carry
      : null;
  return { sameParagraph, nextParagraph };
}

/** What a sentence that coded acts passes on. */
export function carryAfterActs(input: {
  sentence: Sentence;
  kept: Draft[];
  /** the places the sentence itself gave its last located act */
  resolvedPlaces: Loc[];
  ownPlaces: PlacedMention[];
  /** the last day the sentence told of its own */
  usedDate: DateMention | null;
  sameParagraph: Carry | null;
  nextParagraph: Carry | null;
  actorNames: string[];
}): Carry {
  const { sentence, kept, resolvedPlaces, ownPlaces, usedDate, sameParagraph, nextParagraph } = input;
  return {
    field: sentence.field,
    paragraphIndex: sentence.paragraph,
    // the paragraph's place stays in force, like its day, while its sentences name no other
    places:
      kept.length === 0
        ? []
        : resolvedPlaces.length
          ? resolvedPlaces
          : ownPlaces.some(isLocative)
            ? ownPlaces.filter(isLocative).map(toLoc)
            : (sameParagraph?.places ?? []),
    // the story's last single day stays in force until another day is told
    date:
      usedDate?.precision === 'day' && !usedDate.date_end
        ? usedDate
        : kept.length && sameParagraph?.date
          ? sameParagraph.date
          : kept.length && nextParagraph?.date && kept.some((d) => d.date === nextParagraph.date!.date)
            ? nextParagraph.date
            : null,
    actors: input.actorNames,
  };
}

/** What a sentence without acts passes on: its single day and its locative places, if it has a day.
 *  `roles`: the places' roles (place-roles.ts), when the caller has read them. */
export function sceneCarry(
  sentence: Sentence,
  lang: Lang,
  places: PlaceMention[],
  dates: DateMention[],
  carry: Carry | null,
  roles?: PlaceRole[],
): Carry | null {
  const day = dates.find((d) => d.precision === 'day' && !d.date_end && d.date);
  if (!day) return carry;
  roles ??= placeRoles(sentence.text, places, lang);
  const locs = places.filter((_, i) => roles[i] === 'locative').map((m) => ({ place: m.place, near: m.near }));
  return {
    field: sentence.field,
    paragraphIndex: sentence.paragraph,
    places: finestPlaces(locs),
    date: day,
    actors: carry && inParagraph(carry, sentence) ? carry.actors : [],
  };
}
