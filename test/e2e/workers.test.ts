// Two `khronika worker` processes on one PostgreSQL store share 1,000 queued items; one is killed
// with SIGKILL mid-run. Every item ends stored exactly once and every job completes: the dead
// worker's job is retried by the survivor once its time-out passes.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { PG_URL } from '../../src/store/test-support.js';
import { queueItems } from '../../src/ingest/jobs/jobs.js';
import { ITEM_QUEUE, jobSchema, openQueue } from '../../src/ingest/jobs/queue.js';
import type { FreshItem } from '../../src/ingest/watch/poll-source.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const CITIES = ['Kazan', 'Ufa', 'Perm', 'Samara', 'Omsk', 'Tomsk', 'Kursk', 'Tula'];

const items = (n: number): FreshItem[] =>
  Array.from({ length: n }, (_, k) => {
    const doc = {
      id: `item-${k}`,
      text: `Police detained ${(k % 40) + 2} people at an anti-war picket in ${CITIES[k % CITIES.length]} on Saturday, a local channel reported (post ${k}).`,
      published: '2024-03-04',
      source: 'Team feed',
    };
    return { key: doc.id, hash: `h${k}`, item: { ok: true as const, origin: `feed#${k}`, doc } };
  });

async function count(sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return Number((await c.query(sql)).rows[0].n);
  } finally {
    await c.end();
  }
}

describe('khronika worker ×2 on PostgreSQL', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const workers: ChildProcess[] = [];
  let store: Store | undefined;
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await store?.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${jobSchema(schema)}" CASCADE`);
    } finally {
      await c.end();
    }
  });

  it('stores each of 1,000 items once although one worker is killed mid-run', async () => {
    store = await openStore(PG_URL, { schema });
    const source = await store.watch.add({
      url: 'https://feeds.example/team.xml',
      name: 'Team feed',
      kind: 'feed',
      everySeconds: 600,
    });
    const boss = await openQueue({ url: PG_URL, storeSchema: schema, jobTimeoutSeconds: 10 });
    await queueItems(boss, source.id, items(1000));
    await boss.stop({ graceful: false, timeout: 1000 });

    const start = () => {
      const w = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'worker', '--db', PG_URL, '--job-timeout', '10s', '--quiet'],
        { cwd: ROOT, env: { ...process.env, KHRONIKA_PG_SCHEMA: schema }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let err = '';
      w.stderr?.on('data', (d) => {
        err += String(d);
      });
      w.on('exit', () => {
        if (err) console.error(err.slice(0, 2000));
      });
      workers.push(w);
      return w;
    };
    const docs = () => count(`select count(*) as n from "${schema}".documents`);
    const victim = start();
    start();
    // Kill one worker once work is under way.
    const t0 = Date.now();
    while ((await docs()) < 50 && Date.now() - t0 < 90_000) await new Promise((r) => setTimeout(r, 100));
    victim.kill('SIGKILL');
    const stored = await docs();
    expect(stored).toBeGreaterThanOrEqual(50);

    const open = () =>
      count(
        `select count(*) as n from "${jobSchema(schema)}".job where name = '${ITEM_QUEUE}' and state < 'completed'`,
      );
    const t1 = Date.now();
    while ((await open()) > 0 && Date.now() - t1 < 150_000) await new Promise((r) => setTimeout(r, 500));
    expect(await open()).toBe(0);
    expect(await docs()).toBe(1000);
    expect(await count(`select count(distinct external_id) as n from "${schema}".documents`)).toBe(1000);
    expect(await count(`select count(*) as n from "${schema}".watch_items`)).toBe(1000);
    expect(
      await count(
        `select count(*) as n from "${jobSchema(schema)}".job where name = '${ITEM_QUEUE}' and state = 'failed'`,
      ),
    ).toBe(0);
  }, 300_000);
});
