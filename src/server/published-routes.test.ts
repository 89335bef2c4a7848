// No private name reaches the public (issue 10, item 2). Reports naming private people (fictional,
// English and Russian) back a verified event; an anonymous client walks every GET route of the
// OpenAPI document the server serves — each path with each id, each enum-valued query parameter with
// each value, and `text=` with each name — and none of the names may appear in any response, nor
// may the text filter find or count anything by them. The walk runs against a store whose analysts'
// read path throws, so every anonymous route is shown to read the published path only.
// Alike on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/index.js';
import { TEST_DIALECTS, type TestStore } from '../store/test-support.js';
import { leaks, PRIVATE_NAMES, REPORTS, UNVERIFIED } from '../../test/fixtures/private-names.js';
import { buildApp } from './app.js';
import { reviewFor } from '../review/index.js';

interface OpenApiOperation {
  parameters?: { in: string; name: string; schema?: { enum?: string[]; items?: { enum?: string[] } } }[];
}

/** Nothing found: an empty list, zero counts, no features, no series, an export with no rows. */
function foundNothing(path: string, query: Record<string, string>, body: string): boolean {
  if (path === '/api/export') {
    if (query.format === 'jsonl') return body.trim() === '';
    if (query.format === 'geojson') return (JSON.parse(body) as { features: unknown[] }).features.length === 0;
    return body.split('\r\n').filter(Boolean).length === 1; // the header only
  }
  const b = JSON.parse(body) as {
    items?: unknown[];
    total?: number;
    features?: unknown[];
    series?: unknown[];
    undated?: number;
    imprecise?: number;
  };
  if (path === '/api/events') return b.items!.length === 0 && b.total === 0;
  if (path === '/api/events/counts') return b.total === 0;
  if (path === '/api/events/geojson') return b.features!.length === 0;
  if (path === '/api/events/timeseries') return b.series!.length === 0 && b.undated === 0 && b.imprecise === 0;
  throw new Error(`no rule for what ${path} finds: add one`);
}

