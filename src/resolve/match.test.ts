import { describe, expect, it } from 'vitest';
import { sameIncident, type Incident } from './match.js';

const base: Incident = {
  type: 'protest',
  date: '2024-03-02',
  date_end: null,
  country: 'RU',
  admin1: 'RU-MOW',
  place: 'Moscow',
  actors: [],
  aggregate: false,
};
const v = (over: Partial<Incident>): Incident => ({ ...base, ...over });

describe('sameIncident (ACLED: same type, settlement, day, compatible actors)', () => {
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
    ['one report names no town', { place: null }, false],
    ['one report is only near the town', { geo_precision: 2 }, false],
    ['tally vs single incident', { aggregate: true, quantity: 40 }, false],
    ['a report flagged aggregate without a count is one incident told vaguely', { aggregate: true }, true],
    ['actors named on one side only', { actors: ['Vesna'] }, true],
  ])('%s → %s', (_, over, expected) => {
    expect(sameIncident(base, v(over))).toBe(expected);
    expect(sameIncident(v(over), base)).toBe(expected);
  });

  it('actors must share a name when both sides name some, in any spelling or language', () => {
    expect(sameIncident(v({ actors: ['Vesna', 'OVD-Info'] }), v({ actors: ['ovd info'] }))).toBe(true);
    expect(sameIncident(v({ actors: ['Gomel regional court'] }), v({ actors: ['Gomelsky Regional Court'] }))).toBe(
      true,
    );
    expect(sameIncident(v({ actors: ['Vesna'] }), v({ actors: ['Russian Volunteer Corps'] }))).toBe(false);
  });
});
