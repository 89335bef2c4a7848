// A state body named after a preposition of place ("пикет у Минобороны", "a rally outside the State
// Duma") names where the act happened, its building, not who acted: the body becomes a place at its
// seat (EVENTS.md: an institution without a stated place is at its seat) and stops being an actor.
// Only bodies with one building, in the capital: the FSB or the police stand in every town.
import type { Lang } from '../../model/document.js';
import type { ActorMention, PlaceMention } from '../types.js';
import { actorInfo } from '../5-actors/actor-info.js';
import { seatOf } from '../../geo/index.js';

/** registry names (data/actors.json) of bodies that sit in their capital only */
const SEATED_IN_CAPITAL = new Set([
  'Ministry of Defence of Russia',
  'Kremlin',
  'State Duma',
  'Federation Council',
  'Ministry of Justice of Russia',
  "Prosecutor General's Office of Russia",
  'Verkhovna Rada of Ukraine',
  'Ministry of Defence of Ukraine',
  'Presidential Administration of Belarus',
  'Moscow City Duma',
]);

/** a preposition of place, perhaps with the building's noun, right before the name (not "к", "to":
 *  "обратились к Минобороны" addresses the body) */
const AT: Record<Lang, RegExp> = {
  en: /\b(?:outside|near|in front of|at)\s+(?:the\s+)?(?:(?:building|headquarters|offices?|gates?|walls?)\s+of\s+(?:the\s+)?)?$/i,
  ru: /(?:^|\s)(?:у|возле|около|перед|напротив|рядом с)\s+(?:(?:здани\p{L}*|стен\p{L}*|вход\p{L}* в|подъезд\p{L}*|приёмн\p{L}*|приемн\p{L}*|ворот\p{L}*)\s+)?$/iu,
  uk: /(?:^|\s)(?:біля|перед|під)\s+(?:(?:будівл\p{L}*|стін\p{L}*)\s+)?$/iu,
};

export interface Landmarks {
  places: PlaceMention[];
  actors: ActorMention[];
  marks: Set<PlaceMention>;
}

/** The sentence's places with its landmark bodies added (marked), and its actors without them. */
export function withLandmarks(text: string, places: PlaceMention[], actors: ActorMention[], lang: Lang): Landmarks {
  const marks = new Set<PlaceMention>();
  // a place the sentence names is where the body's local office stands ("в Перми у военкомата")
  if (places.some((p) => !p.adjective)) return { places, actors, marks };
  const kept: ActorMention[] = [];
  for (const a of actors) {
    const info = actorInfo(a.name);
    if (
      !info ||
      !SEATED_IN_CAPITAL.has(a.name) ||
      !AT[lang].test(text.slice(Math.max(0, a.start - 40), a.start)) ||
      places.some((p) => p.start < a.end && a.start < p.end)
    ) {
      kept.push(a);
      continue;
    }
    marks.add({
      start: a.start,
      end: a.end,
      text: a.text,
      place: seatOf(info.country),
      near: false,
      adjective: false,
      score: 1,
    });
  }
  if (marks.size === 0) return { places, actors, marks };
  return { places: [...places, ...marks].sort((x, y) => x.start - y.start), actors: kept, marks };
}
