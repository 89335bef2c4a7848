// Store benchmarks (issue 3 targets):
//  1. ingest end to end (JSONL → reader → extract → store and resolve) into SQLite, documents/s, of
//     reports as dense in events as the real seed articles (store.ingest.docs_per_s, the target's
//     figure) and of dense digests (store.ingest.digest.*; see bench/generate-reports.ts);
//  2. four outlets' reports of one incident (bench/store-dedupe.jsonl) → events and sources;
//  3. `events` list queries (page + capped total) on a generated store of 1M events: p50/p95.
// BENCH_DOCS (reports per language, default 1,500: long enough that starting the extraction worker
// and warming its JIT do not dominate) and BENCH_EVENTS (default 1,000,000) change sizes.
// The generated store is built once into the temp folder and reused by later runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventQuery } from '../src/model/query.js';
import { generateReports, type Density } from './generate-reports.js';
import { fromDist } from './product.js';
import { cachedEventStore } from './store-fixture.js';

const { extract } = await fromDist<typeof import('../src/extract/index.js')>('extract/index.js');
const { startExtractWorkers } = await fromDist<typeof import('../src/ingest/extract-worker-client.js')>(
  'ingest/extract-worker-client.js',
);
const { ingest } = await fromDist<typeof import('../src/ingest/pipeline.js')>('ingest/pipeline.js');
const { readInputs } = await fromDist<typeof import('../src/ingest/readers/index.js')>('ingest/readers/index.js');
const { openStore } = await fromDist<typeof import('../src/store/index.js')>('store/index.js');

const DOCS = Math.max(100, Number(process.env.BENCH_DOCS) || 1500);
const EVENTS = Math.max(10_000, Number(process.env.BENCH_EVENTS) || 1_000_000);

const figure = (name: string, value: number, unit: string, digits = 1) =>
  console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

async function benchIngest(dir: string, density: Density): Promise<void> {
  const docs = [
    ...generateReports({ lang: 'en', count: DOCS, seed: 11, density }),
    ...generateReports({ lang: 'ru', count: DOCS, seed: 12, density }),
  ].map((d, i) => ({ ...d, source: `outlet-${i % 7}` }));
  const name = density === 'report' ? 'store.ingest' : 'store.ingest.digest';
  dir = join(dir, density);
  mkdirSync(dir);
  const file = join(dir, 'reports.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  // End to end as the CLI runs it: extraction in worker threads, storing on the main thread.
  const store = await openStore(join(dir, 'ingest.db'));
  const workers = startExtractWorkers();
  await workers.extractBatch([{ id: 'warm-up', text: 'Warm-up: a rally in Moscow on 1 May 2023.', lang: 'en' }]);
  const t0 = performance.now();
  const s = await ingest(readInputs([file]), store, { extractBatch: workers.extractBatch });
  const ms = performance.now() - t0;
  await workers.close();
  await store.close();
  console.log(
    `# ingest (${density}s): ${s.documents.new} documents new, ${s.documents.failed} failed; events ${s.events.new} new, ${s.events.merged} merged`,
  );
  figure(`${name}.docs_per_s`, (docs.length / ms) * 1000, 'docs/s');
  figure(`${name}.events_per_doc`, (s.events.new + s.events.merged) / docs.length, 'mentions/doc', 2);

  // Reading + storing alone: the same documents with their records extracted beforehand.
  const records = new Map(docs.map((d) => [String(d.id), extract({ ...d, id: String(d.id) })]));
  const storeOnly = await openStore(join(dir, 'ingest-store-only.db'));
  const t1 = performance.now();
  await ingest(readInputs([file]), storeOnly, { extract: (d) => records.get(d.id) ?? [] });
  const storeMs = performance.now() - t1;
  await storeOnly.close();
  figure(`${name}.store_docs_per_s`, (docs.length / storeMs) * 1000, 'docs/s (reading + storing, extraction excluded)');
}

async function benchDedupe(dir: string): Promise<void> {
  const store = await openStore(join(dir, 'dedupe.db'));
  const file = fileURLToPath(new URL('./store-dedupe.jsonl', import.meta.url));
  await ingest(readInputs([file]), store, { extract });
  const { items } = await store.events.list({});
  await store.close();
  figure('store.dedupe.events', items.length, 'events (target 1)', 0);
  figure('store.dedupe.sources', items[0]?.sources_count ?? 0, 'sources (target 4)', 0);
}

const QUERIES: Partial<EventQuery>[] = [
  {},
  { type: ['protest'] },
  { type: ['arson', 'sabotage'], from: '2023-01-01' },
  { country: ['BY'] },
  { admin1: ['RU-MOW'] },
  { from: '2022-02-24', to: '2022-03-31' },
  { status: ['verified'] },
  { status: ['unreviewed'], sort: '-updated' },
  { actor: 'vesna' },
  { actor: 'legion', country: ['RU'] },
  { text: 'военкомат' },
  { text: 'railway' },
  { place: 'Town 17' },
  { undated: 'only' },
  { unplaced: 'exclude', type: ['riot'] },
  { bbox: '30,50,40,60' },
  { type: ['protest'], offset: 500 },
];

async function benchQueries(): Promise<void> {
  const t0 = performance.now();
  const path = await cachedEventStore(EVENTS);
  figure('store.events_build_s', (performance.now() - t0) / 1000, 's (0 when reused)');
  const store = await openStore(path);
  const all: number[] = [];
  let worst = { ms: 0, q: '' };
  for (const q of QUERIES) {
    const times: number[] = [];
    for (let i = 0; i < 23; i++) {
      const t = performance.now();
      await store.events.list(q as EventQuery);
      if (i >= 3) times.push(performance.now() - t); // the first runs warm the page cache
    }
    times.sort((a, b) => a - b);
    const p95 = pct(times, 0.95);
    if (p95 > worst.ms) worst = { ms: p95, q: JSON.stringify(q) };
    all.push(...times);
  }
  all.sort((a, b) => a - b);
  const t = performance.now();
  await store.events.counts({});
  const countsMs = performance.now() - t;
  await store.close();
  console.log(`slowest query (p95 ${worst.ms.toFixed(1)} ms): ${worst.q}`);
  figure('store.query.p50_ms', pct(all, 0.5), `ms (${EVENTS} events, page of 50 + total)`, 2);
  figure('store.query.p95_ms', pct(all, 0.95), `ms (${EVENTS} events, page of 50 + total)`, 2);
  figure('store.counts_all_ms', countsMs, 'ms (exact counts by type/status over the whole store)');
}

const dir = mkdtempSync(join(tmpdir(), 'khronika-bench-store-'));
try {
  await benchIngest(dir, 'report');
  await benchIngest(dir, 'digest');
  await benchDedupe(dir);
  await benchQueries();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
