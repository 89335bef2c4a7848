// Server and web benchmarks (issue 4 targets):
//   web.first_render_100k_ms — a fresh chromium opens the app over a store of 100k events until the
//     list, counts and map points are drawn (target ≤ 1500 ms);
//   api.list_p95_1m_ms — GET /api/events latency (p95 over a mix of EventQuery filters, through the
//     full Fastify stack with app.inject) on 1M events (target ≤ 20 ms).
// Synthetic stores are written once under $BENCH_DIR (default /tmp/khronika-bench-server) and reused.
// BENCH_EVENTS_API / BENCH_EVENTS_WEB change the sizes; BENCH_SKIP_API=1 / BENCH_SKIP_WEB=1 skip a part.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { EVENT_TYPES } from '../src/model/event.js';
import { openStore } from '../src/store/index.js';
import { fieldsToRow } from '../src/store/event-row.js';
import { buildApp } from '../src/server/app.js';
import { warmDefaultView } from '../src/server/default-view.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIR = process.env.BENCH_DIR ?? '/tmp/khronika-bench-server';
const API_EVENTS = Number(process.env.BENCH_EVENTS_API) || 1_000_000;
const WEB_EVENTS = Number(process.env.BENCH_EVENTS_WEB) || 100_000;

const PLACES: [string, string, string, number, number][] = [
  ['Moscow', 'RU-MOW', 'RU', 55.7558, 37.6173], ['Saint Petersburg', 'RU-SPE', 'RU', 59.9386, 30.3141],
  ['Novosibirsk', 'RU-NVS', 'RU', 55.0415, 82.9346], ['Yekaterinburg', 'RU-SVE', 'RU', 56.8519, 60.6122],
  ['Kazan', 'RU-TA', 'RU', 55.7887, 49.1221], ['Makhachkala', 'RU-DA', 'RU', 42.9849, 47.5047],
  ['Irkutsk', 'RU-IRK', 'RU', 52.2978, 104.2964], ['Blagoveshchensk', 'RU-AMU', 'RU', 50.2727, 127.5404],
  ['Kaliningrad', 'RU-KGD', 'RU', 54.7104, 20.4522], ['Minsk', 'BY-HM', 'BY', 53.9, 27.5667],
  ['Brest', 'BY-BR', 'BY', 52.0976, 23.7341], ['Gomel', 'BY-HO', 'BY', 52.4345, 30.9754],
  ['Kyiv', 'UA-30', 'UA', 50.4501, 30.5234], ['Simferopol', 'UA-43', 'UA', 44.9521, 34.1024],
];

