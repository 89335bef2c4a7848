// Where the store looks for the events a mention could join: the places, dates and types searched.
import { describe, expect, it } from 'vitest';
import { candidateSearch, repeatsSentence } from './candidate-search.js';
import type { Incident } from './match.js';

const m = (over: Partial<Incident> = {}): Incident => ({
  type: 'protest',
  date: '2024-03-02',
  date_end: null,
  country: 'RU',
  admin1: 'RU-MOW',
  place: 'Moscow',
  geo_precision: 1,
  actors: [],
  targets: [],
  aggregate: false,
  ...over,
});

describe('candidateSearch', () => {
  it('a settlement and a day: the settlement, coarser reports in its region, country-level events; dated or undated', () => {
    expect(candidateSearch(m())).toEqual({
      places: [{ shape: 'place', key: 'moscow' }, { shape: 'region-coarse', key: 'RU-MOW' }, { shape: 'national' }],
      dates: ['window', 'undated'],
      types: ['protest', 'riot'],
      window: { lo: '2023-03-02', hi: '2024-03-03', from: '2024-03-01' },
    });
  });

  it('a month near a town (not in it): the region, and a window over the whole month', () => {
    const s = candidateSearch(m({ type: 'arson', date: '2024-02', geo_precision: 2 }));
    expect(s?.places).toEqual([{ shape: 'region', key: 'RU-MOW' }, { shape: 'national' }]);
    expect(s?.types).toEqual(['arson']);
    expect(s?.window).toEqual({ lo: '2023-01-31', hi: '2024-03-01', from: '2024-01-31' });
  });

  it('a statement told by who made it is looked for by type alone, whatever its place', () => {
    expect(candidateSearch(m({ type: 'statement', actors: ['Vesna'], date: null }))).toMatchObject({
      places: [{ shape: 'any' }],
      dates: ['any'],
    });
  });

  it('only a country: country-level lookup', () => {
    expect(candidateSearch(m({ admin1: null, place: null, geo_precision: 3 }))?.places).toEqual([{ shape: 'country' }]);
  });

  it('undated, unplaced and told by no one: nothing to look for', () => {
    expect(candidateSearch(m({ date: null, admin1: null, place: null, country: 'RU' }))).toBeNull();
  });
});

describe('repeatsSentence', () => {
  it('a copy repeats the sentence its original gave the event; a template about another town does not', () => {
    const original = ['Unknown people set fire to a military enlistment office in Omsk overnight, police said.'];
    expect(
      repeatsSentence(
        original,
        'Unknown people set fire to a military enlistment office in Omsk overnight, police said.',
      ),
    ).toBe(true);
    expect(
      repeatsSentence(
        original,
        'Unknown people set fire to a military enlistment office in Tver overnight, police reported on Monday.',
      ),
    ).toBe(false);
    expect(repeatsSentence([], 'anything')).toBe(false);
  });
});
