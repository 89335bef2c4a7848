// API tests: the real app (fastify.inject) over a real SQLite file store seeded with fixture reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/index.js';
import { buildApp } from './app.js';
import { LoginThrottle } from './auth/throttle.js';
import { openTempStore, seedFixtures } from './test-support.js';
import { reviewFor } from '../review/index.js';

let app: FastifyInstance;
let store: Store;
let ids: Map<string, number>;
let dispose: () => Promise<void>;
let token: string;

beforeAll(async () => {
  ({ store, dispose } = await openTempStore());
  ids = await seedFixtures(store);
  const analyst = await store.users.create('ana', 'correct horse battery', 'analyst');
  await store.users.create('vic', 'viewer password 1', 'viewer');
  token = (await store.users.createToken(analyst.id, 'script')).token;
  await reviewFor(store).verify(ids.get('kaliningrad-fire')!, { userId: null });
  app = await buildApp({ store, throttle: new LoginThrottle({ maxFailures: 3 }) });
});
afterAll(async () => {
  await app.close();
  await dispose();
});

const bearer = () => ({ authorization: `Bearer ${token}` });

async function login(username: string, password: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const cookie = res.cookies.find((c) => c.name === 'khronika_session');
  return { res, cookie: cookie ? `${cookie.name}=${cookie.value}` : '', csrf: res.json().csrfToken as string };
}

describe('public projection', () => {
  it.each([
    ['/api/events', (b: { total: number }) => b.total, 1],
    ['/api/events/counts', (b: { total: number }) => b.total, 1],
    ['/api/events/geojson', (b: { features: unknown[] }) => b.features.length, 1],
  ])('%s shows verified events only to anonymous callers', async (url, pick, n) => {
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    expect(pick(res.json())).toBe(n);
  });

  it('hides an unverified event and a document from anonymous callers', async () => {
    expect((await app.inject({ url: `/api/events/${ids.get('moscow-rally')}` })).statusCode).toBe(404);
    const ev = (await app.inject({ url: `/api/events/${ids.get('kaliningrad-fire')}` })).json();
    expect(ev.status).toBe('verified');
    expect(ev.mentions).toEqual([]);
    expect((await app.inject({ url: `/api/documents/${ev.sources[0].document_id}` })).statusCode).toBe(401);
  });
});

describe('EventQuery on every read route', () => {
  it.each([
    ['type=protest', 2],
    ['type=arson,sabotage', 2],
    ['country=by', 1],
    ['from=2024-04&to=2024-05', 2],
    ['undated=only', 1],
    ['text=Kaliningrad', 1],
  ])('list ?%s → %i events (analyst token)', async (qs, total) => {
    const res = await app.inject({ url: `/api/events?${qs}`, headers: bearer() });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(total);
  });

  it('counts undated and unplaced events instead of hiding them', async () => {
    const c = (await app.inject({ url: '/api/events/counts', headers: bearer() })).json();
    expect(c).toMatchObject({ total: 6, undated: 1, unplaced: 1 });
    expect(c.by_type.protest).toBe(2);
  });

  it('counts by region and country, for the choropleth', async () => {
    const c = (await app.inject({ url: '/api/events/counts?country=RU', headers: bearer() })).json();
    const regions = Object.values(c.by_admin1 as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(c.by_country).toEqual({ RU: c.total });
    expect(regions).toBeGreaterThan(0);
    expect(regions).toBeLessThanOrEqual(c.total);
  });

  it('serves map points with id, type and region only (props=map)', async () => {
    const full = (await app.inject({ url: '/api/events/geojson', headers: bearer() })).json();
    const map = (await app.inject({ url: '/api/events/geojson?props=map', headers: bearer() })).json();
    expect(map.features.map((f: { id: number }) => f.id)).toEqual(full.features.map((f: { id: number }) => f.id));
    expect(map.features.length).toBeGreaterThan(1);
    for (const f of map.features) expect(Object.keys(f.properties).sort()).toEqual(['admin1', 'id', 'type']);
  });

  it('serves a monthly time series', async () => {
    const ts = (await app.inject({ url: '/api/events/timeseries?bucket=month', headers: bearer() })).json();
    expect(ts.series.map((b: { t: string }) => b.t)).toEqual([
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
      '2024-06-01',
      '2024-08-01',
    ]);
    expect(ts.undated).toBe(1);
  });

  it.each([
    ['/api/events?limit=0', /limit/],
    ['/api/events?type=picnic', /type/],
    ['/api/events?from=March', /YYYY/],
    ['/api/events/abc', /id/],
    ['/api/events/timeseries?bucket=year', /bucket/],
  ])('rejects %s with a JSON 400 naming the field', async (url, field) => {
    const res = await app.inject({ url, headers: bearer() });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/json/);
    expect(res.json().message).toMatch(field);
  });
});

