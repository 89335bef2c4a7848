// openStore({ create: false }): commands that read or review must not leave an empty store behind
// when --db is mistyped; they fail with a message that says what to check.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, StoreNotFoundError } from './index.js';
import { PG_URL } from './test-support.js';

describe('openStore without create', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khronika-open-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a missing SQLite file and creates neither it nor its folder', async () => {
    const path = join(dir, 'no-such-dir', 'x.db');
    await expect(openStore(path, { create: false })).rejects.toThrow(StoreNotFoundError);
    await expect(openStore(path, { create: false })).rejects.toThrow(/no database at .*x\.db: check --db/);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
  });

  it('opens an existing SQLite store', async () => {
    const path = join(dir, 'k.db');
    await (await openStore(path)).close();
    const store = await openStore(path, { create: false });
    expect(await store.documents.count()).toBe(0);
    await store.close();
  });

  it('refuses a PostgreSQL schema without Khronika tables, and creates no schema', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await expect(openStore(PG_URL, { schema, create: false })).rejects.toThrow(/no Khronika store in .*schema t_/);
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    try {
      const r = await c.query('select 1 from information_schema.schemata where schema_name = $1', [schema]);
      expect(r.rowCount).toBe(0);
    } finally {
      await c.end();
    }
  });

  it('opens an existing PostgreSQL store', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    await (await openStore(PG_URL, { schema })).close();
    const store = await openStore(PG_URL, { schema, create: false });
    try {
      expect(await store.documents.count()).toBe(0);
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
