import { describe, expect, it } from 'vitest';
import type { GeoPlace, PlaceMention } from '../types.js';
import type { PlacedMention } from './attach.js';
import { firstNationalityOnly } from './sentence-places.js';

const country = (code: string): GeoPlace => ({
  name: code,
  kind: 'country',
  country: code,
  admin1: null,
  lat: null,
  lon: null,
});
const placed = (code: string, role: PlacedMention['role'], adjective: boolean): PlacedMention => ({
  mention: { start: 0, end: 1, text: code, place: country(code), near: false, adjective, score: 1 } as PlaceMention,
  role,
  clause: 0,
});

describe('firstNationalityOnly', () => {
  const ruAdj = placed('RU', 'weak', true);
  const uaAdj = placed('UA', 'weak', true);
  const uaNamed = placed('UA', 'locative', false);
  const ruAdjAgain = placed('RU', 'weak', true);
  it.each([
    {
      name: 'nationalities of two countries keep the first',
      list: [ruAdj, uaAdj, ruAdjAgain],
      want: [ruAdj, ruAdjAgain],
    },
    { name: 'a country named outright stays', list: [ruAdj, uaNamed, uaAdj], want: [ruAdj, uaNamed] },
    { name: 'one nationality stays', list: [uaAdj, uaNamed], want: [uaAdj, uaNamed] },
  ])('$name', ({ list, want }) => {
    expect(firstNationalityOnly(list)).toEqual(want);
  });
});
