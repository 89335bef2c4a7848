import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc, record, TEST_DIALECTS, type TestStore } from './test-support.js';
import { mergeCandidates } from './merge-candidates.js';
import { reviewFor } from '../review/index.js';

describe.each(TEST_DIALECTS)('merge candidates (%s)', (_name, open) => {
  let t: TestStore;
  const ids: Record<string, number> = {};
  const add = async (key: string, over: Parameters<typeof record>[0], text: string) => {
    const r = await t.store.mentions.addDocument(doc('wire', key, text), [
      record({ doc: key, evidence: text, ...over }),
    ]);
    ids[key] = r.mentions[0].eventId;
  };
  beforeAll(async () => {
    t = await open();
    await add(
      'ufa-1',
      { date: '2024-07-03', place: 'Ufa', admin1: 'RU-BA', lat: 54.7431, lon: 55.9678 },
      'A picket in Ufa on the third.',
    );
    await add(
      'ufa-2',
      { date: '2024-07-05', place: 'Ufa', admin1: 'RU-BA', lat: 54.735, lon: 55.958 },
      'A rally downtown in Ufa two days on.',
    );
    await add(
      'blag',
      { date: '2024-07-09', place: 'Blagoveshchensk', admin1: 'RU-BA', lat: 55.035, lon: 55.98 },
      'Residents of a town north of Ufa protested.',
    );
    await add(
      'sterlitamak',
      { date: '2024-07-04', place: 'Sterlitamak', admin1: 'RU-BA', lat: 53.63, lon: 55.95 },
      'Sterlitamak residents protested, 120 km away.',
    );
    await add(
      'ufa-late',
      { date: '2024-08-20', place: 'Ufa', admin1: 'RU-BA', lat: 54.74, lon: 55.97 },
      'Another Ufa protest in late August.',
    );
    await add(
      'ufa-arrest',
      { type: 'arrest', date: '2024-07-04', place: 'Ufa', admin1: 'RU-BA', lat: 54.74, lon: 55.96 },
      'Police detained a man in Ufa.',
    );
    await add(
      'kazan',
      { date: '2024-07-04', place: 'Kazan', admin1: 'RU-TA', lat: 55.79, lon: 49.12 },
      'A protest in Kazan the same week.',
    );
    await add(
      'ba-region',
      { date: '2024-07', place: null, admin1: 'RU-BA', lat: null, lon: null, geo_precision: 2 },
      'Protests across Bashkortostan in July.',
    );
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('lists same-type events near in time and place, nearest first, with distance and days', async () => {
    const got = (await mergeCandidates(t.store.db, ids['ufa-1']))!;
    // a day apart weighs as much as 20 km; the region-only event counts as 50 km away
    expect(got.map((c) => c.id)).toEqual([ids['ufa-2'], ids['ba-region'], ids.blag]);
    expect(got[0]).toMatchObject({ type: 'protest', place: 'Ufa', days_apart: 2 });
    expect(got[0].distance_km).toBeGreaterThan(0);
    expect(got[0].distance_km).toBeLessThan(2);
    expect(got[1]).toMatchObject({ distance_km: null, days_apart: 0 });
    expect(got[2]).toMatchObject({ place: 'Blagoveshchensk', days_apart: 6 });
    expect(got[2].distance_km).toBeGreaterThan(25);
  });

  it('leaves out merged events, and answers undefined for an unknown id', async () => {
    await reviewFor(t.store).merge(ids['ufa-1'], [ids['ufa-2']], { userId: null });
    expect((await mergeCandidates(t.store.db, ids['ufa-1']))!.map((c) => c.id)).not.toContain(ids['ufa-2']);
    expect(await mergeCandidates(t.store.db, ids['ufa-2'])).toEqual([]);
    expect(await mergeCandidates(t.store.db, 999_999)).toBeUndefined();
  });
});
