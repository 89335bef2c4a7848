// A place an act is coded at, and the tests on placed mentions that several steps share.
import type { GeoPlace } from '../types.js';
import type { PlacedMention } from './attach.js';

export type Loc = { place: GeoPlace; near: boolean };

export const toLoc = (p: PlacedMention): Loc => ({ place: p.mention.place, near: p.mention.near });

// Tests handed to filter and some, kept out of the functions that use them (no closure per call).
export const isOwnPlace = (p: PlacedMention) => p.role === 'locative' || p.role === 'bare';
export const isLocative = (p: PlacedMention) => p.role === 'locative';

/** Drop regions and countries that a more precise place in the same list already lies in. */
export function finestPlaces(list: Loc[]): Loc[] {
  if (list.length < 2) return list.slice();
  const out = list.filter((p) => {
    if (p.place.kind === 'settlement') return true;
    return !list.some(
      (q) =>
        q !== p &&
        ((p.place.kind === 'region' && q.place.kind === 'settlement' && q.place.admin1 === p.place.admin1) ||
          (p.place.kind === 'country' && q.place.kind !== 'country' && q.place.country === p.place.country)),
    );
  });
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = `${p.place.kind}:${p.place.country}:${p.place.admin1}:${p.place.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
