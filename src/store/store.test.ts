// Repository tests, run alike on SQLite and on the PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventQuery } from '../model/query.js';
import { eventConditions, resolveFilter } from './event-filter.js';
import type { Store } from './index.js';
import { record, TEST_DIALECTS, type TestStore } from './test-support.js';

const q = (over: Partial<EventQuery> = {}): EventQuery => ({ ...over }) as EventQuery;
const doc = (source: string, externalId: string, text: string, extra: Record<string, unknown> = {}) => ({ source, externalId, text, ...extra });

describe.each(TEST_DIALECTS)('store on %s', (_name, open) => {
  let t: TestStore;
  let s: Store;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await open();
    s = t.store;
    // A small corpus: one Moscow protest from three outlets (one in Russian), a Minsk arrest, a
    // month-dated Yakutia statement, an undated and unplaced sabotage claim.
    const a = await s.mentions.addDocument(doc('outlet-a', '1', 'Hundreds rallied on Pushkin Square in Moscow against the war.', { url: 'https://a.example/1', published: '2024-03-03' }),
      [record({ evidence: 'Hundreds rallied on Pushkin Square', quantity: 300, quantity_unit: 'people', evidence_field: 'text', evidence_start: 0, evidence_end: 34, extractor: 'test@1' })]);
    await s.mentions.addDocument(doc('outlet-b', 'x9', 'Police detained demonstrators after a rally in Moscow.'),
      [record({ actors: ['Moscow police'], evidence: 'a rally in Moscow' }), record({ type: 'arrest', actors: ['Moscow police'], quantity: 12, evidence: 'Police detained demonstrators' })]);
    await s.mentions.addDocument(doc('outlet-c', 'ru-1', 'В Москве на Пушкинской площади прошла акция протеста.', { lang: 'ru' }),
      [record({ evidence: 'В Москве на Пушкинской площади прошла акция протеста.' })]);
    await s.mentions.addDocument(doc('outlet-a', '2', 'Belarusian security forces arrested a blogger in Minsk.'),
      [record({ type: 'arrest', date: '2024-03-05', country: 'BY', admin1: 'BY-HM', place: 'Minsk', lat: 53.9, lon: 27.5667, actors: ['KGB of Belarus'], targets: ['blogger'], evidence: 'arrested a blogger in Minsk' })]);
    await s.mentions.addDocument(doc('outlet-d', 'y', 'Activists in Yakutia issued an appeal in April.'),
      [record({ type: 'statement', date: '2024-04', admin1: 'RU-SA', place: null, lat: null, lon: null, geo_precision: 2, actors: ['Free Yakutia Foundation'], targets: [], evidence: 'issued an appeal' })]);
    await s.mentions.addDocument(doc('outlet-e', 'z', 'A partisan group claimed a relay cabinet fire.'),
      [record({ type: 'sabotage', date: null, country: 'RU', admin1: null, place: null, lat: null, lon: null, geo_precision: 3, actors: [], targets: ['relay cabinet'], evidence: 'claimed a relay cabinet fire' })]);
    const all = await s.events.list(q({ sort: 'date' }));
    for (const e of all.items) ids[`${e.type}:${e.place ?? e.admin1 ?? e.country}`] = e.id;
    expect(a.created).toBe(true);
  });
  afterAll(async () => t?.dispose());

  it('migrations are idempotent', async () => {
    await s.migrate();
    await s.migrate();
  });

  it('stores a document once: same source, id and content is unchanged', async () => {
    const again = await s.mentions.addDocument(doc('outlet-a', '1', 'Hundreds rallied on Pushkin Square in Moscow against the war.', { url: 'https://a.example/1', published: '2024-03-03' }), [record()]);
    expect(again).toMatchObject({ created: false, mentions: [] });
    expect(await s.documents.count()).toBe(6);
    const d = await s.documents.get(again.documentId);
    expect(d).toMatchObject({ source: 'outlet-a', externalId: '1', url: 'https://a.example/1', published: '2024-03-03' });
  });

  it('a failing record rolls its whole document back', async () => {
    const bad = { ...record(), type: 'picnic' } as unknown as ReturnType<typeof record>;
    await expect(s.mentions.addDocument(doc('outlet-f', 'bad', 'text'), [record({ doc: 'ok' }), bad])).rejects.toThrow();
    expect(await s.documents.count()).toBe(6);
  });

  it('merges three outlets into one protest with three sources, and keeps the arrest apart', async () => {
    const protest = await s.events.get(ids['protest:Moscow']);
    expect(protest?.sources.map((x) => x.source).sort()).toEqual(['outlet-a', 'outlet-b', 'outlet-c']);
    expect(protest?.sources_count).toBe(3);
    expect(protest?.quantity).toBe(300);
    expect(protest?.actors).toEqual(['Moscow police']);
    expect(protest?.mentions[0]).toMatchObject({ evidence_field: 'text', evidence_start: 0, evidence_end: 34, extractor: 'test@1' });
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
    ['undated=include keeps them', { from: '2024-03-05', undated: 'include' }, ['arrest:Minsk', 'statement:RU-SA', 'sabotage:RU']],
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
    const keys = Object.entries(ids).filter(([, id]) => items.some((e) => e.id === id)).map(([k]) => k).sort();
    expect(keys).toEqual(expected.sort());
    expect(total).toBe(expected.length);
  });

  it.each([0, 2000])('the actor filter gives the same events whichever plan it takes (in-list up to %i events)', async (max) => {
    const query = q({ actor: 'police' });
    const resolved = await resolveFilter(s.db, query, max);
    expect(resolved.actors?.inList).toBe(max > 0);
    const rows = await s.db.selectFrom('events').select('id').where(eventConditions(s.kind, query, {}, resolved)).orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual([ids['protest:Moscow'], ids['arrest:Moscow']].sort((a, b) => a - b));
    const none = await resolveFilter(s.db, q({ actor: 'nobody at all' }));
    expect(await s.db.selectFrom('events').select('id').where(eventConditions(s.kind, q({ actor: 'nobody at all' }), {}, none)).execute()).toEqual([]);
  });

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
    ['day', [{ t: '2024-03-02', count: 2 }, { t: '2024-03-05', count: 1 }], 1],
    ['week', [{ t: '2024-02-26', count: 2 }, { t: '2024-03-04', count: 1 }], 1],
    ['month', [{ t: '2024-03-01', count: 3 }, { t: '2024-04-01', count: 1 }], 0],
  ] as const)('time series by %s', async (bucket, series, imprecise) => {
    const ts = await s.events.timeSeries(q(), bucket);
    expect(ts).toEqual({ bucket, series, imprecise, undated: 1 });
  });

  it('GeoJSON has a point per placed event', async () => {
    const g = await s.events.geojson(q());
    expect(g.features.map((f) => f.id).sort()).toEqual([ids['arrest:Minsk'], ids['arrest:Moscow'], ids['protest:Moscow']].sort());
    expect(g.features.find((f) => f.id === ids['arrest:Minsk'])?.geometry.coordinates).toEqual([27.5667, 53.9]);
  });

  it('review: verify and reject write audit rows; the public projection shows verified only, without evidence', async () => {
    const user = await s.users.create('reviewer', 'correct horse', 'analyst');
    await s.review.verify(ids['arrest:Minsk'], { userId: user.id, reason: 'two sources checked' });
    await s.review.verify(ids['arrest:Minsk'], { userId: user.id }); // no-op, no second row
    await s.review.reject(ids['sabotage:RU'], { userId: user.id, reason: 'not datable' });
    const detail = await s.events.get(ids['arrest:Minsk']);
    expect(detail?.history).toMatchObject([{ action: 'verify', username: 'reviewer', reason: 'two sources checked', detail: { from: 'unreviewed', to: 'verified' } }]);
    const pub = await s.events.list(q(), { public: true });
    expect(pub.items.map((e) => e.id)).toEqual([ids['arrest:Minsk']]);
    expect(pub.items[0]).toMatchObject({ notes: null, lat: 53.9, lon: 27.57 });
    const pubDetail = await s.events.get(ids['arrest:Minsk'], { public: true });
    expect(pubDetail).toMatchObject({ mentions: [], history: [] });
    expect(pubDetail?.sources).toHaveLength(1);
    expect(await s.events.get(ids['protest:Moscow'], { public: true })).toBeUndefined();
    await expect(s.review.verify(999_999, { userId: null })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('review: edit changes fields, records before/after, and refuses bad values without writing', async () => {
    const id = ids['statement:RU-SA'];
    await s.review.edit(id, { date: '2024-04-12', actors: ['Free Yakutia Foundation', 'Vesna'] }, { userId: null, reason: 'date in source' });
    const e = await s.events.get(id);
    expect(e).toMatchObject({ date: '2024-04-12', date_precision: 'day', actors: ['Free Yakutia Foundation', 'Vesna'] });
    expect(e?.history.at(-1)).toMatchObject({ action: 'edit', detail: { before: { date: '2024-04' }, after: { date: '2024-04-12' } } });
    await expect(s.review.edit(id, { date: '12 April' } as never, { userId: null })).rejects.toMatchObject({ code: 'invalid' });
    expect((await s.audit.forEvent(id)).length).toBe(1);
    expect((await s.events.list(q({ actor: 'vesna' }))).items.map((x) => x.id)).toEqual([id]);
  });

  it('review: merge and split restore the events, ids unchanged', async () => {
    const [keep, gone] = [ids['protest:Moscow'], ids['arrest:Moscow']];
    await s.review.merge(keep, [gone], { userId: null, reason: 'same rally' });
    expect((await s.events.get(gone))).toMatchObject({ status: 'merged', merged_into: keep, sources_count: 0 });
    expect((await s.events.get(keep))?.merged_from).toEqual([gone]);
    expect((await s.events.list(q({ place: 'Moscow' }))).items.map((e) => e.id)).toEqual([keep]);
    await expect(s.review.verify(gone, { userId: null })).rejects.toMatchObject({ code: 'conflict' });

    await s.review.split(keep, { mergedId: gone }, { userId: null, reason: 'different acts' });
    const back = await s.events.get(gone);
    expect(back).toMatchObject({ status: 'unreviewed', merged_into: null, type: 'arrest', sources_count: 1 });
    expect((await s.events.get(keep))?.sources_count).toBe(3);
    expect(back?.history.map((h) => h.action)).toEqual(['merge', 'split']);
  });

  it('review: a write that fails part-way leaves neither its changes nor its audit rows', async () => {
    const [keep, other] = [ids['protest:Moscow'], ids['arrest:Moscow']];
    const auditBefore = (await s.audit.recent(1000)).length;
    await expect(s.review.merge(keep, [other, 987_654], { userId: null })).rejects.toMatchObject({ code: 'not_found' });
    expect((await s.events.get(other))).toMatchObject({ status: 'unreviewed', merged_into: null });
    expect((await s.audit.recent(1000)).length).toBe(auditBefore);
  });

  it('review: split moves one outlet off an automatic merge into a new event', async () => {
    const keep = ids['protest:Moscow'];
    const e = await s.events.get(keep);
    const ru = e!.sources.find((x) => x.source === 'outlet-c')!.document_id;
    const newId = await s.review.split(keep, { documentIds: [ru] }, { userId: null });
    expect(newId).toBeGreaterThan(keep);
    expect((await s.events.get(keep))?.sources_count).toBe(2);
    expect((await s.events.get(newId))?.sources.map((x) => x.source)).toEqual(['outlet-c']);
    await expect(s.review.split(keep, { mentionIds: [123456] }, { userId: null })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('review: bulk verifies what a query matches, one audit row each', async () => {
    const n = await s.review.bulk(q({ country: ['RU'], status: ['unreviewed'] }), 'verify', { userId: null, reason: 'batch' });
    const verified = await s.events.list(q({ country: ['RU'], status: ['verified'] }));
    expect(verified.total).toBe(n);
    expect(n).toBeGreaterThan(1);
    for (const e of verified.items) expect((await s.audit.forEvent(e.id)).at(-1)).toMatchObject({ action: 'verify', detail: { bulk: true } });
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