describe('errors are JSON with a clear message', () => {
  it.each([
    ['an unknown API path', { url: '/api/nothing' }, 404, /no route for GET \/api\/nothing/],
    [
      'a form-encoded login (no JSON)',
      {
        method: 'POST' as const,
        url: '/api/auth/login',
        payload: 'username=a&password=b',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      415,
      /content type .*send JSON/,
    ],
    [
      'an oversized body',
      { method: 'POST' as const, url: '/api/auth/login', payload: { username: 'a', password: 'x'.repeat(1_100_000) } },
      413,
      /body/i,
    ],
    ['a malformed bearer header', { url: '/api/events', headers: { authorization: 'Token abc' } }, 401, /Bearer/],
  ])('%s → %s', async (_what, req, status, msg) => {
    const res = await app.inject(req);
    expect(res.statusCode).toBe(status);
    expect(res.json().message).toMatch(msg);
  });

  it('accepts repeated query parameters as a list', async () => {
    const res = await app.inject({ url: '/api/events?type=arson&type=sabotage', headers: bearer() });
    expect(res.json().total).toBe(2);
  });
});

describe('event detail and documents', () => {
  it('gives analysts the mentions with evidence offsets into the document text', async () => {
    const ev = (await app.inject({ url: `/api/events/${ids.get('moscow-rally')}`, headers: bearer() })).json();
    const m = ev.mentions[0];
    const doc = (await app.inject({ url: `/api/documents/${m.document_id}`, headers: bearer() })).json();
    expect(doc.text.slice(m.evidence_start, m.evidence_end)).toBe(m.evidence);
    expect(doc.mentions).toEqual([
      expect.objectContaining({
        event_id: ev.id,
        evidence: m.evidence,
        evidence_start: m.evidence_start,
        evidence_end: m.evidence_end,
      }),
    ]);
  });

  it('returns 404 JSON for an unknown event', async () => {
    const res = await app.inject({ url: '/api/events/999999', headers: bearer() });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: 'not_found', message: 'event 999999 not found' });
  });
});

describe('accounts', () => {
  it('logs in with a session cookie that is HttpOnly and SameSite=Lax', async () => {
    const { res } = await login('ana', 'correct horse battery');
    expect(res.statusCode).toBe(200);
    const c = res.cookies.find((x) => x.name === 'khronika_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(res.json().user).toMatchObject({ username: 'ana', role: 'analyst' });
  });

  it('refuses a cookie write without the CSRF token and accepts it with', async () => {
    const { cookie, csrf } = await login('ana', 'correct horse battery');
    const id = ids.get('amur-relay');
    const bad = await app.inject({ method: 'POST', url: `/api/events/${id}/verify`, headers: { cookie }, payload: {} });
    expect(bad.statusCode).toBe(403);
    const good = await app.inject({
      method: 'POST',
      url: `/api/events/${id}/verify`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { reason: 'two sources' },
    });
    expect(good.statusCode).toBe(200);
    const history = (await app.inject({ url: `/api/events/${id}/history`, headers: bearer() })).json().items;
    expect(history.at(-1)).toMatchObject({ action: 'verify', username: 'ana', reason: 'two sources' });
  });

  it('forbids review to viewers and anonymous callers', async () => {
    const { cookie, csrf } = await login('vic', 'viewer password 1');
    const url = `/api/events/${ids.get('minsk-arrests')}/verify`;
    expect(
      (await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrf }, payload: {} })).statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
  });

  it('throttles repeated failed logins per IP and username', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await login('vic', 'wrong')).res.statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    expect((await login('vic', 'viewer password 1')).res.statusCode).toBe(429);
    expect((await login('ana', 'correct horse battery')).res.statusCode).toBe(200);
  });

  it('rejects a bad API token', async () => {
    const res = await app.inject({ url: '/api/events', headers: { authorization: 'Bearer not-a-real-token' } });
    expect(res.statusCode).toBe(401);
  });
});

