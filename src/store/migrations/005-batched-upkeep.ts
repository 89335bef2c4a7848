// SQLite: ingest indexes and counts its new events once per transaction instead of once per row
// (src/store/batched-upkeep.ts). PostgreSQL keeps its per-row trigger and generated tsvector.
import { sql, type Kysely } from 'kysely';
import { batchedUpkeepDdl } from '../batched-upkeep.js';
import type { DbKind } from '../schema.js';

export function batchedUpkeep(kind: DbKind) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      if (kind !== 'sqlite') return;
      for (const s of batchedUpkeepDdl()) await sql.raw(s).execute(db);
    },
    async down(): Promise<void> {
      throw new Error('005-batched-upkeep cannot be reverted: drop the database instead');
    },
  };
}
