// Test support: the same repository tests run on a temporary SQLite file and on a fresh schema of
// the PostgreSQL server at 127.0.0.1:5432 (dropped afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { EventRecord } from '../model/event.js';
import { openStore, type Store } from './index.js';

export const PG_URL = process.env.KHRONIKA_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

export async function sqliteTestStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'khronika-store-'));
  const store = await openStore(join(dir, 'test.db'));
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

export async function postgresTestStore(): Promise<TestStore> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore(PG_URL, { schema });
  return {
    store,
    dispose: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try { await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`); } finally { await c.end(); }
    },
  };
}

export const TEST_DIALECTS: [string, () => Promise<TestStore>][] = [['sqlite', sqliteTestStore], ['postgres', postgresTestStore]];

/** An EventRecord with every field given: tests override what they are about. */
export function record(over: Partial<EventRecord> = {}): EventRecord {
  return {
    doc: 'd', type: 'protest', date: '2024-03-02', date_end: null, country: 'RU', admin1: 'RU-MOW', place: 'Moscow',
    lat: 55.7558, lon: 37.6173, geo_precision: 1, actors: [], targets: ['protesters'], quantity: null, quantity_unit: null,
    fatalities: null, aggregate: false, evidence: 'People rallied in Moscow on Saturday.', ...over,
  };
}
