// Server and web benchmarks (issue 4 targets):
//   web.first_render_100k_ms — a fresh chromium opens the app over a store of 100k events until the
//     list, counts and map points are drawn (target ≤ 1500 ms);
//   api.list_p95_1m_ms — GET /api/events latency (p95 over a mix of EventQuery filters, through the
//     full Fastify stack with app.inject) on 1M events (target ≤ 20 ms).
// The generated stores are bench/store-fixture.ts's, built once in the temp folder and shared with
// bench/store.bench.ts (BENCH_API_DB points the API part at another store file).
// BENCH_EVENTS_API / BENCH_EVENTS_WEB change the sizes; BENCH_SKIP_API=1 / BENCH_SKIP_WEB=1 skip a part.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../test/e2e/chromium.js';
import { openStore } from '../src/store/index.js';
import { buildApp } from '../src/server/app.js';
import { warmDefaultView } from '../src/server/default-view.js';
import { cachedEventStore } from './store-fixture.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const API_EVENTS = Number(process.env.BENCH_EVENTS_API) || 1_000_000;
const WEB_EVENTS = Number(process.env.BENCH_EVENTS_WEB) || 100_000;

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

// The list shapes the UI sends (default view, filters, the analysts' review queue) and, beside them,
// the other requests of a first page load (counts, month series, map points), each timed alone.
const LIST_SHAPES = [
  '',
  'type=protest',
  'from=2023-01-01&to=2023-06-30',
  'country=BY',
  'admin1=RU-DA&from=2023-01&to=2023-06',
  'type=arson,sabotage&from=2024',
  'status=unreviewed&sort=-updated',
  'offset=500',
  'actor=legion&country=RU',
  'unplaced=only',
  'undated=only',
];
const PAGE_LOAD_SHAPES = [
  '/api/events/counts',
  '/api/events/timeseries?bucket=month',
  '/api/events/geojson?props=map&limit=10000',
];
const ROUNDS = Math.max(3, Number(process.env.BENCH_API_ROUNDS) || 10);

async function apiListLatency(): Promise<void> {
  const store = await openStore(process.env.BENCH_API_DB ?? (await cachedEventStore(API_EVENTS)));
  // No public cache here: this measures the query path, not repeated answers.
  const app = await buildApp({ store, publicCacheMs: 0 });
  const token = (
    await store.users.createToken(
      ((await store.users.getByUsername('bench')) ?? (await store.users.create('bench', 'bench password', 'analyst')))
        .id,
      'bench',
    )
  ).token;
  const run = async (url: string, auth: boolean) => {
    const t = performance.now();
    const res = await app.inject({ url, headers: auth ? { authorization: `Bearer ${token}` } : {} });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return performance.now() - t;
  };
  const measure = async (urls: string[]) => {
    for (const u of urls) {
      await run(u, false);
      await run(u, true);
    } // warm the page cache
    const per = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const u of urls)
        for (const auth of [false, true]) {
          const key = `${auth ? 'analyst' : 'public '} ${u}`;
          per.set(key, [...(per.get(key) ?? []), await run(u, auth)]);
        }
    }
    for (const [k, xs] of per)
      console.log(
        `#   ${k.padEnd(72)} p50 ${percentile(xs, 0.5).toFixed(1).padStart(7)}  p95 ${percentile(xs, 0.95).toFixed(1).padStart(7)} ms`,
      );
    return [...per.values()].flat();
  };
  console.log(`# GET /api/events on ${API_EVENTS} events (${ROUNDS} rounds, public and analyst):`);
  const times = await measure(LIST_SHAPES.map((q) => `/api/events?${q}`));
  console.log('# first page load, other requests (not part of the list figure):');
  const load = await measure(PAGE_LOAD_SHAPES);
  console.log(`api.list_p50_1m_ms: ${percentile(times, 0.5).toFixed(1)} ms`);
  console.log(`api.list_p95_1m_ms: ${percentile(times, 0.95).toFixed(1)} ms (target 20)`);
  console.log(`api.page_load_p95_1m_ms: ${percentile(load, 0.95).toFixed(1)} ms (counts, time series, map points)`);
  await app.close();
  await store.close();
}

async function firstRender(): Promise<void> {
  const env = process.env.NODE_ENV; // the web config forces production for the build; restore ours after
  await build({ root: join(ROOT, 'web'), logLevel: 'warn' });
  if (env === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = env;
  const store = await openStore(await cachedEventStore(WEB_EVENTS));
  const app = await buildApp({ store, webRoot: join(ROOT, 'web/dist') });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  // Each visit: a new browser profile (empty HTTP cache), timed from navigation until the list and the
  // map's points are drawn. Visit 1 meets a cold server; `khronika serve` warms the default view at
  // start-up (warmDefaultView), as done before the later visits.
  const visit = async () => {
    const profile = mkdtempSync(join(tmpdir(), 'khronika-bench-chromium-'));
    const ctx = await launchChromium(profile);
    try {
      const page = await ctx.newPage();
      const t = performance.now();
      await page.goto(base + '/');
      await page.getByTestId('event-row').first().waitFor({ timeout: 60_000 });
      const list = performance.now() - t;
      await page.locator('[data-testid=map][data-loaded]').waitFor({ timeout: 60_000 });
      const total = performance.now() - t;
      console.log(`#   visit: list drawn at ${list.toFixed(0)} ms, map points at ${total.toFixed(0)} ms`);
      return total;
    } finally {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
  try {
    const cold = await visit();
    await warmDefaultView(app);
    // The median of five: a browser on a shared 2-core machine varies by ±300 ms from visit to visit.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await visit());
    warm.sort((a, b) => a - b);
    console.log(
      `# first render: cold server ${cold.toFixed(0)} ms; warmed ${warm.map((t) => t.toFixed(0)).join(', ')} ms`,
    );
    console.log(`web.first_render_100k_ms: ${warm[2].toFixed(0)} ms (target 1500)`);
    console.log(`web.first_render_100k_cold_server_ms: ${cold.toFixed(0)} ms`);
  } finally {
    await app.close();
    await store.close();
  }
}

if (!process.env.BENCH_SKIP_API) await apiListLatency();
if (!process.env.BENCH_SKIP_WEB) await firstRender();
