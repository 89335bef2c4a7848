// The team's queue on the real PostgreSQL server: a job taken by a worker that died (fetched, never
// finished) is retried once its time-out passes and stored by a live worker; a retried store job
// adds nothing twice; the scheduler queues each due source once.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../../extract/index.js';
import { openStore, type Store } from '../../store/index.js';
import { PG_URL } from '../../store/test-support.js';
import { PoliteFetcher } from '../watch/polite-fetch.js';
import type { FreshItem } from '../watch/poll-source.js';
import { queueItems, runItemJob, scheduleDue, type ItemJob } from './jobs.js';
import { ITEM_QUEUE, POLL_QUEUE, jobSchema, openQueue } from './queue.js';
import { startWorker } from './worker.js';

const items = (n: number, from = 0): FreshItem[] =>
  Array.from({ length: n }, (_, i) => {
    const k = from + i;
    const doc = {
      id: `post-${k}`,
      text: `Police detained ${k + 2} people at an anti-war picket in Kazan on Saturday (report ${k}).`,
      published: '2024-03-04',
      source: 'Team feed',
    };
    return { key: doc.id, hash: `h${k}`, item: { ok: true, origin: `test#${k}`, doc } };
  });

/** Waits until `value()` equals `want`; on time-out, fails showing the last value. */
async function waitFor<T>(value: () => Promise<T>, want: T, ms: number): Promise<void> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await value();
    if (last === want) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${String(want)}: last ${String(last)}`);
}
const countOf = async (store: Store, table: 'documents' | 'watch_items') =>
  Number(
    (
      await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the team job queue (postgres)', () => {
  let schema: string;
  let store: Store;
  let boss: PgBoss;
  let sourceId: number;
  beforeEach(async () => {
    schema = `t_${randomBytes(6).toString('hex')}`;
    store = await openStore(PG_URL, { schema });
    boss = await openQueue({ url: PG_URL, storeSchema: schema, jobTimeoutSeconds: 10 });
    sourceId = (
      await store.watch.add({
        url: 'https://feeds.example/team.xml',
        name: 'Team feed',
        kind: 'feed',
        everySeconds: 600,
      })
    ).id;
  });
  afterEach(async () => {
    await boss.stop({ graceful: false, timeout: 2000 }).catch(() => undefined);
    await store.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${jobSchema(schema)}" CASCADE`);
    } finally {
      await c.end();
    }
  });

  it('retries the job of a worker that died, and stores each item once', async () => {
    await queueItems(boss, sourceId, items(40));
    // A worker takes one job and dies without finishing it.
    const [taken] = await boss.fetch<ItemJob>(ITEM_QUEUE, { batchSize: 1 });
    expect(taken.data.items.length).toBeGreaterThan(5);
    // Part of its work reached the store before it died.
    await runItemJob(store, { extract }, { sourceId, items: taken.data.items.slice(0, 5) });

    await startWorker(store, boss, {
      fetcher: new PoliteFetcher(),
      extraction: { extract },
      pollingIntervalSeconds: 0.5,
    });
    await waitFor(() => countOf(store, 'documents'), 40, 90_000);
    await waitFor(async () => (await boss.getJobById(ITEM_QUEUE, taken.id))?.state, 'completed', 30_000);
    const retried = await boss.getJobById<ItemJob>(ITEM_QUEUE, taken.id);
    expect(retried?.state).toBe('completed');
    expect(retried?.retryCount).toBeGreaterThanOrEqual(1);
    const docs = await store.db.selectFrom('documents').select('external_id').execute();
    expect(new Set(docs.map((d) => d.external_id)).size).toBe(40);
    const seen = await store.db.selectFrom('watch_items').select('item_key').execute();
    expect(seen).toHaveLength(40);
  }, 150_000);

  it('queues each due source once, and not again while its poll is leased', async () => {
    expect(await scheduleDue(store, boss, 600)).toBe(1);
    expect(await scheduleDue(store, boss, 600)).toBe(0);
    expect(await boss.getQueueSize(POLL_QUEUE)).toBe(1);
  });
});
