import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './index.js';
import { inReadLane, ReadPool, ReadPoolBusyError, ReadTimeoutError } from './read-pool.js';
import { seedSmallCorpus } from './test-support.js';

/** A statement that keeps SQLite busy for a while (a recursive count), with no table needed. */
const slow = (n: number) =>
  `with recursive c(x) as (select 1 union all select x + 1 from c where x < ${n}) select count(*) as n from c`;

describe('read pool (SQLite reads on worker threads)', () => {
  let dir: string;
  let path: string;
  let writer: Store;
  let reader: Store;
  let ids: Record<string, number>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'khronika-read-pool-'));
    path = join(dir, 'store.db');
    writer = await openStore(path);
    ids = await seedSmallCorpus(writer);
    reader = await openStore(path, { reads: { workers: 2 } });
  });
  afterAll(async () => {
    await reader.close();
    await writer.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every event read as the in-thread connection does', async () => {
    expect(reader.readDb).not.toBe(reader.db);
    for (const q of [
      {},
      { type: ['arrest' as const] },
      { text: 'rally' },
      { actor: 'police', sort: 'date' as const },
    ]) {
      expect(await reader.events.list(q)).toEqual(await writer.events.list(q));
    }
    expect(await reader.events.counts({}, { scan: true })).toEqual(await writer.events.counts({}, { scan: true }));
    expect(await reader.events.timeSeries({}, 'day')).toEqual(await writer.events.timeSeries({}, 'day'));
    expect(await reader.events.get(ids['protest:Moscow'])).toEqual(await writer.events.get(ids['protest:Moscow']));
  });

  it('sees what the main connection commits', async () => {
    const before = (await reader.events.list({})).total!;
    await writer.mentions.addDocument({ source: 'outlet-z', externalId: 'late', text: 'A picket in Tver.' }, [
      {
        doc: 'd',
        type: 'protest',
        date: '2024-05-01',
        date_end: null,
        country: 'RU',
        admin1: 'RU-TVE',
        place: 'Tver',
        lat: 56.86,
        lon: 35.9,
        geo_precision: 1,
        actors: [],
        targets: [],
        quantity: null,
        quantity_unit: null,
        fatalities: null,
        aggregate: false,
        evidence: 'A picket in Tver.',
      },
    ]);
    expect((await reader.events.list({})).total).toBe(before + 1);
  });

  it('refuses to write', async () => {
    await expect(reader.readDb.deleteFrom('events').execute()).rejects.toThrow(/readonly|read-only/i);
  });

  it('runs a slow read beside the event loop: timers and a light read finish while it runs', async () => {
    const pool = new ReadPool(path, { size: 2 });
    try {
      const order: string[] = [];
      let ticks = 0;
      const timer = setInterval(() => ticks++, 5);
      const heavy = pool.run(slow(3_000_000), [], 'heavy').then(() => order.push('slow'));
      const light = pool.run('select count(*) as n from events', []).then(() => order.push('light'));
      await light;
      const ticksDuringSlow = ticks;
      await heavy;
      clearInterval(timer);
      expect(order).toEqual(['light', 'slow']);
      expect(ticksDuringSlow).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('keeps one worker for light reads while heavy ones queue', async () => {
    const pool = new ReadPool(path, { size: 2 });
    try {
      const order: string[] = [];
      const heavy = [1, 2].map((i) =>
        inReadLane('heavy', () => pool.run(slow(2_000_000), [])).then(() => order.push(`heavy${i}`)),
      );
      const light = pool.run('select 1 as one', []).then(() => order.push('light'));
      await Promise.all([...heavy, light]);
      expect(order[0]).toBe('light');
    } finally {
      await pool.close();
    }
  });

  it('stops a read past its time limit with a clear error, and keeps serving', async () => {
    const pool = new ReadPool(path, { size: 2, timeoutMs: 400 });
    try {
      const err = await pool.run(slow(8_000_000), []).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReadTimeoutError);
      expect((err as Error).message).toMatch(/longer than 0\.4 s/);
      expect(await pool.run('select 2 as two', [])).toEqual([{ two: 2 }]);
    } finally {
      await pool.close();
    }
  });

  it('refuses reads beyond its queue', async () => {
    const pool = new ReadPool(path, { size: 1, maxQueue: 1 });
    try {
      const running = pool.run(slow(1_000_000), []);
      const queued = pool.run('select 1', []);
      await expect(pool.run('select 1', [])).rejects.toBeInstanceOf(ReadPoolBusyError);
      await Promise.all([running, queued]);
    } finally {
      await pool.close();
    }
  });
});

describe('PostgreSQL reads', () => {
  it('carry a statement_timeout: a runaway read is cancelled (57014, answered 503), writes keep no limit', async () => {
    const { randomBytes } = await import('node:crypto');
    const pg = (await import('pg')).default;
    const { PG_URL } = await import('./test-support.js');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const store = await openStore(PG_URL, { schema, reads: { workers: 2, timeoutMs: 200 } });
    try {
      expect(store.readDb).not.toBe(store.db);
      const { sql } = await import('kysely');
      await expect(sql`select pg_sleep(2)`.execute(store.readDb)).rejects.toMatchObject({ code: '57014' });
      await expect(sql`select pg_sleep(0.4)`.execute(store.db)).resolves.toBeDefined();
      expect((await store.events.list({})).items).toEqual([]);
    } finally {
      await store.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await c.end();
      }
    }
  });
});
