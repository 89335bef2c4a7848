// Two processes ingesting the same reports into one PostgreSQL database (issue 10, "Also fix"): the
// one that finds a report already stored by the other must count it as unchanged, not fail with
// "duplicate key … documents_pkey". Two stores on one schema stand for the two processes (each has
// its own connection pool, as a process would).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from './index.js';
import { doc, PG_URL, record } from './test-support.js';

describe('concurrent ingest on PostgreSQL', () => {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let a: Store;
  let b: Store;
  beforeAll(async () => {
    a = await openStore(PG_URL, { schema });
    b = await openStore(PG_URL, { schema, migrate: false });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await c.end();
    }
  });

  it('stores each report once and reports no failure when both ingest the same batch at once', async () => {
    for (let round = 0; round < 3; round++) {
      const batch = Array.from({ length: 8 }, (_, i) => ({
        doc: doc(`outlet-${round}`, `r${i}`, `Report ${round}-${i}: a picket in Samara.`),
        records: [
          record({
            place: 'Samara',
            admin1: 'RU-SAM',
            date: `2024-0${round + 1}-1${i}`,
            evidence: 'a picket in Samara',
          }),
        ],
      }));
      const [ra, rb] = await Promise.all([a.mentions.addDocuments(batch), b.mentions.addDocuments(batch)]);
      // every report was created by exactly one of the two; the other saw it as already stored
      for (let i = 0; i < batch.length; i++) {
        expect(ra[i].documentId).toBe(rb[i].documentId);
        expect([ra[i].created, rb[i].created].filter(Boolean)).toHaveLength(1);
      }
    }
    expect(await a.documents.count()).toBe(24);
    expect(await a.mentions.count()).toBe(24);
  });
});
