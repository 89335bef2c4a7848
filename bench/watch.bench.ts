// Monitoring benchmark: 200 feeds × 50 items served on loopback. (1) `watch --once` in one process
// on SQLite: documents/s of the first pass, and the scheduling overhead per source of a second pass
// that finds nothing new (conditional GET → 304). (2) On PostgreSQL, the same first pass done by 1 and
// by 2 `khronika worker` processes from the job queue: documents/s.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { extract } from '../src/extract/index.js';
import { scheduleDue } from '../src/ingest/jobs/jobs.js';
import { ITEM_QUEUE, POLL_QUEUE, jobSchema, openQueue } from '../src/ingest/jobs/queue.js';
import { PoliteFetcher } from '../src/ingest/watch/polite-fetch.js';
import { pollDue } from '../src/ingest/watch/watch-loop.js';
import { openStore, type Store } from '../src/store/index.js';
import { generateReports } from './generate-reports.js';

const SOURCES = Number(process.env.WATCH_BENCH_SOURCES ?? 200);
const ITEMS = Number(process.env.WATCH_BENCH_ITEMS ?? 50);
const PG_URL = process.env.KHRONIKA_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const ROOT = new URL('../', import.meta.url).pathname;

const esc = (s: string) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
const half = Math.ceil((SOURCES * ITEMS) / 2);
const reports = [
  ...generateReports({ lang: 'en', count: half, seed: 7, targetChars: 1500 }),
  ...generateReports({ lang: 'ru', count: SOURCES * ITEMS - half, seed: 8, targetChars: 1500 }),
];
const feeds = Array.from({ length: SOURCES }, (_, s) => {
  const items = reports
    .slice(s * ITEMS, (s + 1) * ITEMS)
    .map(
      (r, i) =>
        `<item><guid>s${s}-i${i}</guid><title>${esc(r.title ?? `Report ${i}`)}</title><pubDate>${new Date(Date.parse('2024-03-04') - i * 3600_000).toUTCString()}</pubDate><description>${esc(r.text)}</description></item>`,
    );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${s}</title>${items.join('')}</channel></rss>`;
});
const server = createServer((q, r) => {
  const n = Number(/^\/feed\/(\d+)\.xml/.exec(q.url ?? '')?.[1] ?? -1);
  if (!(n >= 0 && n < SOURCES)) {
    r.statusCode = 404;
    r.end();
    return;
  }
  const etag = `"f${n}"`;
  if (q.headers['if-none-match'] === etag) {
    r.statusCode = 304;
    r.end();
    return;
  }
  r.setHeader('etag', etag);
  r.setHeader('content-type', 'application/rss+xml');
  r.end(feeds[n]);
});
await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function addSources(store: Store): Promise<void> {
  for (let s = 0; s < SOURCES; s++)
    await store.watch.add({
      url: `${base}/feed/${s}.xml`,
      name: `Feed ${s}`,
      kind: 'feed',
      everySeconds: 3600,
      allowPrivate: true,
    });
}

// (1) SQLite, one process.
{
  const dir = mkdtempSync(join(tmpdir(), 'khronika-watch-bench-'));
  const store = await openStore(join(dir, 'w.db'));
  await addSources(store);
  const opts = { fetcher: new PoliteFetcher({ minGapMs: 0 }), extraction: { extract }, all: true, concurrency: 4 };
  let t = performance.now();
  const first = await pollDue(store, opts);
  const s1 = (performance.now() - t) / 1000;
  const docs = first.reduce((a, o) => a + o.run.itemsNew, 0);
  const failed = first.reduce((a, o) => a + o.run.itemsFailed, 0);
  const unchanged = first.reduce((a, o) => a + o.run.itemsUnchanged, 0);
  if (failed || unchanged)
    console.log(
      `(first pass: ${failed} items failed, ${unchanged} unchanged: ${first.find((o) => o.run.error)?.run.error ?? ''})`,
    );
  t = performance.now();
  const second = await pollDue(store, opts);
  const s2 = (performance.now() - t) / 1000;
  console.log(`watch.sqlite.documents: ${docs} docs`);
  console.log(`watch.sqlite.docs_per_s: ${(docs / s1).toFixed(1)} docs/s`);
  console.log(`watch.sqlite.overhead_per_source_ms: ${((s2 * 1000) / second.length).toFixed(2)} ms`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

// (2) PostgreSQL, 1 and 2 worker processes.
for (const n of [1, 2]) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore(PG_URL, { schema });
  await addSources(store);
  const boss = await openQueue({ url: PG_URL, storeSchema: schema });
  const t = performance.now();
  await scheduleDue(store, boss, 600);
  const workers: ChildProcess[] = Array.from({ length: n }, () =>
    spawn(process.execPath, [join(ROOT, 'bin/khronika.js'), 'worker', '--db', PG_URL, '--quiet'], {
      env: { ...process.env, KHRONIKA_PG_SCHEMA: schema },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  const open = async () =>
    Number(
      (
        await c.query(
          `select count(*) as n from "${jobSchema(schema)}".job where name in ('${POLL_QUEUE}', '${ITEM_QUEUE}') and state < 'completed'`,
        )
      ).rows[0].n,
    );
  const deadline = Date.now() + 20 * 60_000;
  while ((await open()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  const secs = (performance.now() - t) / 1000;
  const docs = Number((await c.query(`select count(*) as n from "${schema}".documents`)).rows[0].n);
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map((w) => new Promise((r) => w.once('exit', r))));
  console.log(`watch.postgres.workers_${n}.documents: ${docs} docs`);
  console.log(`watch.postgres.workers_${n}.docs_per_s: ${(docs / secs).toFixed(1)} docs/s`);
  await boss.stop({ graceful: false });
  await store.close();
  await c.query(`DROP SCHEMA "${schema}" CASCADE; DROP SCHEMA "${jobSchema(schema)}" CASCADE`);
  await c.end();
}
server.close();
