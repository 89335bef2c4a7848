// A Kysely dialect over ReadPool: queries compile as SQLite's and run on a worker thread. Read-only:
// no transactions (each statement is its own snapshot, as on the in-thread connection outside one).
import {
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { ReadPool } from './read-pool.js';

class PooledReadConnection implements DatabaseConnection {
  constructor(private readonly pool: ReadPool) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: (await this.pool.run(query.sql, query.parameters)) as R[] };
  }

  // biome-ignore lint/correctness/useYield: not offered; exports page through executeQuery instead
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on the read pool; read in pages');
  }
}

class ReadPoolDriver implements Driver {
  private readonly connection: PooledReadConnection;
  constructor(private readonly pool: ReadPool) {
    this.connection = new PooledReadConnection(pool);
  }
  async init(): Promise<void> {}
  // Every "connection" shares the pool: statements are independent, so none is pinned to a worker.
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error('the read pool is read-only: no transactions');
  }
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {
    await this.pool.close();
  }
}

export class ReadPoolDialect implements Dialect {
  constructor(private readonly pool: ReadPool) {}
  createDriver(): Driver {
    return new ReadPoolDriver(this.pool);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createAdapter() {
    return new SqliteAdapter();
  }
  // `any`: Kysely's own signature
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}