describe('review', () => {
  it('edits an event and records before/after in the audit row', async () => {
    const id = ids.get('minsk-arrests')!;
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/events/${id}`,
      headers: bearer(),
      payload: { patch: { quantity: 14 }, reason: 'second source' },
    });
    expect(res.statusCode).toBe(200);
    const ev = (await app.inject({ url: `/api/events/${id}`, headers: bearer() })).json();
    expect(ev.quantity).toBe(14);
    expect(ev.history.at(-1)).toMatchObject({
      action: 'edit',
      detail: { before: { quantity: 12 }, after: { quantity: 14 } },
    });
  });

  it('marks a source publishable (analysts only); the public then sees its title and link', async () => {
    const id = ids.get('kaliningrad-fire')!;
    const pub = async () => (await app.inject({ url: `/api/events/${id}` })).json().sources[0];
    expect(await pub()).toMatchObject({ source: 'Baltic Wire', title: null, url: null, publishable: false });
    const docId = (await pub()).document_id as string;
    const url = `/api/events/${id}/sources/${docId}/publishable`;
    expect((await app.inject({ method: 'POST', url, payload: { publishable: true } })).statusCode).toBe(401);
    const viewer = await store.users.create('vera', 'viewer password 2', 'viewer');
    const viewerToken = (await store.users.createToken(viewer.id, 'script')).token;
    expect(
      (
        await app.inject({
          method: 'POST',
          url,
          headers: { authorization: `Bearer ${viewerToken}` },
          payload: { publishable: true },
        })
      ).statusCode,
    ).toBe(403);
    const res = await app.inject({
      method: 'POST',
      url,
      headers: bearer(),
      payload: { publishable: true, reason: 'names no one' },
    });
    expect(res.json()).toEqual({ ok: true, publishable: true, changed: true });
    expect(await pub()).toMatchObject({
      title: 'Enlistment office set alight',
      url: 'https://example.org/kaliningrad-fire',
      publishable: true,
    });
    const history = (await app.inject({ url: `/api/events/${id}`, headers: bearer() })).json().history;
    expect(history.at(-1)).toMatchObject({
      action: 'publish-source',
      reason: 'names no one',
      username: 'ana',
      detail: { document_id: docId },
    });
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/events/${id}/sources/nope/publishable`,
          headers: bearer(),
          payload: { publishable: true },
        })
      ).statusCode,
    ).toBe(404);
    await app.inject({ method: 'POST', url, headers: bearer(), payload: { publishable: false } });
    expect(await pub()).toMatchObject({ title: null, url: null, publishable: false });
  });

  it('rejects an edit of an unknown field', async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/events/${ids.get('minsk-arrests')}`,
      headers: bearer(),
      payload: { patch: { status: 'verified' } },
    });
    expect(res.statusCode).toBe(400);
  });

  it('merges and splits back', async () => {
    const a = ids.get('moscow-rally')!,
      b = ids.get('xss-payload')!;
    expect(
      (await app.inject({ method: 'POST', url: `/api/events/${a}/merge`, headers: bearer(), payload: { others: [b] } }))
        .statusCode,
    ).toBe(200);
    expect((await app.inject({ url: `/api/events/${b}`, headers: bearer() })).json().status).toBe('merged');
    const split = await app.inject({
      method: 'POST',
      url: `/api/events/${a}/split`,
      headers: bearer(),
      payload: { mergedId: b },
    });
    expect(split.statusCode).toBe(200);
    expect((await app.inject({ url: `/api/events/${b}`, headers: bearer() })).json().status).not.toBe('merged');
  });

  it('bulk-verifies everything a query matches', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/events/bulk',
      headers: bearer(),
      payload: { action: 'verify', query: { type: ['statement'] } },
    });
    expect(res.json()).toMatchObject({ action: 'verify', changed: 1 });
  });

  it('answers a conflicting action with 409', async () => {
    const id = ids.get('kaliningrad-fire')!;
    await app.inject({
      method: 'POST',
      url: `/api/events/${id}/merge`,
      headers: bearer(),
      payload: { others: [ids.get('minsk-arrests')!] },
    });
    const res = await app.inject({
      method: 'POST',
      url: `/api/events/${ids.get('minsk-arrests')}/verify`,
      headers: bearer(),
      payload: {},
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('public cache', () => {
  it('shows the public a newly verified event at once (writes clear the cache)', async () => {
    const total = async () => (await app.inject({ url: '/api/events' })).json().total as number;
    const before = await total();
    expect(await total()).toBe(before); // served from the cache
    await app.inject({
      method: 'POST',
      url: `/api/events/${ids.get('xss-payload')}/verify`,
      headers: bearer(),
      payload: {},
    });
    expect(await total()).toBe(before + 1);
  });
});

describe('exports and docs', () => {
  it.each([
    ['acled-csv', /^event_id_cnty,/, 'text/csv'],
    ['jsonl', /^\{"id":/, 'application/x-ndjson'],
    ['geojson', /^\{"type":"FeatureCollection"/, 'application/geo+json'],
  ])('exports the current query as %s', async (format, head, mime) => {
    const res = await app.inject({ url: `/api/export?format=${format}&type=protest`, headers: bearer() });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(mime);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    expect(res.body).toMatch(head);
  });

  it('publishes an OpenAPI document describing the EventQuery parameters', async () => {
    const doc = (await app.inject({ url: '/api/docs' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const params = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['type', 'country', 'from', 'to', 'actor', 'status', 'text']));
  });

  it('sends a CSP header on every response', async () => {
    const res = await app.inject({ url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
