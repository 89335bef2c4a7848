// The tallies must agree with counting the events themselves after every kind of write: ingest,
// review (verify, reject, edit, merge, split, bulk) — on both dialects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import type { Store } from './index.js';
import { refillTallies, tallyServes } from './tallies.js';
import { doc, record, seedSmallCorpus, TEST_DIALECTS, type TestStore } from './test-support.js';
import { reviewFor } from '../review/index.js';

const QUERIES: [string, Partial<EventQuery>][] = [
  ['everything', {}],
  ['one type', { type: ['protest'] }],
  ['two types', { type: ['arrest', 'statement'] }],
  ['a country', { country: ['BY'] }],
  ['a region and a type', { admin1: ['RU-MOW'], type: ['protest'] }],
  ['merged only', { status: ['merged'] }],
  ['two statuses', { status: ['verified', 'rejected'] }],
];

// Series the day tally answers: dates (a range overlapping month-dated and day-dated events, from
// only, to only, undated included or alone) with type and status.
const SERIES_QUERIES: [string, Partial<EventQuery>][] = [
  ['everything', {}],
  ['from a day', { from: '2024-03-03' }],
  ['up to a month', { to: '2024-04' }],
  ['a range inside a month-dated span', { from: '2024-04-10', to: '2024-04-20' }],
  ['a range and a type', { from: '2024-03-01', to: '2024-03-31', type: ['arrest'] }],
  ['a year, undated too', { from: '2024', to: '2024', undated: 'include' }],
  ['undated only', { undated: 'only' }],
  ['dated only, two statuses', { undated: 'exclude', status: ['verified', 'unreviewed'] }],
];

describe.each(TEST_DIALECTS)('event tallies on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;

  const expectAgreement = async () => {
    for (const [, q] of QUERIES) {
      for (const [pub, reader] of [
        [false, s.events],
        [true, s.published],
      ] as const) {
        const query = q as EventQuery;
        expect(await reader.counts(query), JSON.stringify({ q, pub })).toEqual(
          await reader.counts(query, { scan: true }),
        );
        if (tallyServes(query, 'month')) {
          expect(await reader.timeSeries(query, 'month'), JSON.stringify({ q, pub })).toEqual(
            await reader.timeSeries(query, 'month', { scan: true }),
          );
        }
      }
    }
    for (const [, q] of SERIES_QUERIES) {
      for (const [pub, reader] of [
        [false, s.events],
        [true, s.published],
      ] as const) {
        const query = q as EventQuery;
        expect(tallyServes(query, 'day'), JSON.stringify(q)).toBe(true);
        for (const bucket of ['day', 'week', 'month'] as const) {
          expect(await reader.timeSeries(query, bucket), JSON.stringify({ q, pub, bucket })).toEqual(
            await reader.timeSeries(query, bucket, { scan: true }),
          );
        }
      }
    }
  };

  beforeAll(async () => {
    t = await open();
    s = t.store;
  });
  afterAll(async () => t?.dispose());

  it('serve only the filters they are keyed by', () => {
    expect(tallyServes({ type: ['riot'], country: ['RU'], status: ['verified'] } as EventQuery, 'region')).toBe(true);
    expect(tallyServes({ country: ['RU'] } as EventQuery, 'month')).toBe(false);
    expect(tallyServes({ undated: 'include', unplaced: 'include' } as EventQuery, 'month')).toBe(true);
    for (const q of [
      { from: '2024' },
      { text: 'rally' },
      { actor: 'vesna' },
      { place: 'Minsk' },
      { unplaced: 'only' },
      { bbox: '0,0,1,1' },
    ]) {
      expect(tallyServes(q as EventQuery, 'region'), JSON.stringify(q)).toBe(false);
    }
    expect(tallyServes({ from: '2024', to: '2024-06', type: ['riot'], undated: 'include' } as EventQuery, 'day')).toBe(
      true,
    );
    for (const q of [
      { country: ['RU'] },
      { admin1: ['RU-MOW'] },
      { text: 'rally' },
      { actor: 'vesna' },
      { place: 'Minsk' },
      { unplaced: 'only' },
    ]) {
      expect(tallyServes({ ...q, from: '2024' } as EventQuery, 'day'), JSON.stringify(q)).toBe(false);
    }
  });

  it('agree with a count of the events after ingest', async () => {
    const ids = await seedSmallCorpus(s);
    await expectAgreement();
    const c = await s.events.counts({} as EventQuery);
    expect(c).toMatchObject({
      total: 5,
      undated: 1,
      unplaced: 2,
      by_country: { RU: 4, BY: 1 },
      by_admin1: { 'RU-MOW': 2, 'BY-HM': 1, 'RU-SA': 1 },
    });
    expect(ids['protest:Moscow']).toBeGreaterThan(0);
  });

  it('agree after verify, reject, edit, merge, split and bulk', async () => {
    const ids = Object.fromEntries(
      (await s.events.list({ sort: 'date' } as EventQuery)).items.map((e) => [
        `${e.type}:${e.place ?? e.admin1 ?? e.country}`,
        e.id,
      ]),
    );
    const ctx = { userId: null };
    await reviewFor(s).verify(ids['arrest:Minsk'], ctx);
    await reviewFor(s).reject(ids['sabotage:RU'], ctx);
    await reviewFor(s).edit(
      ids['statement:RU-SA'],
      { date: '2024-05-02', country: 'RU', admin1: 'RU-SA', place: 'Yakutsk', lat: 62.03, lon: 129.73 },
      ctx,
    );
    await expectAgreement();
    await reviewFor(s).merge(ids['protest:Moscow'], [ids['arrest:Moscow']], ctx);
    await expectAgreement();
    expect((await s.events.counts({ status: ['merged'] } as EventQuery)).total).toBe(1);
    await reviewFor(s).split(ids['protest:Moscow'], { mergedId: ids['arrest:Moscow'] }, ctx);
    await reviewFor(s).bulk({ country: ['RU'], status: ['unreviewed'] } as EventQuery, 'verify', ctx);
    await expectAgreement();
    expect((await s.published.counts({} as EventQuery)).by_status).toEqual({ verified: 4 });
  });

  it('agree after a new report joins an event, and survive a refill', async () => {
    await s.mentions.addDocument(doc('outlet-f', 'w', 'Another report of the Minsk arrest.'), [
      record({
        type: 'arrest',
        date: '2024-03-05',
        country: 'BY',
        admin1: 'BY-HM',
        place: 'Minsk',
        lat: 53.9,
        lon: 27.5667,
        evidence: 'the Minsk arrest',
      }),
    ]);
    await expectAgreement();
    const before = await s.events.counts({} as EventQuery);
    await refillTallies(s.db);
    expect(await s.events.counts({} as EventQuery)).toEqual(before);
    await expectAgreement();
  });
});
