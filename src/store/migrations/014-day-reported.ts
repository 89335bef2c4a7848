// 014: each event keeps the earliest publication day among the reports that state its day. A report
// dated by its own publication day ("overnight", "today") may tell the night before (one day of slack,
// src/resolve/score.ts); that must be read from the reports that gave the event its day, not from a
// vaguer report that joined it earlier ("in November", out on the 3rd, then made the act of the 3rd).
// Events stored before 014 have none and fall back to their first report.
import type { Kysely } from 'kysely';

export function dayReported() {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('events').addColumn('day_reported', 'text').execute();
    },
    async down(): Promise<void> {
      throw new Error('014-day-reported cannot be reverted: drop the database instead');
    },
  };
}
