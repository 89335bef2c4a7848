// 013: each event keeps the earliest publication day among its reports. A report cannot tell an act
// begun after it was published, so two reports whose dates say otherwise are two acts
// (src/resolve/score.ts); events stored before 013 have none and are not held to the rule.
import type { Kysely } from 'kysely';

export function firstReported() {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('events').addColumn('first_reported', 'text').execute();
    },
    async down(): Promise<void> {
      throw new Error('013-first-reported cannot be reverted: drop the database instead');
    },
  };
}