/** Deterministic pseudo-random numbers (mulberry32) so every run benchmarks the same store. */
function rng(seed: number) {
  return () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

async function syntheticStore(n: number): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const file = join(DIR, `events-${n}.db`);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`; // renamed when complete: an interrupted seed is never reused
  rmSync(partial, { force: true });
  const store = await openStore(partial); // creates the schema (migrations) — rows go in below, in bulk
  await store.close();
  const db = new BetterSqlite3(partial);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const rand = rng(n);
  const now = new Date().toISOString();
  const t0 = performance.now();
  let insert: BetterSqlite3.Statement | null = null;
  db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const [place, admin1, country, lat, lon] = PLACES[Math.floor(rand() * PLACES.length)];
      const day = new Date(Date.UTC(2022, 1, 24) + Math.floor(rand() * 1400) * 86_400_000).toISOString().slice(0, 10);
      const r = rand();
      const fields = fieldsToRow({
        type: EVENT_TYPES[Math.floor(rand() * EVENT_TYPES.length)], date: r < 0.03 ? null : r < 0.08 ? day.slice(0, 7) : day, date_end: null,
        country, admin1, place: r > 0.97 ? null : place, lat: r > 0.97 ? null : lat + (rand() - 0.5) * 0.2, lon: r > 0.97 ? null : lon + (rand() - 0.5) * 0.2,
        geo_precision: r > 0.97 ? null : 1, actors: rand() < 0.3 ? ['Freedom Legion'] : [], targets: ['railway'],
        quantity: null, quantity_unit: null, fatalities: null, aggregate: false, notes: `synthetic event ${i}`,
      } as Parameters<typeof fieldsToRow>[0]);
      const row = { ...fields, status: rand() < 0.6 ? 'verified' : 'unreviewed', merged_into: null, sources_count: 1, edited: 0, created_at: now, updated_at: now };
      insert ??= db.prepare(`INSERT INTO events (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((k) => '@' + k).join(', ')})`);
      insert.run(row);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  renameSync(partial, file);
  console.log(`# seeded ${n} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${file}`);
  return file;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function apiListLatency(): Promise<void> {
  const store = await openStore(await syntheticStore(API_EVENTS));
  // No public cache here: this measures the query path, not repeated answers.
  const app = await buildApp({ store, publicCacheMs: 0 });
  const token = (await store.users.createToken((await store.users.getByUsername('bench') ?? await store.users.create('bench', 'bench password', 'analyst')).id, 'bench')).token;
  const queries = [
    '', 'type=protest', 'country=BY', 'admin1=RU-DA&from=2023-01&to=2023-06', 'type=arson,sabotage&from=2024',
    'status=unreviewed&sort=-updated', 'offset=500', 'actor=Freedom%20Legion&country=RU', 'unplaced=only', 'undated=only',
  ];
  const run = async (qs: string, auth: boolean) => {
    const t = performance.now();
    const res = await app.inject({ url: `/api/events?${qs}`, headers: auth ? { authorization: `Bearer ${token}` } : {} });
    if (res.statusCode !== 200) throw new Error(`${qs}: ${res.statusCode} ${res.body}`);
    return performance.now() - t;
  };
  for (const q of queries) { await run(q, false); await run(q, true); } // warm caches
  const times: number[] = [];
  const perQuery: Record<string, number[]> = {};
  for (let round = 0; round < 20; round++) {
    for (const q of queries) for (const auth of [false, true]) {
      const ms = await run(q, auth);
      times.push(ms);
      (perQuery[q || '(none)'] ??= []).push(ms);
    }
  }
  for (const [q, xs] of Object.entries(perQuery)) console.log(`#   ${q.padEnd(40)} p95 ${percentile(xs, 0.95).toFixed(1)} ms`);
  console.log(`api.list_p50_1m_ms: ${percentile(times, 0.5).toFixed(1)} ms`);
  console.log(`api.list_p95_1m_ms: ${percentile(times, 0.95).toFixed(1)} ms`);
  await app.close();
  await store.close();
}

async function firstRender(): Promise<void> {
  const env = process.env.NODE_ENV; // the web config forces production for the build; restore ours after
  await build({ root: join(ROOT, 'web'), logLevel: 'warn' });
  if (env === undefined) delete process.env.NODE_ENV; else process.env.NODE_ENV = env;
  const store = await openStore(await syntheticStore(WEB_EVENTS));
  const app = await buildApp({ store, webRoot: join(ROOT, 'web/dist') });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  // Each visit: a new browser profile (empty HTTP cache), timed from navigation until the list and the
  // map's points are drawn. Visit 1 meets a cold server; `khronika serve` warms the default view at
  // start-up (warmDefaultView), as done before the later visits.
  const visit = async () => {
    const profile = mkdtempSync(join(tmpdir(), 'khronika-bench-chromium-'));
    const ctx = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 1000 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await ctx.newPage();
      const t = performance.now();
      await page.goto(base + '/');
      await page.getByTestId('event-row').first().waitFor({ timeout: 60_000 });
      await page.locator('[data-testid=map][data-loaded]').waitFor({ timeout: 60_000 });
      return performance.now() - t;
    } finally {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
  try {
    const cold = await visit();
    await warmDefaultView(app);
    const warm = [await visit(), await visit(), await visit()].sort((a, b) => a - b);
    console.log(`# first render: cold server ${cold.toFixed(0)} ms; warmed ${warm.map((t) => t.toFixed(0)).join(', ')} ms`);
    console.log(`web.first_render_100k_ms: ${warm[1].toFixed(0)} ms`);
    console.log(`web.first_render_100k_cold_server_ms: ${cold.toFixed(0)} ms`);
  } finally {
    await app.close();
    await store.close();
  }
}

if (!process.env.BENCH_SKIP_API) await apiListLatency();
if (!process.env.BENCH_SKIP_WEB) await firstRender();
