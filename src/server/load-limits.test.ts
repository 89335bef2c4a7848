// Holding up under load (issue 10, item 1): strict query strings and a canonical public cache key,
// per-client limits on expensive routes, the per-IP login budget, reads off the event loop and their
// time limit answered 503.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { openStore, ReadTimeoutError, type Store } from '../store/index.js';
import { buildApp } from './app.js';
import { openTempStore, seedFixtures } from './test-support.js';
import { reviewFor } from '../review/index.js';

let store: Store;
let dispose: () => Promise<void>;
let dir: string;
let token: string;

beforeAll(async () => {
  ({ store, dispose, dir } = await openTempStore());
  const ids = await seedFixtures(store);
  await reviewFor(store).verify(ids.get('kaliningrad-fire')!, { userId: null });
  const analyst = await store.users.create('ana', 'correct horse battery', 'analyst');
  token = (await store.users.createToken(analyst.id, 'script')).token;
});
afterAll(async () => {
  await dispose();
});

const bearer = () => ({ authorization: `Bearer ${token}` });

describe('query strings', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ store, rateLimits: false });
  });
  afterAll(async () => {
    await app.close();
  });

  it.each([
    '/api/events?type=protest&colour=red',
    '/api/events/counts?nocache=123',
    '/api/events/timeseries?bucket=day&x=1',
    '/api/events/geojson?props=map&limit=10&foo=bar',
    '/api/export?format=jsonl&q=moscow',
  ])('%s: an unknown parameter is a 400 naming it', async (url) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(400);
    const name = [...new URL(url, 'http://x').searchParams.keys()].at(-1)!;
    expect(res.json()).toMatchObject({ error: 'bad_request' });
    expect(res.json().message).toContain(`unknown query parameter '${name}'`);
  });

  it('accepts the browser cache-buster `_` and every EventQuery field', async () => {
    const res = await app.inject({ url: '/api/events/geojson?props=map&limit=10&_=1.2' });
    expect(res.statusCode).toBe(200);
    expect(
      (
        await app.inject({
          url: '/api/events?type=protest&country=RU&from=2024&to=2025&undated=include&sort=date&limit=5&offset=0',
        })
      ).statusCode,
    ).toBe(200);
  });

  it('caches public answers by the parsed query: order, list order and `_` do not make a new entry', async () => {
    const spy = vi.spyOn(store.published, 'timeSeries'); // anonymous answers come from the published path
    try {
      const urls = [
        '/api/events/timeseries?bucket=day&type=arrest,protest&country=ru',
        '/api/events/timeseries?type=protest&type=arrest&country=RU&bucket=day',
        '/api/events/timeseries?country=RU&bucket=day&type=protest,arrest&_=99',
      ];
      const bodies = [];
      for (const url of urls) {
        const res = await app.inject({ url });
        expect(res.statusCode).toBe(200);
        bodies.push(res.json());
      }
      expect(spy).toHaveBeenCalledTimes(1);
      expect(bodies[1]).toEqual(bodies[0]);
      await app.inject({ url: '/api/events/timeseries?bucket=day&type=protest' });
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it.each([
    ['SQLite read pool', new ReadTimeoutError(10_000), /longer than 10 s.*narrow the filter/],
    [
      'PostgreSQL statement_timeout',
      Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }),
      /took too long.*narrow the filter/,
    ],
  ])(
    'answers 503 with a JSON error and Retry-After when a read passes its time limit (%s)',
    async (_name, err, message) => {
      const spy = vi.spyOn(store.events, 'list').mockRejectedValue(err);
      try {
        const res = await app.inject({ url: '/api/events?type=riot', headers: bearer() });
        expect(res.statusCode).toBe(503);
        expect(res.headers['retry-after']).toBeDefined();
        expect(res.json()).toMatchObject({ error: 'timeout' });
        expect(res.json().message).toMatch(message);
      } finally {
        spy.mockRestore();
      }
    },
  );
});

describe('per-client limits on expensive routes', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      store,
      publicCacheMs: 0,
      rateLimits: { export: { public: 2, analyst: 4 }, query: { public: 3, analyst: 6 } },
    });
  });
  afterAll(async () => {
    await app.close();
  });

  const codes = async (url: string, n: number, headers: Record<string, string> = {}, remoteAddress = '10.0.0.1') => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push((await app.inject({ url, headers, remoteAddress })).statusCode);
    return out;
  };

  it("answers 429 with Retry-After and a JSON error past an anonymous client's budget", async () => {
    expect(await codes('/api/export?format=jsonl', 3)).toEqual([200, 200, 429]);
    const res = await app.inject({ url: '/api/export?format=jsonl', remoteAddress: '10.0.0.1' });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json()).toMatchObject({ error: 'too_many_requests' });
    expect(res.json().message).toMatch(/2 per minute/);
    // another client, and another route's budget, are untouched
    expect(await codes('/api/export?format=jsonl', 1, {}, '10.0.0.2')).toEqual([200]);
    expect(await codes('/api/events/timeseries?bucket=day', 4)).toEqual([200, 200, 200, 429]);
  });

  it('limits full-text lists but not plain ones; analysts get a larger budget', async () => {
    expect(await codes('/api/events?text=fire', 4, {}, '10.0.0.3')).toEqual([200, 200, 200, 429]);
    expect(await codes('/api/events?type=protest', 8, {}, '10.0.0.3')).toEqual(Array(8).fill(200));
    expect(await codes('/api/events/counts', 7, bearer(), '10.0.0.3')).toEqual([...Array(6).fill(200), 429]);
  });
});

describe('login', () => {
  it('locks out an IP trying many usernames (per-IP budget), not other clients', async () => {
    const app = await buildApp({ store, rateLimits: false });
    try {
      const attempt = (username: string, password: string, remoteAddress: string) =>
        app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
      const seen: number[] = [];
      for (let i = 0; i < 22; i++) seen.push((await attempt(`name${i}`, 'guess', '10.1.1.1')).statusCode);
      expect(seen.slice(0, 20)).toEqual(Array(20).fill(401));
      expect(seen.slice(20)).toEqual([429, 429]);
      expect((await attempt('ana', 'correct horse battery', '10.1.1.1')).statusCode).toBe(429);
      expect((await attempt('ana', 'correct horse battery', '10.1.1.2')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('reads off the event loop', () => {
  it('answers /api/health while a slow read runs on the read pool', async () => {
    const pooled = await openStore(`${dir}/test.db`, { reads: { workers: 2 } });
    const app = await buildApp({ store: pooled, rateLimits: false });
    try {
      let slowDone = false;
      const slow =
        sql`with recursive c(x) as (select 1 union all select x + 1 from c where x < 4000000) select count(*) as n from c`
          .execute(pooled.readDb)
          .then(() => {
            slowDone = true;
          });
      await new Promise((r) => setTimeout(r, 50)); // let the worker start on it
      const health = await app.inject({ url: '/api/health' });
      expect(health.statusCode).toBe(200);
      const list = await app.inject({ url: '/api/events?type=protest', headers: bearer() });
      expect(list.statusCode).toBe(200);
      expect(slowDone).toBe(false); // both answered while the slow read was still running
      await slow;
    } finally {
      await app.close();
      await pooled.close();
    }
  });
});
