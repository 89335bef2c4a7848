// One Kysely instance per store: better-sqlite3 for a file, a pg pool for postgres://.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { ReadPool } from './read-pool.js';
import { ReadPoolDialect } from './read-pool-dialect.js';
import type { Database } from './schema.js';
import type { StoreTarget } from './settings.js';

export interface ConnectOptions {
  /** false: the store must exist already (a SQLite file, or Khronika's tables in PostgreSQL) */
  create: boolean;
}

/** The store named does not exist and the caller asked not to create it. */
export class StoreNotFoundError extends Error {}

export async function connect(
  settings: StoreTarget,
  opts: ConnectOptions = { create: true },
): Promise<Kysely<Database>> {
  return settings.kind === 'postgres'
    ? connectPostgres(settings.db, settings.schema, opts.create)
    : connectSqlite(settings.db, opts.create);
}

function connectSqlite(path: string, create: boolean): Kysely<Database> {
  if (path !== ':memory:') {
    if (!create && !existsSync(path)) {
      throw new StoreNotFoundError(
        `no database at ${path}: check --db (or $KHRONIKA_DB); \`khronika ingest\` or \`khronika serve\` creates a new one`,
      );
    }
    mkdirSync(dirname(path), { recursive: true });
  }
  const database = new BetterSqlite3(path, { fileMustExist: !create && path !== ':memory:' });
  // WAL + synchronous=NORMAL: a commit survives a process crash (what ingest needs) without an fsync each.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('cache_size = -65536');
  // Checkpoint the WAL every ~40 MB rather than every 4 MB: an ingest batch writes a few MB, and a
  // checkpoint (the one step that syncs to disk) after nearly every batch cost ingest ~10%.
  database.pragma('wal_autocheckpoint = 10000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * Kysely prepares every query afresh; preparing costs more than running the small queries ingest
 * makes, so prepared statements are kept per SQL text (bounded: `in (…)` lists vary in length).
 */
function withStatementCache(database: BetterSqlite3.Database, max = 500) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => database.close(),
    prepare(sqlText: string) {
      let stmt = cache.get(sqlText);
      if (!stmt) {
        stmt = database.prepare(sqlText);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
  };
}

/** How the server reads: off the event loop and bounded in time (see src/store/read-pool.ts). */
export interface ReadSettings {
  /** SQLite: worker threads (default 2); PostgreSQL: pool connections (default 10) */
  workers?: number;
  /** per statement (default 10 s) */
  timeoutMs?: number;
}

export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/**
 * A second Kysely for reads. SQLite: a pool of read-only connections on worker threads (an in-memory
 * database cannot be shared, so it reads in-thread). PostgreSQL: its own pg pool whose sessions carry
 * a statement_timeout, so a runaway read is cancelled by the server while writes keep no limit.
 */
export async function connectReads(settings: StoreTarget, reads: ReadSettings): Promise<Kysely<Database> | null> {
  const timeoutMs = reads.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  if (settings.kind === 'sqlite') {
    if (settings.db === ':memory:') return null;
    return new Kysely<Database>({
      dialect: new ReadPoolDialect(new ReadPool(settings.db, { size: reads.workers ?? 2, timeoutMs })),
    });
  }
  const options = [
    `-c statement_timeout=${Math.round(timeoutMs)}`,
    ...(settings.schema ? [`-c search_path=${settings.schema}`] : []),
  ].join(' ');
  const pool = new pg.Pool({ connectionString: settings.db, max: reads.workers ?? 10, options });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function connectPostgres(url: string, schema: string | undefined, create: boolean): Promise<Kysely<Database>> {
  if (schema && create) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await admin.end();
    }
  }
  // The search path is a connection option, so every pooled connection starts in the schema.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await sql`select 1`.execute(db); // fail fast on a bad URL
  if (!create) {
    const found = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
      where table_schema = current_schema() and table_name = 'events'`.execute(db);
    if (!found.rows[0]?.n) {
      await db.destroy();
      throw new StoreNotFoundError(
        `no Khronika store in ${redactUrl(url)}${schema ? ` (schema ${schema})` : ''}: check --db (or $KHRONIKA_DB); \`khronika ingest\` or \`khronika serve\` creates one`,
      );
    }
  }
  return db;
}

/** A connection URL without its password, for messages. */
function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/, '$1:***@');
}
