import { describe, expect, it } from 'vitest';
import type { GeoPlace, PlaceMention } from '../types.js';
import type { PlacedMention } from './attach.js';
import { firstNationalityOnly, sentencePlaces } from './sentence-places.js';

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

describe('sentencePlaces with roles already read', () => {
  const text = 'Police detained two men in Ufa on Monday.';
  const at = text.indexOf('Ufa');
  const ufa = {
    start: at,
    end: at + 3,
    text: 'Ufa',
    place: { ...country('RU'), name: 'Ufa', kind: 'settlement' },
    near: false,
    adjective: false,
    score: 1,
  } as PlaceMention;
  const landmarks = { places: [ufa], actors: [], marks: new Set<PlaceMention>() };
  const roles = (read?: { places: PlaceMention[]; roles: PlacedMention['role'][] }) =>
    sentencePlaces(text, 'en', landmarks, () => 0, read).map((p) => p.role);

  it.each([
    { name: 'read afresh without them', read: undefined, want: ['locative'] },
    { name: 'taken as given for the same list', read: { places: [ufa], roles: ['weak' as const] }, want: ['weak'] },
    {
      name: 'read afresh for another list (a role depends on the places before it)',
      read: { places: [{ ...ufa }], roles: ['weak' as const] },
      want: ['locative'],
    },
  ])('$name', ({ read, want }) => {
    expect(roles(read)).toEqual(want);
  });
});
