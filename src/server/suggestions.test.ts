// Possible-duplicate routes: list, accept (a merge with audit rows), dismiss; analysts only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { record } from '../store/test-support.js';
import type { Store } from '../store/index.js';
import { buildApp } from './app.js';
import { openTempStore } from './test-support.js';

let store: Store;
let dispose: () => Promise<void>;
let app: FastifyInstance;
let analyst: string;
let viewer: string;
const ids: number[] = [];

beforeAll(async () => {
  ({ store, dispose } = await openTempStore());
  const a = await store.users.create('ana', 'correct horse battery', 'analyst');
  const v = await store.users.create('vic', 'viewer password 1', 'viewer');
  analyst = (await store.users.createToken(a.id, 'script')).token;
  viewer = (await store.users.createToken(v.id, 'script')).token;
  // Two towns of one region on one day, then a region-level report: suggested for both.
  for (const [id, place] of [
    ['1', 'Syzran'],
    ['2', 'Tolyatti'],
    ['3', null],
  ] as const) {
    const r = await store.mentions.addDocument({ source: 'api-test', externalId: id, text: `report ${id}` }, [
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
    ids.push(r.mentions[0].eventId);
  }
  app = await buildApp({ store });
});
afterAll(async () => {
  await app?.close();
  await dispose?.();
});

const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('/api/suggestions', () => {
  it('lists open suggestions for analysts only', async () => {
    expect((await app.inject({ url: '/api/suggestions', headers: as(viewer) })).statusCode).toBe(403);
    const res = await app.inject({ url: `/api/suggestions?event=${ids[2]}`, headers: as(analyst) });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { items: { id: number; event: { id: number }; other: { id: number } }[]; total: number };
    expect(body.total).toBe(2);
    expect(body.items.map((s) => s.event.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect((await app.inject({ url: '/api/suggestions?status=bogus', headers: as(analyst) })).statusCode).toBe(400);
  });

  it('accepts one (a merge) and dismisses the other, each audited; a decided one cannot be decided again', async () => {
    const { items } = (await app.inject({ url: `/api/suggestions?event=${ids[2]}`, headers: as(analyst) })).json() as {
      items: { id: number; event: { id: number } }[];
    };
    const syzran = items.find((s) => s.event.id === ids[0])!;
    const tolyatti = items.find((s) => s.event.id === ids[1])!;
    const ok = await app.inject({
      method: 'POST',
      url: `/api/suggestions/${syzran.id}/accept`,
      headers: as(analyst),
      payload: { reason: 'same picket' },
    });
    expect(ok.json()).toEqual({ ok: true, survivor: ids[0], merged: ids[2] });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/suggestions/${tolyatti.id}/dismiss`,
          headers: as(analyst),
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/suggestions/${syzran.id}/dismiss`,
          headers: as(analyst),
          payload: {},
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (await app.inject({ method: 'POST', url: '/api/suggestions/99999/accept', headers: as(analyst), payload: {} }))
        .statusCode,
    ).toBe(404);
    const history = (await store.audit.forEvent(ids[2])).map((a) => [a.action, a.username]);
    expect(history).toEqual([
      ['merge', 'ana'],
      ['suggestion_accept', 'ana'],
      ['suggestion_dismiss', 'ana'],
    ]);
    expect((await store.audit.forEvent(ids[1])).map((a) => a.action)).toEqual(['suggestion_dismiss']);
  });
});
