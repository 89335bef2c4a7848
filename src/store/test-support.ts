// Test support: the same repository tests run on a temporary SQLite file and on a fresh schema of
// the PostgreSQL server at 127.0.0.1:5432 (dropped afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { EventRecord } from '../model/event.js';
import type { EventQuery } from '../model/query.js';
import { openStore, type Store } from './index.js';

export const PG_URL = process.env.KHRONIKA_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  store: Store;
  dispose(): Promise<void>;
}

export async function sqliteTestStore(): Promise<TestStore> {
  const dir = mkdtempSync(join(tmpdir(), 'khronika-store-'));
  const store = await openStore(join(dir, 'test.db'));
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await c.end();
      }
    },
  };
}

export const TEST_DIALECTS: [string, () => Promise<TestStore>][] = [
  ['sqlite', sqliteTestStore],
  ['postgres', postgresTestStore],
];

/** An EventRecord with every field given: tests override what they are about. */
export function record(over: Partial<EventRecord> = {}): EventRecord {
  return {
    doc: 'd',
    type: 'protest',
    date: '2024-03-02',
    date_end: null,
    country: 'RU',
    admin1: 'RU-MOW',
    place: 'Moscow',
    lat: 55.7558,
    lon: 37.6173,
    geo_precision: 1,
    actors: [],
    targets: ['protesters'],
    quantity: null,
    quantity_unit: null,
    fatalities: null,
    aggregate: false,
    evidence: 'People rallied in Moscow on Saturday.',
    ...over,
  };
}

export const doc = (source: string, externalId: string, text: string, extra: Record<string, unknown> = {}) => ({
  source,
  externalId,
  text,
  ...extra,
});

/**
 * A small corpus for repository and review tests. Returns event ids by `type:place|admin1|country`:
 * protest:Moscow (three outlets, one Russian), arrest:Moscow, arrest:Minsk, statement:RU-SA
 * (month-dated, region only), sabotage:RU (undated, unplaced).
 */
export async function seedSmallCorpus(s: Store): Promise<Record<string, number>> {
  // A small corpus: one Moscow protest from three outlets (one in Russian), a Minsk arrest, a
  // month-dated Yakutia statement, an undated and unplaced sabotage claim.
  await s.mentions.addDocument(
    doc('outlet-a', '1', 'Hundreds rallied on Pushkin Square in Moscow against the war.', {
      url: 'https://a.example/1',
      published: '2024-03-03',
    }),
    [
      record({
        evidence: 'Hundreds rallied on Pushkin Square',
        quantity: 300,
        quantity_unit: 'people',
        evidence_field: 'text',
        evidence_start: 0,
        evidence_end: 34,
        extractor: 'test@1',
      }),
    ],
  );
  await s.mentions.addDocument(doc('outlet-b', 'x9', 'Police detained demonstrators after a rally in Moscow.'), [
    record({ actors: ['Moscow police'], evidence: 'a rally in Moscow' }),
    record({ type: 'arrest', actors: ['Moscow police'], quantity: 12, evidence: 'Police detained demonstrators' }),
  ]);
  await s.mentions.addDocument(
    doc('outlet-c', 'ru-1', 'В Москве на Пушкинской площади прошла акция протеста.', { lang: 'ru' }),
    [record({ evidence: 'В Москве на Пушкинской площади прошла акция протеста.' })],
  );
  await s.mentions.addDocument(doc('outlet-a', '2', 'Belarusian security forces arrested a blogger in Minsk.'), [
    record({
      type: 'arrest',
      date: '2024-03-05',
      country: 'BY',
      admin1: 'BY-HM',
      place: 'Minsk',
      lat: 53.9,
      lon: 27.5667,
      actors: ['KGB of Belarus'],
      targets: ['blogger'],
      evidence: 'arrested a blogger in Minsk',
    }),
  ]);
  await s.mentions.addDocument(doc('outlet-d', 'y', 'Activists in Yakutia issued an appeal in April.'), [
    record({
      type: 'statement',
      date: '2024-04',
      admin1: 'RU-SA',
      place: null,
      lat: null,
      lon: null,
      geo_precision: 2,
      actors: ['Free Yakutia Foundation'],
      targets: [],
      evidence: 'issued an appeal',
    }),
  ]);
  await s.mentions.addDocument(doc('outlet-e', 'z', 'A partisan group claimed a relay cabinet fire.'), [
    record({
      type: 'sabotage',
      date: null,
      country: 'RU',
      admin1: null,
      place: null,
      lat: null,
      lon: null,
      geo_precision: 3,
      actors: [],
      targets: ['relay cabinet'],
      evidence: 'claimed a relay cabinet fire',
    }),
  ]);
  const ids: Record<string, number> = {};
  for (const e of (await s.events.list({ sort: 'date' } as EventQuery)).items)
    ids[`${e.type}:${e.place ?? e.admin1 ?? e.country}`] = e.id;
  return ids;
}
