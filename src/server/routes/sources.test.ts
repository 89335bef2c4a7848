// The sources API: health for analysts, changes for admins only, bad input answered with what to fix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { openTempStore } from '../test-support.js';
import type { Store } from '../../store/index.js';

let app: FastifyInstance;
let store: Store;
let dispose: () => Promise<void>;
const auth: Record<string, { authorization: string }> = {};

beforeAll(async () => {
  ({ store, dispose } = await openTempStore());
  for (const role of ['viewer', 'analyst', 'admin'] as const) {
    const u = await store.users.create(`${role}1`, `${role} password long`, role);
    auth[role] = { authorization: `Bearer ${(await store.users.createToken(u.id, 'test')).token}` };
  }
  app = await buildApp({ store });
});
afterAll(async () => {
  await app.close();
  await dispose();
});

describe('/api/sources', () => {
  it('lets admins add, pause, resume and remove; analysts read; others are refused', async () => {
    const add = (who: string, payload: object) =>
      app.inject({ method: 'POST', url: '/api/sources', headers: auth[who], payload });
    expect((await add('analyst', { url: 'https://news.example/rss' })).statusCode).toBe(403);
    const created = await add('admin', { url: 'https://t.me/s/railwatch', every: '15m', since: '2024-01-01' });
    expect(created.statusCode).toBe(201);
    const s = created.json() as { id: number; kind: string; everySeconds: number };
    expect(s).toMatchObject({ kind: 'telegram', everySeconds: 900 });

    const bad = await add('admin', { url: 'https://news.example/rss', every: '5s' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('at least 1m');
    expect((await add('admin', { url: 'https://news.example/rss', extra: 1 })).statusCode).toBe(400);

    expect((await app.inject({ url: '/api/sources' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/sources', headers: auth.viewer })).statusCode).toBe(403);
    const list = await app.inject({ url: '/api/sources', headers: auth.analyst });
    expect(list.json().items).toHaveLength(1);

    expect(
      (await app.inject({ method: 'POST', url: `/api/sources/${s.id}/pause`, headers: auth.analyst })).statusCode,
    ).toBe(403);
    const paused = await app.inject({ method: 'POST', url: `/api/sources/${s.id}/pause`, headers: auth.admin });
    expect(paused.json()).toMatchObject({ paused: true });
    expect(
      (await app.inject({ method: 'POST', url: `/api/sources/${s.id}/resume`, headers: auth.admin })).json(),
    ).toMatchObject({ paused: false });
    expect((await app.inject({ method: 'DELETE', url: `/api/sources/${s.id}`, headers: auth.admin })).statusCode).toBe(
      200,
    );
    expect((await app.inject({ method: 'DELETE', url: `/api/sources/${s.id}`, headers: auth.admin })).statusCode).toBe(
      404,
    );
  });
});
