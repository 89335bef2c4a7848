// Repository tests, run alike on SQLite and on the PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { ANALYST_VIEW, eventConditions, lookUpFilter } from './event-filter.js';
import type { Store } from './index.js';
import { doc, record, seedSmallCorpus, TEST_DIALECTS, type TestStore } from './test-support.js';

const q = (over: Partial<EventQuery> = {}): EventQuery => ({ ...over }) as EventQuery;

describe.each(TEST_DIALECTS)('store on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  let ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await open();
    s = t.store;
    ids = await seedSmallCorpus(s);
  });
  afterAll(async () => t?.dispose());

  it('migrations are idempotent', async () => {
    await s.migrate();
    await s.migrate();
  });

  it('stores a document once: same source, id and content is unchanged', async () => {
    const again = await s.mentions.addDocument(
      doc('outlet-a', '1', 'Hundreds rallied on Pushkin Square in Moscow against the war.', {
        url: 'https://a.example/1',
        published: '2024-03-03',
      }),
      [record()],
    );
    expect(again).toMatchObject({ created: false, mentions: [] });
    expect(await s.documents.count()).toBe(6);
    const d = await s.documents.get(again.documentId);
    expect(d).toMatchObject({
      source: 'outlet-a',
      externalId: '1',
      url: 'https://a.example/1',
      published: '2024-03-03',
    });
  });

  it('a failing record rolls its whole document back', async () => {
    const bad = { ...record(), type: 'picnic' } as unknown as ReturnType<typeof record>;
    await expect(
      s.mentions.addDocument(doc('outlet-f', 'bad', 'text'), [record({ doc: 'ok' }), bad]),
    ).rejects.toThrow();
    expect(await s.documents.count()).toBe(6);
  });

  it('merges three outlets into one protest with three sources, and keeps the arrest apart', async () => {
    const protest = await s.events.get(ids['protest:Moscow']);
    expect(protest?.sources.map((x) => x.source).sort()).toEqual(['outlet-a', 'outlet-b', 'outlet-c']);
    expect(protest?.sources_count).toBe(3);
    expect(protest?.quantity).toBe(300);
    expect(protest?.actors).toEqual(['Moscow police']);
    expect(protest?.mentions[0]).toMatchObject({
      evidence_field: 'text',
      evidence_start: 0,
      evidence_end: 34,
      extractor: 'test@1',
    });
    expect(ids['arrest:Moscow']).toBeDefined();
    expect(ids['arrest:Moscow']).not.toBe(ids['protest:Moscow']);
  });

  it.each<[string, Partial<EventQuery>, string[]]>([
    ['type', { type: ['arrest'] }, ['arrest:Minsk', 'arrest:Moscow']],
    ['country', { country: ['BY'] }, ['arrest:Minsk']],
    ['admin1', { admin1: ['RU-SA'] }, ['statement:RU-SA']],
    ['place, any case', { place: 'moscow' }, ['arrest:Moscow', 'protest:Moscow']],
    ['from/to overlap (month-dated event inside)', { from: '2024-04-10', to: '2024-04-20' }, ['statement:RU-SA']],
    ['from/to excludes undated by default', { from: '2024-03-05' }, ['arrest:Minsk', 'statement:RU-SA']],
    [
      'undated=include keeps them',
      { from: '2024-03-05', undated: 'include' },
      ['arrest:Minsk', 'statement:RU-SA', 'sabotage:RU'],
    ],
    ['undated=only', { undated: 'only' }, ['sabotage:RU']],
    ['unplaced=only', { unplaced: 'only' }, ['sabotage:RU', 'statement:RU-SA']],
    ['actor substring, accents and case folded', { actor: 'kgb' }, ['arrest:Minsk']],
    ['bbox', { bbox: '27,53,28,54' }, ['arrest:Minsk']],
    ['text over events (English)', { text: 'blogger' }, ['arrest:Minsk']],
    ['text over documents (Russian, prefix of an inflected word)', { text: 'Пушкинск площад' }, ['protest:Moscow']],
    ['text over documents (English)', { text: 'detained demonstrators' }, ['arrest:Moscow', 'protest:Moscow']],
    ['status', { status: ['verified'] }, []],
  ])('list filters: %s', async (_, filter, expected) => {
    const { items, total } = await s.events.list(q(filter));
    const keys = Object.entries(ids)
      .filter(([, id]) => items.some((e) => e.id === id))
      .map(([k]) => k)
      .sort();
    expect(keys).toEqual(expected.sort());
    expect(total).toBe(expected.length);
  });

  it.each([0, 2000])(
    'the actor filter gives the same events whichever plan it takes (in-list up to %i events)',
    async (max) => {
      const query = q({ actor: 'police' });
      const lookups = await lookUpFilter(s.db, query, max);
      expect(lookups.actors?.inList).toBe(max > 0);
      const rows = await s.db
        .selectFrom('events')
        .select('id')
        .where(eventConditions(s.kind, query, ANALYST_VIEW, lookups))
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.id)).toEqual([ids['protest:Moscow'], ids['arrest:Moscow']].sort((a, b) => a - b));
      const none = await lookUpFilter(s.db, q({ actor: 'nobody at all' }));
      expect(
        await s.db
          .selectFrom('events')
          .select('id')
          .where(eventConditions(s.kind, q({ actor: 'nobody at all' }), ANALYST_VIEW, none))
          .execute(),
      ).toEqual([]);
    },
  );

  it('sorts by date, undated last in descending order, and pages', async () => {
    const { items } = await s.events.list(q({ sort: '-date' }));
    expect(items.map((e) => e.date)).toEqual(['2024-04', '2024-03-05', '2024-03-02', '2024-03-02', null]);
    const page = await s.events.list(q({ sort: '-date', limit: 2, offset: 1 }));
    expect(page.items.map((e) => e.date)).toEqual(['2024-03-05', '2024-03-02']);
    expect(page.total).toBe(5);
  });

  it('counts by type, undated and unplaced', async () => {
    const c = await s.events.counts(q());
    expect(c).toMatchObject({ total: 5, undated: 1, unplaced: 2, by_status: { unreviewed: 5 } });
    expect(c.by_type).toEqual({ protest: 1, arrest: 2, statement: 1, sabotage: 1 });
  });

  it.each([
    [
      'day',
      [
        { t: '2024-03-02', count: 2 },
        { t: '2024-03-05', count: 1 },
      ],
      1,
    ],
    [
      'week',
      [
        { t: '2024-02-26', count: 2 },
        { t: '2024-03-04', count: 1 },
      ],
      1,
    ],
    [
      'month',
      [
        { t: '2024-03-01', count: 3 },
        { t: '2024-04-01', count: 1 },
      ],
      0,
    ],
  ] as const)('time series by %s', async (bucket, series, imprecise) => {
    const ts = await s.events.timeSeries(q(), bucket);
    expect(ts).toEqual({ bucket, series, imprecise, undated: 1 });
  });

  it('GeoJSON has a point per placed event', async () => {
    const g = await s.events.geojson(q());
    expect(g.features.map((f) => f.id).sort()).toEqual(
      [ids['arrest:Minsk'], ids['arrest:Moscow'], ids['protest:Moscow']].sort(),
    );
    expect(g.features.find((f) => f.id === ids['arrest:Minsk'])?.geometry.coordinates).toEqual([27.5667, 53.9]);
  });

  it('map points carry id, type and region only, in list order; public ones are the public point', async () => {
    const p = await s.events.points(q());
    expect(p.features.map((f) => f.id)).toEqual((await s.events.geojson(q())).features.map((f) => f.id));
    expect(p.features.find((f) => f.id === ids['arrest:Minsk'])).toEqual({
      type: 'Feature',
      id: ids['arrest:Minsk'],
      geometry: { type: 'Point', coordinates: [27.5667, 53.9] },
      properties: { id: ids['arrest:Minsk'], type: 'arrest', admin1: 'BY-HM' },
    });
    expect((await s.events.points(q({ type: ['arrest'], limit: 1 }))).features).toHaveLength(1);
    expect((await s.published.points(q())).features).toEqual([]); // nothing verified yet
  });

  it('counts by region and country leave out events without one', async () => {
    const c = await s.events.counts(q({ type: ['arrest', 'sabotage'] }));
    expect(c.by_admin1).toEqual({ 'RU-MOW': 1, 'BY-HM': 1 });
    expect(c.by_country).toEqual({ RU: 2, BY: 1 });
  });

  it('users: scrypt passwords, sessions and API tokens stored as hashes only', async () => {
    const admin = await s.users.create('admin', 'long enough', 'admin');
    expect(await s.users.verify('admin', 'long enough')).toMatchObject({ id: admin.id, role: 'admin' });
    expect(await s.users.verify('admin', 'wrong pass')).toBeUndefined();
    expect(await s.users.verify('nobody', 'long enough')).toBeUndefined();
    await expect(s.users.create('admin', 'other pass', 'viewer')).rejects.toThrow(/exists/);
    await expect(s.users.create('x', 'short', 'viewer')).rejects.toThrow();

    const { token } = await s.users.createSession(admin.id);
    expect((await s.users.getSession(token))?.user.username).toBe('admin');
    const stored = await s.db.selectFrom('sessions').select('id').execute();
    expect(stored.some((r) => r.id === token)).toBe(false);
    await s.users.deleteSession(token);
    expect(await s.users.getSession(token)).toBeUndefined();
    const expired = await s.users.createSession(admin.id, -1000);
    expect(await s.users.getSession(expired.token)).toBeUndefined();

    const api = await s.users.createToken(admin.id, 'ci');
    expect((await s.users.verifyToken(api.token))?.id).toBe(admin.id);
    const rows = await s.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === api.token)).toBe(false);
    await s.users.revokeToken(api.id);
    expect(await s.users.verifyToken(api.token)).toBeUndefined();

    await s.users.setDisabled(admin.id, true);
    expect(await s.users.verify('admin', 'long enough')).toBeUndefined();
  });
});