describe.each(TEST_DIALECTS)('no private name reaches the public (%s)', (_name, open) => {
  let t: TestStore;
  let store: Store;
  let app: FastifyInstance;
  let guarded: FastifyInstance;
  let eventIds: number[];
  let unverifiedId: number;
  let docIds: string[];
  let analyst: { authorization: string };

  beforeAll(async () => {
    t = await open();
    store = t.store;
    const results = [];
    for (const r of REPORTS) results.push(await store.mentions.addDocument(r.doc, r.records));
    eventIds = [...new Set(results.flatMap((r) => r.mentions.map((m) => m.eventId)))];
    docIds = results.map((r) => r.documentId);
    for (const id of eventIds) await reviewFor(store).verify(id, { userId: null });
    // The third report names no one: an analyst lets the public see it.
    await reviewFor(store).setSourcePublishable(results[2].mentions[0].eventId, docIds[2], true, {
      userId: null,
      reason: 'names no one',
    });
    const hidden = await store.mentions.addDocument(UNVERIFIED.doc, UNVERIFIED.records);
    unverifiedId = hidden.mentions[0].eventId;
    docIds.push(hidden.documentId);
    const user = await store.users.create('ana', 'correct horse battery', 'analyst');
    analyst = { authorization: `Bearer ${(await store.users.createToken(user.id, 'test')).token}` };
    app = await buildApp({ store, publicCacheMs: 0, rateLimits: false });
    // The analysts' read path refuses to be used: an anonymous route that touched it would answer 500.
    const refuse = new Proxy(store.events, {
      get: (_t, prop) => {
        throw new Error(`anonymous request read store.events.${String(prop)}`);
      },
    });
    guarded = await buildApp({ store: { ...store, events: refuse }, publicCacheMs: 0, rateLimits: false });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await guarded?.close();
    await t?.dispose();
  });

  /** Every anonymous GET request the OpenAPI document allows, with the values that matter here. */
  async function walk(): Promise<{ path: string; url: string; query: Record<string, string> }[]> {
    const doc = (await guarded.inject({ url: '/api/docs' })).json() as {
      paths: Record<string, { get?: OpenApiOperation }>;
    };
    const out: { path: string; url: string; query: Record<string, string> }[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get) continue;
      const params = ops.get.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      const ids = pathParams.length ? [...eventIds, unverifiedId, ...docIds].map(String) : [''];
      const queryEnums = params
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, values: p.schema?.enum ?? p.schema?.items?.enum ?? [] }))
        .filter((p) => p.values.length);
      // The route's own switches (format, props, bucket) change the answer's shape: walk each with every other case.
      const shapes = queryEnums.filter((p) => ['format', 'props', 'bucket'].includes(p.name));
      let variants: Record<string, string>[] = [{}];
      for (const s of shapes) variants = variants.flatMap((v) => s.values.map((x) => ({ ...v, [s.name]: x })));
      const filters = queryEnums
        .filter((p) => !shapes.includes(p))
        .flatMap((p) => p.values.map((x) => ({ [p.name]: x })));
      const hasText = params.some((p) => p.in === 'query' && p.name === 'text');
      const queries = variants.flatMap((v) => [
        v,
        ...filters.map((f) => ({ ...v, ...f })),
        ...(hasText ? PRIVATE_NAMES.map((n) => ({ ...v, text: n })) : []),
      ]);
      for (const id of ids) {
        const concrete = pathParams.reduce((p, name) => p.replace(`{${name}}`, encodeURIComponent(id)), path);
        for (const query of queries)
          out.push({
            path,
            url: `${concrete}${Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''}`,
            query,
          });
      }
    }
    return out;
  }

  it('walks every public route and export and finds none of the names; the text filter finds nothing by them', async () => {
    const requests = await walk();
    const paths = new Set(requests.map((r) => r.path));
    for (const p of [
      '/api/events',
      '/api/events/counts',
      '/api/events/timeseries',
      '/api/events/geojson',
      '/api/events/{id}',
      '/api/export',
    ])
      expect(paths, p).toContain(p);
    const failures: string[] = [];
    let ok = 0;
    for (const r of requests) {
      const res = await guarded.inject({ url: r.url });
      if (res.statusCode >= 500) failures.push(`${r.url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      const found = leaks(res.body);
      if (found.length) failures.push(`${r.url}: names ${found.join(', ')}`);
      for (const [k, v] of Object.entries(res.headers))
        if (leaks(String(v)).length) failures.push(`${r.url}: header ${k}`);
      if (res.statusCode === 200) ok++;
      if (res.statusCode === 200 && r.query.text && !foundNothing(r.path, r.query, res.body))
        failures.push(`${r.url}: found something`);
    }
    expect(failures).toEqual([]);
    expect(ok).toBeGreaterThan(100);
  }, 120_000);

  it('shows the event itself to the public, each source with its outlet and date, titles and URLs only where publishable', async () => {
    const list = (await guarded.inject({ url: '/api/events?text=kazan' })).json() as { items: { id: number }[] };
    expect(list.items.map((e) => e.id).sort()).toEqual([...eventIds].sort());
    const sources = (
      await Promise.all(eventIds.map(async (id) => (await guarded.inject({ url: `/api/events/${id}` })).json().sources))
    ).flat();
    expect(sources.map((s: { source: string }) => s.source).sort()).toEqual([
      'Open Wire',
      'Volga Herald',
      'Волжский вестник',
    ]);
    for (const s of sources) {
      expect(s.published).toMatch(/^2025-02-1[56]$/);
      if (s.source === 'Open Wire')
        expect(s).toMatchObject({
          title: 'Picket in Kazan ends in detentions',
          url: 'https://open-wire.example/kazan-picket',
          publishable: true,
        });
      else expect(s).toMatchObject({ title: null, url: null, publishable: false });
    }
    // the publishable report's text is searchable by the public; the others' is not
    expect((await guarded.inject({ url: '/api/events/counts?text=rights%20group' })).json().total).toBeGreaterThan(0);
    expect((await guarded.inject({ url: '/api/events/counts?text=school%20teacher' })).json().total).toBe(0);
    const csv = (await guarded.inject({ url: '/api/export?format=acled-csv' })).body;
    expect(csv).toContain('https://open-wire.example/kazan-picket');
    expect(csv).toContain('Volga Herald');
    expect((await guarded.inject({ url: `/api/events/${unverifiedId}` })).statusCode).toBe(404);
  });

  it('lets analysts find the names (so the walk above is not empty by construction)', async () => {
    for (const name of ['Tikhomirov', 'Орлову', 'Nurgaliev']) {
      const counts = (
        await app.inject({ url: `/api/events/counts?text=${encodeURIComponent(name)}`, headers: analyst })
      ).json();
      expect(counts.total, name).toBeGreaterThan(0);
    }
    const body = (await app.inject({ url: '/api/export?format=jsonl', headers: analyst })).body;
    expect(leaks(body)).toEqual(expect.arrayContaining(['Tikhomirov', 'Светлан', 'Nurgaliev']));
  });
});
