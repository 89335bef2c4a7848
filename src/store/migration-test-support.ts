// Test support for migration tests: a store opened without running its migrations (a temporary
// SQLite file, or a fresh PostgreSQL schema), which the test brings up to a named migration, fills
// as an older build would have, then migrates further. Disposing removes the file or the schema.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import pg from 'pg';
import { openStore, type Store } from './index.js';
import { migrations } from './migrations/index.js';
import { PG_URL } from './test-support.js';

export interface UnmigratedStore {
  store: Store;
  /** runs the migrations up to and including `name`; an error fails the test */
  migrateTo(name: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function openUnmigrated(kind: 'sqlite' | 'postgres'): Promise<UnmigratedStore> {
  let store: Store;
  let schema: string | undefined;
  let drop: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'khronika-mig-'));
    store = await openStore(join(dir, 'test.db'), { migrate: false });
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `t_${randomBytes(6).toString('hex')}`;
    schema = name;
    store = await openStore(PG_URL, { schema, migrate: false });
    drop = async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      } finally {
        await c.end();
      }
    };
  }
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations(kind) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  return {
    store,
    async migrateTo(name) {
      const { error } = await migrator.migrateTo(name);
      if (error) throw error;
    },
    async dispose() {
      await store.close();
      await drop();
    },
  };
}
