// The sentence's places that can be where its acts happened, each with its role and clause.
import type { Lang } from '../../model/document.js';
import type { PlacedMention } from './attach.js';
import type { withLandmarks } from '../4-places/landmarks.js';
import { placeRoles, type PlaceRole } from '../4-places/place-roles.js';
import type { PlaceMention } from '../types.js';
import { parseNumberWords } from '../../nlp/numbers.js';
import { NAMED_NON_STATE } from './kinds.js';

/** A city district ("Kirovsky district", "Кировского района") is not the town of that name, nor is
 *  a railway company named after a place ("Октябрьской железной дороги"). */
const DISTRICT_AFTER =
  /^[\s-]*(?:district|raion|rayon|microdistrict|railway company|район\p{L}*|микрорайон\p{L}*|округ\p{L}*|железн\p{L}* дорог\p{L}*)/iu;

/** Places less number words, names inside a group's name and districts, with roles; a body named as
 *  where the act was (landmarks.ts) is a locative place. `read`: roles already read for a list of the
 *  sentence's places, taken as they are when that list is the one kept here. */
export function sentencePlaces(
  text: string,
  lang: Lang,
  landmarks: ReturnType<typeof withLandmarks>,
  clauseOf: (offset: number) => number,
  read?: { places: PlaceMention[]; roles: PlaceRole[] },
): PlacedMention[] {
  const places = landmarks.places.filter(
    (p) =>
      !isNumberWord(p.text, lang) &&
      !landmarks.actors.some((a) => NAMED_NON_STATE.has(a.kind) && p.start < a.end && a.start < p.end) &&
      !DISTRICT_AFTER.test(text.slice(p.end, p.end + 16)),
  );
  const roles = (read && sameList(places, read.places) ? read.roles : placeRoles(text, places, lang)).map((r, i) =>
    landmarks.marks.has(places[i]) ? 'locative' : r,
  );
  return firstNationalityOnly(places.map((m, i) => ({ mention: m, role: roles[i], clause: clauseOf(m.start) })));
}

/** The same mentions in the same order (a place's role depends on the places before it). */
function sameList(a: PlaceMention[], b: PlaceMention[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/** Nationalities of several countries ("a Russian court … a Russian-American … a Ukrainian charity")
 *  describe people and things, not places of the sentence's acts: the first one stands. */
export function firstNationalityOnly(placed: PlacedMention[]): PlacedMention[] {
  const nationalities = placed.filter(isCountryAdjective);
  if (!nationalities.some((p) => p.mention.place.country !== nationalities[0].mention.place.country)) return placed;
  return placed.filter(
    (p) => !isCountryAdjective(p) || p.mention.place.country === nationalities[0].mention.place.country,
  );
}

const isCountryAdjective = (p: PlacedMention) =>
  p.role === 'weak' && p.mention.adjective && p.mention.place.kind === 'country';

/** «Семь» is seven before it is Semey: number words are never places. (Memoised: few distinct names.) */
const numberWords = new Map<Lang, Map<string, boolean>>();
function isNumberWord(text: string, lang: Lang): boolean {
  let known = numberWords.get(lang);
  if (!known) numberWords.set(lang, (known = new Map()));
  let v = known.get(text);
  if (v === undefined) {
    v = parseNumberWords(text, lang) !== null;
    if (known.size > 5000) known.clear();
    known.set(text, v);
  }
  return v;
}
