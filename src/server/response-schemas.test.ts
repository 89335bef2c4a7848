// Every answer is parsed by its route's response schema before it is sent (src/server/zod-schema.ts):
// fields the schema does not name are dropped. These tests pin that the schemas drop nothing the
// store returns — each route's answer equals what its repository gives, field for field, for the
// analysts' and the published read paths — so the published projection neither loses nor gains a
// field, and that an undeclared field or a wrong shape never reaches a client.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mergeCandidates } from '../store/merge-candidates.js';
import { record } from '../store/test-support.js';
import type { Store } from '../store/index.js';
import { reviewFor } from '../review/index.js';
import { buildApp } from './app.js';
import { installErrorHandler } from './errors.js';
import { openTempStore, seedFixtures } from './test-support.js';
import { installZodValidation } from './zod-schema.js';
import { Ok } from './routes/schemas.js';

let app: FastifyInstance;
let store: Store;
let dispose: () => Promise<void>;
let ids: Map<string, number>;
let analyst: { authorization: string };
let admin: { authorization: string };
let analystId: number;
let verified: number;
let docId: string;
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

beforeAll(async () => {
  ({ store, dispose } = await openTempStore());
  ids = await seedFixtures(store);
  // Two towns of one region on one day, then a region-level report: merge suggestions.
  for (const [id, place] of [
    ['1', 'Syzran'],
    ['2', 'Tolyatti'],
    ['3', null],
  ] as const) {
    await store.mentions.addDocument({ source: 'schema-test', externalId: id, text: `report ${id}` }, [
      record({
        type: 'protest',
        date: '2024-04-20',
        admin1: 'RU-SAM',
        place,
        geo_precision: place ? 1 : 2,
        targets: [],
        evidence: `A picket was held ${place ? `in ${place}` : 'in the Samara region'} on 20 April.`,
      }),
    ]);
  }
  const a = await store.users.create('ana', 'correct horse battery', 'analyst');
  const b = await store.users.create('adm', 'correct horse battery', 'admin');
  analystId = a.id;
  analyst = { authorization: `Bearer ${(await store.users.createToken(a.id, 't')).token}` };
  admin = { authorization: `Bearer ${(await store.users.createToken(b.id, 't')).token}` };
  verified = ids.get('kaliningrad-fire')!;
  await reviewFor(store).verify(verified, { userId: a.id, reason: 'two outlets agree' });
  const detail = await store.events.get(verified);
  docId = detail!.sources[0].document_id;
  await reviewFor(store).setSourcePublishable(verified, docId, true, { userId: a.id });
  await store.savedViews.create(a.id, 'protests', 'type=protest', true);
  const source = await store.watch.add({
    url: 'https://news.example/rss',
    name: 'news',
    kind: 'feed',
    everySeconds: 1800,
  });
  await store.watch.recordRun(source, {
    startedAt: '2024-05-01T10:00:00Z',
    finishedAt: '2024-05-01T10:00:05Z',
    status: 'ok',
    httpStatus: 200,
    itemsNew: 2,
    itemsUnchanged: 0,
    itemsFailed: 0,
    eventsNew: 1,
  });
  app = await buildApp({ store, publicCacheMs: 0, rateLimits: false });
});
afterAll(async () => {
  await app?.close();
  await dispose?.();
});

async function served(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await app.inject({ url, headers });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
}

describe('answers carry every field the store returns, and no other', () => {
  it.each([
    ['published', () => store.published, {}],
    ['analysts', () => store.events, () => analyst],
  ] as const)('event reads: %s', async (_name, reader, who) => {
    const h = typeof who === 'function' ? who() : who;
    const r = reader();
    const list = await r.list({});
    expect(list.items.length).toBeGreaterThan(0);
    expect(await served('/api/events', h)).toEqual(plain(list));
    expect(await served('/api/events/counts', h)).toEqual(plain(await r.counts({})));
    expect(await served('/api/events/timeseries?bucket=week', h)).toEqual(plain(await r.timeSeries({}, 'week')));
    const geo = await r.geojson({});
    expect(geo.features.length).toBeGreaterThan(0);
    expect(await served('/api/events/geojson', h)).toEqual(plain(geo));
    expect(await served('/api/events/geojson?props=map', h)).toEqual(plain(await r.points({})));
    expect(await served(`/api/events/${verified}`, h)).toEqual(plain(await r.get(verified)));
  });

  it('the published event has exactly the published fields: no notes, evidence or history', async () => {
    const detail = (await served(`/api/events/${verified}`)) as Record<string, unknown>;
    expect(Object.keys(detail).sort()).toEqual(Object.keys((await store.published.get(verified))!).sort());
    expect(detail).toMatchObject({ status: 'verified', notes: null, mentions: [], history: [] });
    const feature = ((await served('/api/events/geojson')) as { features: { properties: Record<string, unknown> }[] })
      .features[0];
    expect(feature.properties).not.toHaveProperty('notes');
  });

  it("analysts' routes", async () => {
    const id = ids.get('moscow-rally')!;
    expect(await served(`/api/events/${id}/history`, analyst)).toEqual({
      items: plain(await store.audit.forEvent(id)),
    });
    const history = (await served(`/api/events/${verified}/history`, analyst)) as { items: unknown[] };
    expect(history.items).toEqual(plain(await store.audit.forEvent(verified)));
    expect(history.items.length).toBeGreaterThan(0);
    expect(await served(`/api/events/${id}/candidates`, analyst)).toEqual({
      items: plain(await mergeCandidates(store.db, id, 10)),
    });
    const suggestions = await store.suggestions.list({ status: 'open', limit: 50, offset: 0 });
    expect(suggestions.items.length).toBeGreaterThan(0);
    expect(await served('/api/suggestions', analyst)).toEqual(plain(suggestions));
    const views = (await served('/api/views', analyst)) as { items: unknown[] };
    expect(views.items).toHaveLength(1);
    expect(views).toEqual({ items: plain(await store.savedViews.visibleTo(analystId)) });
    const sources = (await served('/api/sources', analyst)) as { items: { lastRun: unknown }[] };
    expect(sources.items[0].lastRun).not.toBeNull();
    expect(sources).toEqual({ items: plain(await store.watch.health()) });
    const doc = (await served(`/api/documents/${docId}`, analyst)) as Record<string, unknown>;
    expect(doc).toMatchObject(plain(await store.documents.get(docId)) as object);
    expect((doc.mentions as unknown[]).length).toBeGreaterThan(0);
    expect(await served('/api/auth/me', admin)).toEqual({
      user: { id: expect.any(Number), username: 'adm', role: 'admin' },
      csrfToken: null,
    });
  });
});

describe('the serialiser', () => {
  let tiny: FastifyInstance;
  beforeAll(async () => {
    tiny = Fastify();
    installErrorHandler(tiny);
    installZodValidation(tiny);
    tiny.get('/extra', { schema: { response: { 200: Ok } } }, async () => ({ ok: true, secret: 'not declared' }));
    tiny.get('/wrong', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => ({ n: 'seven' }));
    await tiny.ready();
  });
  afterAll(async () => {
    await tiny.close();
  });

  it('drops a field the schema does not declare', async () => {
    expect((await tiny.inject({ url: '/extra' })).json()).toEqual({ ok: true });
  });

  it('answers 500, not a malformed body, when an answer does not fit its schema', async () => {
    const res = await tiny.inject({ url: '/wrong' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('seven');
  });
});
