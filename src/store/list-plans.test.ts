// Analysts' filtered lists on a large store stay index reads (migration 011-list-indexes): for each
// filter combination the web app and the API ask, every statement list() runs — the page and the
// capped count — searches an index (SQLite's EXPLAIN QUERY PLAN says "SEARCH events USING INDEX",
// never a plain "SCAN events" nor a sort; only an unfiltered list walks the index of its order), a
// type with a country or a region uses the index made for it, and a date range is counted from the
// index alone. The lists themselves are checked against a plain filter in code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventType } from '../model/event.js';
import type { EventQuery } from '../model/query.js';
import { combine } from '../resolve/combine.js';
import { fieldsToRow } from './event-row.js';
import { openStore, type Store } from './index.js';
import { EventRepository } from './repos/events.js';
import type { Database } from './schema.js';
import { PG_URL, record } from './test-support.js';

const TYPES: EventType[] = ['protest', 'arrest', 'arson', 'riot'];
const REGIONS = ['RU-MOW', 'RU-SPE', 'BY-HM', 'UA-43'];

/** 240 events over four types, four regions in three countries, two years; some undated, some month-dated. */
async function seed(db: Kysely<Database>): Promise<void> {
  const now = new Date().toISOString();
  const rows = Array.from({ length: 240 }, (_, i) => {
    const admin1 = REGIONS[i % 4];
    const day = `${2023 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const date = i % 17 === 0 ? null : i % 11 === 0 ? day.slice(0, 7) : day;
    const fields = combine([
      record({
        type: TYPES[Math.floor(i / 4) % 4],
        date,
        country: admin1.slice(0, 2),
        admin1,
        place: `Place ${i % 9}`,
      }),
    ]);
    return {
      ...fieldsToRow(fields),
      status: i % 13 === 0 ? 'merged' : i % 3 === 0 ? 'verified' : 'unreviewed',
      merged_into: null,
      sources_count: 1,
      edited: 0,
      created_at: now,
      updated_at: now,
    };
  });
  await db.insertInto('events').values(rows).execute();
}

/** The filter combinations of the web app's explorer and the API (one page of 50 each). */
const QUERIES: Partial<EventQuery>[] = [
  {},
  { type: ['arrest'] },
  { type: ['arrest'], from: '2023-03', to: '2023-09' },
  { admin1: ['RU-SPE'], from: '2024-01', to: '2024-06' },
  { country: ['RU'], type: ['protest'] },
  { country: ['RU'], type: ['protest', 'riot'] },
  { admin1: ['BY-HM'], type: ['arson'], sort: 'date' },
  { admin1: ['RU-MOW'], type: ['riot'], from: '2023-02-10', to: '2023-12-31' },
  { country: ['UA'], from: '2024-05-01' },
  { from: '2023-06-01', to: '2023-06-30' },
  { from: '2023-03-15', to: '2023-03-20' }, // a month-dated event (2023-03) starts before and overlaps
  { status: ['verified'], type: ['arrest'] },
  { status: ['unreviewed'], sort: '-updated' },
  { place: 'Place 3' },
  { undated: 'only' },
];

interface Probe {
  kind: 'sqlite' | 'postgres';
  store: Store;
  db: Kysely<Database>;
  reader: EventRepository;
  statements: CompiledQuery[];
  dispose(): Promise<void>;
}

/** A store, and a reader over a second connection that records every statement it runs. */
async function probe(kind: 'sqlite' | 'postgres'): Promise<Probe> {
  const statements: CompiledQuery[] = [];
  const log = (e: { level: string; query: CompiledQuery }) => {
    statements.push(e.query);
  };
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'khronika-plans-'));
    const store = await openStore(join(dir, 'test.db'));
    const conn = new BetterSqlite3(join(dir, 'test.db'));
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: conn }), log });
    return {
      kind,
      store,
      db,
      reader: new EventRepository(db, kind),
      statements,
      dispose: async () => {
        await db.destroy();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore(PG_URL, { schema });
  // One session, told to avoid sequential scans: on a table this small the planner would rightly
  // read it whole, and the question here is whether an index can serve the filter and its order.
  const pool = new pg.Pool({
    connectionString: PG_URL,
    max: 1,
    options: `-c search_path=${schema} -c enable_seqscan=off`,
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  return {
    kind,
    store,
    db,
    reader: new EventRepository(db, kind),
    statements,
    dispose: async () => {
      await db.destroy();
      await store.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

/** The plan lines of one recorded statement, explained on the reader's own connection. */
async function explain(p: Probe, q: CompiledQuery): Promise<string[]> {
  const prefix = p.kind === 'sqlite' ? 'explain query plan ' : 'explain (costs off) ';
  const rows = await p.db.executeQuery<Record<string, string>>({ ...q, sql: prefix + q.sql });
  return rows.rows.map((r) => (p.kind === 'sqlite' ? r.detail : r['QUERY PLAN']));
}

/** The events a query should list, by a plain filter over every row. */
async function expected(store: Store, q: Partial<EventQuery>): Promise<number[]> {
  const all = await store.db.selectFrom('events').selectAll().execute();
  const from = q.from ? `${q.from}-01-01`.slice(0, 10) : null;
  const to = q.to ? (q.to.length === 7 ? `${q.to}-31` : q.to) : null;
  const dated = Boolean(from || to);
  const keep = all.filter(
    (e) =>
      (q.status ? q.status.includes(e.status as never) : e.status !== 'merged') &&
      (!q.type || q.type.includes(e.type as EventType)) &&
      (!q.country || q.country.includes(e.country!)) &&
      (!q.admin1 || q.admin1.includes(e.admin1!)) &&
      (!q.place || e.place === q.place) &&
      (q.undated === 'only'
        ? e.date_start === null
        : !dated || (e.date_start !== null && (!from || e.date_stop! >= from) && (!to || e.date_start <= to))),
  );
  const key = q.sort?.endsWith('updated') ? 'updated_at' : 'date_start';
  const desc = !q.sort || q.sort.startsWith('-');
  keep.sort((a, b) => {
    const [x, y] = [a[key], b[key]];
    if (x !== y) {
      if (x === null) return desc ? 1 : -1;
      if (y === null) return desc ? -1 : 1;
      return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return (a.id - b.id) * (desc ? -1 : 1);
  });
  return keep.slice(0, 50).map((e) => e.id);
}

describe.each(['sqlite', 'postgres'] as const)("analysts' filtered lists on %s", (kind) => {
  let p: Probe;
  beforeAll(async () => {
    p = await probe(kind);
    await seed(p.store.db);
  });
  afterAll(async () => p?.dispose());

  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))(
    '%s: lists what a plain filter finds, by index',
    async (_, q) => {
      p.statements.length = 0;
      const { items } = await p.reader.list(q as EventQuery);
      expect(items.map((e) => e.id)).toEqual(await expected(p.store, q));
      const reads = p.statements.filter((s) => /\bfrom "events"/.test(s.sql));
      expect(reads.length).toBeGreaterThan(0);
      for (const s of reads) {
        const plan = await explain(p, s);
        const where = `${s.sql}\n${plan.join('\n')}`;
        if (kind === 'sqlite') {
          // Only a list with no indexed filter walks an index in its sort order (and stops at the page's end).
          const unfiltered = !(q.type || q.country || q.admin1 || q.place || q.from || q.to || q.undated);
          expect(
            plan
              .filter((l) => /^SCAN events\b/.test(l))
              .every((l) => unfiltered && / USING (COVERING )?INDEX /.test(l)),
            where,
          ).toBe(true);
          expect(plan.some((l) => /^SEARCH events USING (COVERING )?INDEX /.test(l)) || unfiltered, where).toBe(true);
          expect(
            plan.some((l) => /TEMP B-TREE FOR ORDER BY/.test(l)),
            where,
          ).toBe(false);
        } else {
          expect(
            plan.some((l) => /Seq Scan on events/.test(l)),
            where,
          ).toBe(false);
        }
      }
    },
  );

  it.each<[Partial<EventQuery>, string]>([
    [{ country: ['RU'], type: ['protest'] }, 'events_country_type_date'],
    [{ admin1: ['BY-HM'], type: ['arson'], sort: 'date' }, 'events_admin1_type_date'],
  ])('%j reads the index made for the pair, in list order', async (q, index) => {
    p.statements.length = 0;
    await p.reader.list({ ...q, limit: 3 } as EventQuery);
    const [page, count] = p.statements.filter((s) => /\bfrom "events"/.test(s.sql));
    for (const s of [page, count]) {
      const plan = (await explain(p, s)).join('\n');
      expect(plan, s.sql).toContain(index);
      expect(plan, s.sql).not.toMatch(/TEMP B-TREE|Sort/);
    }
  });

  it.runIf(kind === 'sqlite')('counts a date range from the index alone', async () => {
    p.statements.length = 0;
    await p.reader.list({ type: ['arrest'], from: '2023-01', to: '2024-12', limit: 2 } as EventQuery);
    const count = p.statements.find((s) => /count\(\*\)/.test(s.sql))!;
    expect((await explain(p, count)).join('\n')).toMatch(/USING COVERING INDEX events_type_date/);
  });
});
