import { describe, expect, it } from 'vitest';
import { pickIncident, sameIncident, type Incident } from './match.js';

const base: Incident = { type: 'protest', date: '2024-03-02', date_end: null, country: 'RU', admin1: 'RU-MOW', place: 'Moscow', actors: [], aggregate: false };
const v = (over: Partial<Incident>): Incident => ({ ...base, ...over });

describe('sameIncident (ACLED: same type, place, day, compatible actors)', () => {
  it.each<[string, Partial<Incident>, boolean]>([
    ['identical', {}, true],
    ['place spelt with other case and hyphen', { place: 'moscow' }, true],
    ['protest vs riot at the same place and day', { type: 'riot' }, true],
    ['protest vs arrest', { type: 'arrest' }, false],
    ['another day', { date: '2024-03-03' }, false],
    ['month-precise date', { date: '2024-03' }, false],
    ['a date range', { date_end: '2024-03-04' }, false],
    ['undated', { date: null }, false],
    ['another town', { place: 'Tver', admin1: 'RU-TVE' }, false],
    ['another country', { country: 'BY', admin1: null, place: 'Minsk' }, false],
    ['one report names no town (strict rule)', { place: null }, false],
    ['tally vs single incident', { aggregate: true }, false],
    ['actors named on one side only', { actors: ['Vesna'] }, true],
  ])('%s → %s', (_, over, expected) => {
    expect(sameIncident(base, v(over))).toBe(expected);
    expect(sameIncident(v(over), base)).toBe(expected);
  });

  it('actors must share a name when both sides name some', () => {
    expect(sameIncident(v({ actors: ['Vesna', 'OVD-Info'] }), v({ actors: ['ovd info'] }))).toBe(true);
    expect(sameIncident(v({ actors: ['Vesna'] }), v({ actors: ['Russian Volunteer Corps'] }))).toBe(false);
  });

  it('region-level events match by region; country-level only for tallies', () => {
    const region = v({ place: null });
    expect(sameIncident(region, v({ place: null }))).toBe(true);
    expect(sameIncident(region, v({ place: null, admin1: 'RU-SPE' }))).toBe(false);
    const national = v({ place: null, admin1: null });
    expect(sameIncident(national, national)).toBe(false);
    expect(sameIncident({ ...national, aggregate: true }, { ...national, aggregate: true })).toBe(true);
  });
});

describe('pickIncident', () => {
  const moscow = base;
  const zelenograd = v({ place: 'Zelenograd' });
  it('takes the strict match first', () => {
    expect(pickIncident(v({}), [zelenograd, moscow])).toBe(1);
  });
  it('joins a region-level report to the only candidate in its region', () => {
    expect(pickIncident(v({ place: null }), [moscow])).toBe(0);
  });
  it('keeps a region-level report apart when two candidates could be meant', () => {
    expect(pickIncident(v({ place: null }), [moscow, zelenograd])).toBe(-1);
  });
  it('returns -1 without candidates', () => {
    expect(pickIncident(base, [])).toBe(-1);
  });
});
