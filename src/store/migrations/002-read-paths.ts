// 002: what the web app's first page load and the analysts' queue read. Indexes for the review queue
// (unreviewed, newest change first) and for unplaced events (a tenth of a store, or less, read by date);
// the event tallies (src/store/tallies.ts) for counts and the monthly series without a full scan.
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../schema.js';
import { refillTallies, tallyDdl, TALLIES_002 } from '../tallies.js';

export function readPaths(kind: DbKind) {
  // As in 001: SQLite reads a plain index backwards; PostgreSQL is told the order (undated last).
  const byDate = kind === 'postgres' ? 'date_start desc nulls last' : 'date_start';
  // SQLite appends the rowid (the id) to every index, which the sort's tie-break needs; PostgreSQL does not.
  const byUpdated = kind === 'postgres' ? 'updated_at, id' : 'updated_at';
  // Partial indexes, not (status, …): without ANALYZE, SQLite takes an equality on a leading status
  // column as selective and reads every verified event through it for the public projection.
  return {
    async up(db: Kysely<any>): Promise<void> {
      const stmts = [
        `CREATE INDEX events_unreviewed_updated ON events (${byUpdated}) WHERE status = 'unreviewed'`,
        // One per projection: the public one tests the public point, and a planner uses a partial
        // index only when the query's condition names the indexed one.
        `CREATE INDEX events_unplaced_date ON events (${byDate}) WHERE lat IS NULL`,
        `CREATE INDEX events_public_unplaced_date ON events (${byDate}) WHERE public_lat IS NULL`,
        ...tallyDdl(kind, TALLIES_002),
      ];
      for (const s of stmts) await sql.raw(s).execute(db);
      await refillTallies(db, TALLIES_002);
    },
    async down(): Promise<void> {
      throw new Error('002-read-paths cannot be reverted: drop the database instead');
    },
  };
}
