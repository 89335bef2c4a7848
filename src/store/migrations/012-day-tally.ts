// 012: the day tally (src/store/tallies.ts): events counted by exact day span, status and type, kept
// by the same triggers as the other tallies. A daily series over a date range read every event in
// the range (3–12 s from 2015 on over 1M events); it now reads a range of the tally, a few
// thousand rows per year. The triggers are written again to keep the new table too.
import { sql, type Kysely } from 'kysely';
import { tallyTriggers } from '../batched-upkeep.js';
import type { DbKind } from '../schema.js';
import { DAY_TALLY, TALLIES, refillTallies, tallyDdl, tallyTableDdl } from '../tallies.js';

export function dayTally(kind: DbKind) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      const stmts =
        kind === 'sqlite'
          ? [
              tallyTableDdl(DAY_TALLY),
              ...['events_tally_ai', 'events_tally_ad', 'events_tally_au'].map((t) => `DROP TRIGGER ${t}`),
              ...tallyTriggers(TALLIES),
            ]
          : ['DROP TRIGGER events_tally ON events', ...tallyDdl(kind, TALLIES, [DAY_TALLY])];
      for (const s of stmts) await sql.raw(s).execute(db);
      await refillTallies(db, [DAY_TALLY]);
    },
    async down(): Promise<void> {
      throw new Error('012-day-tally cannot be reverted: drop the database instead');
    },
  };
}
