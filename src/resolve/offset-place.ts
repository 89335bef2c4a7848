// "Kovrov, about 60 km east of Vladimir": the place named after a distance is a reference point, not
// where it happened. A record placed there is near the place (geo_precision 2), so resolution
// compares it at region level and a report naming the town itself wins the event's place.
import type { EventRecord } from '../model/event.js';
import { transliterate } from '../actors/courts-ru.js';
import { nameKey } from './keys.js';

/** Compared in Latin letters: a Russian report's "Владимира" is the gazetteer's "Vladimir". */
const latinKey = (s: string) => (/[\u0400-\u04FF]/.test(s) ? nameKey(transliterate(s)) : nameKey(s));

// A distance, an optional direction, then "of/from" (English) or "от" (Russian), then the place.
const OFFSET = [
  /\b\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|mi)\b[^.;:]{0,40}?\b(?:of|from)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?([\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)/gu,
  /\d+(?:[.,]\d+)?\s*(?:км|километр\p{L}*)\s[^.;:]{0,40}?(?<!\p{L})от\s+([\p{Lu}][\p{L}-]+)/gu,
];

/** The places a sentence names only as reference points ("N km from X"), as name keys. */
export function offsetPlaces(evidence: string): string[] {
  const out: string[] = [];
  for (const re of OFFSET) for (const m of evidence.matchAll(re)) out.push(latinKey(m[1]));
  return out;
}

/** The reference points of "N km from X" as written, with their distance in the sentence's unit. */
export function offsetReferences(evidence: string): { name: string; distance: number }[] {
  const out: { name: string; distance: number }[] = [];
  for (const re of OFFSET)
    for (const m of evidence.matchAll(re))
      out.push({ name: m[1], distance: Number.parseFloat(m[0].replace(',', '.')) });
  return out;
}

/** True when `place` (or its Russian inflection) is one that the evidence gives only as a reference point. */
export function placedByOffset(evidence: string, place: string | null): boolean {
  if (!place) return false;
  const key = latinKey(place);
  // Russian names inflect after "от" (Владимира): compare the first letters of the stem.
  return offsetPlaces(evidence).some(
    (k) =>
      k === key || (k.length >= 4 && key.length >= 4 && k.slice(0, key.length - 1) === key.slice(0, key.length - 1)),
  );
}

/** The record as resolution reads it: a place given only by a distance from it is "near" (precision 2). */
export function withOffsetPrecision(r: EventRecord): EventRecord {
  if ((r.geo_precision ?? 1) >= 2 || !placedByOffset(r.evidence, r.place)) return r;
  return { ...r, geo_precision: 2 };
}
