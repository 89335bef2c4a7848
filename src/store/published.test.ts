// The published read path returns verified events only, whatever the query asks for, through every
// one of its methods; and its row mapper refuses any other row. Alike on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import type { EventRow } from './event-row.js';
import type { PublishedEventDetail, PublishedEventSummary, Store } from './index.js';
import { toPublishedSummary } from './repos/published.js';
import { seedSmallCorpus, TEST_DIALECTS, type TestStore } from './test-support.js';
import { reviewFor } from '../review/index.js';

const STATUS_FILTERS: Partial<EventQuery>[] = [
  {},
  { status: ['unreviewed'] },
  { status: ['rejected'] },
  { status: ['merged'] },
  { status: ['unreviewed', 'verified', 'rejected', 'merged'] },
  { text: 'moscow' },
  { text: 'relay cabinet' },
  { unplaced: 'only' },
  { undated: 'only' },
];

describe.each(TEST_DIALECTS)('the published read path on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  let ids: Record<string, number>;
  let all: number[];
  let verified: number[];

  beforeAll(async () => {
    t = await open();
    s = t.store;
    ids = await seedSmallCorpus(s);
    // one of each: verified (two), rejected, merged, and unreviewed left as they are
    await reviewFor(s).verify(ids['arrest:Minsk'], { userId: null });
    await reviewFor(s).verify(ids['sabotage:RU'], { userId: null });
    await reviewFor(s).reject(ids['statement:RU-SA'], { userId: null });
    await reviewFor(s).merge(ids['protest:Moscow'], [ids['arrest:Moscow']], { userId: null });
    all = (await s.events.list({ status: ['unreviewed', 'verified', 'rejected', 'merged'] } as EventQuery)).items.map(
      (e) => e.id,
    );
    verified = [ids['arrest:Minsk'], ids['sabotage:RU']].sort((a, b) => a - b);
  });
  afterAll(async () => t?.dispose());

  it('holds every status (so the checks below can fail)', async () => {
    const byStatus = (await s.events.counts({ status: ['unreviewed', 'verified', 'rejected', 'merged'] } as EventQuery))
      .by_status;
    expect(byStatus).toEqual({ unreviewed: 1, verified: 2, rejected: 1, merged: 1 });
  });

  it.each(STATUS_FILTERS)(
    'list, pages, points, GeoJSON, counts and series show verified events only (%o)',
    async (filter) => {
      const q = filter as EventQuery;
      const listed = (await s.published.list(q)).items;
      for (const e of listed) expect(verified).toContain(e.id);
      for (const e of listed) expect(e).toMatchObject({ status: 'verified', notes: null });
      for await (const page of s.published.pages(q)) for (const e of page) expect(verified).toContain(e.id);
      for (const f of (await s.published.points(q)).features) expect(verified).toContain(f.id);
      for (const f of (await s.published.geojson(q)).features) expect(verified).toContain(f.id);
      for (const scan of [false, true]) {
        const counts = await s.published.counts(q, { scan });
        expect(Object.keys(counts.by_status).filter((k) => k !== 'verified')).toEqual([]);
        expect(counts.total).toBeLessThanOrEqual(2);
        for (const bucket of ['day', 'week', 'month'] as const) {
          const ts = await s.published.timeSeries(q, bucket, { scan });
          expect(ts.series.reduce((n, b) => n + b.count, 0) + ts.undated + ts.imprecise).toBe(counts.total);
        }
      }
    },
  );

  it('finds both verified events with no filter', async () => {
    expect((await s.published.list({} as EventQuery)).items.map((e) => e.id).sort((a, b) => a - b)).toEqual(verified);
  });

  it('gives detail and sources of verified events only', async () => {
    for (const id of all) {
      const detail = await s.published.get(id);
      if (verified.includes(id)) expect(detail).toMatchObject({ id, status: 'verified', mentions: [], history: [] });
      else expect(detail).toBeUndefined();
    }
    const sources = await s.published.sourcesFor(all);
    for (const id of all) expect((sources.get(id) ?? []).length > 0).toBe(verified.includes(id));
  });

  it('types say so too: a published event is verified and has no notes, evidence or history', () => {
    expectTypeOf<PublishedEventSummary['status']>().toEqualTypeOf<'verified'>();
    expectTypeOf<PublishedEventSummary['notes']>().toEqualTypeOf<null>();
    expectTypeOf<PublishedEventDetail['mentions']>().toEqualTypeOf<never[]>();
    expectTypeOf<PublishedEventDetail['history']>().toEqualTypeOf<never[]>();
    expectTypeOf<
      Awaited<ReturnType<Store['published']['list']>>['items'][number]
    >().toEqualTypeOf<PublishedEventSummary>();
  });

  it('refuses to map a row that is not verified', () => {
    const row = { id: 1, status: 'unreviewed', actors: '[]', targets: '[]' } as unknown as EventRow;
    expect(() => toPublishedSummary(row)).toThrow(/unreviewed/);
    expect(
      toPublishedSummary({
        ...row,
        status: 'verified',
        lat: 55.751,
        lon: 37.618,
        public_lat: 55.75,
        public_lon: 37.62,
        notes: 'quoted',
      } as EventRow),
    ).toMatchObject({ status: 'verified', lat: 55.75, lon: 37.62, notes: null });
  });
});
