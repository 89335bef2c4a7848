// Re-joining vague events (rejoin.ts): which vague events fit a precise one, and whether they fit
// only it. Fixtures in our own words, English and Russian.
import { describe, expect, it } from 'vitest';
import type { Incident } from './match.js';
import { fitsOnly, isPrecise, vagueAround, type StoredEvent } from './rejoin.js';

const rally: Incident = {
  type: 'protest',
  date: '2024-05-18',
  date_end: null,
  country: 'RU',
  admin1: 'RU-NIZ',
  place: 'Kstovo',
  geo_precision: 1,
  actors: [],
  targets: [],
  aggregate: false,
  published: '2024-05-19',
};
const ev = (id: number, over: Partial<Incident>, evidence: string | null = null): StoredEvent<number> => ({
  id,
  incident: { ...rally, ...over },
  evidence,
});
const asCandidate = (e: StoredEvent<number>) => ({
  id: e.id,
  incident: e.incident,
  context: { eventEvidence: e.evidence },
});

const precise = ev(1, {}, 'Residents of Kstovo rallied against a landfill on Saturday, 18 May.');
const month = ev(2, { date: '2024-05', aggregate: true }, 'In May, people in Kstovo protested against the landfill.');
const region = ev(
  3,
  { place: null, geo_precision: 2 },
  '18 мая жители Нижегородской области вышли на митинг против свалки.',
);
const otherDay = ev(4, { date: '2024-05-04' }, 'On 4 May residents of Kstovo rallied again.');

describe('isPrecise', () => {
  it.each([
    ['a settlement and a day', precise, true],
    ['a month', month, false],
    ['only the region', region, false],
    ['near the town', ev(5, { geo_precision: 2 }), false],
    ['a tally', ev(6, { aggregate: true, quantity: 5, quantity_unit: 'protests' }), false],
  ])('%s: %s', (_, e, want) => expect(isPrecise(e.incident)).toBe(want));
});

describe('vagueAround', () => {
  it('the month-precise and the region-level reports of the act fit it; a precise event is not vague', () => {
    expect(vagueAround(precise, [month, region, otherDay, precise]).map((x) => x.event.id)).toEqual(
      expect.arrayContaining([2, 3]),
    );
    expect(vagueAround(precise, [otherDay, precise])).toEqual([]);
  });

  it('not a vague report of another month, region or type', () => {
    const june = ev(7, { date: '2024-06', aggregate: true });
    const elsewhere = ev(8, { admin1: 'RU-VLA', place: null, geo_precision: 2 });
    const arrest = ev(9, { type: 'arrest', date: '2024-05', aggregate: true });
    expect(vagueAround(precise, [june, elsewhere, arrest])).toEqual([]);
  });
});

describe('fitsOnly', () => {
  it('a month-precise report with one precise act that month fits only it', () => {
    expect(fitsOnly(month, [precise, region].map(asCandidate), 1)).toBe(true);
  });
  it('one with two precise acts that month (4 and 18 May) fits neither alone', () => {
    const later = { ...month, incident: { ...month.incident, published: '2024-05-31' } };
    expect(fitsOnly(later, [precise, otherDay].map(asCandidate), 1)).toBe(false);
    expect(fitsOnly(later, [precise, otherDay].map(asCandidate), 4)).toBe(false);
  });
  it('unless it came out right after one of them: news is told as it happens', () => {
    // published on 19 May, the day after the rally of the 18th, two weeks after the one of the 4th
    expect(fitsOnly(month, [precise, otherDay].map(asCandidate), 1)).toBe(true);
  });
  it('a region-level report of the day fits the one act of that day', () => {
    expect(fitsOnly(region, [precise, otherDay].map(asCandidate), 1)).toBe(true);
  });
  it('never the event itself', () => {
    expect(fitsOnly(month, [month].map(asCandidate), 2)).toBe(false);
  });
});
