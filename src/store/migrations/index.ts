// Versioned migrations: Kysely's Migrator records each applied name in kysely_migration, so
// migrate() is idempotent and a newer build applies only what is missing.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DbKind } from '../schema.js';
import { initial } from './001-initial.js';
import { readPaths } from './002-read-paths.js';
import { coveringFilterIndexes } from './003-covering-filter-indexes.js';
import { leanFts } from './004-lean-fts.js';
import { batchedUpkeep } from './005-batched-upkeep.js';
import { publishableSources } from './006-publishable-sources.js';
import { dedup } from './007-dedup.js';
import { savedViews } from './008-saved-views.js';
import { watchSources } from './009-watch-sources.js';
import { alerts } from './010-alerts.js';
import { listIndexes } from './011-list-indexes.js';
import { dayTally } from './012-day-tally.js';
import { firstReported } from './013-first-reported.js';
import { dayReported } from './014-day-reported.js';

export function migrations(kind: DbKind): Record<string, Migration> {
  return {
    '001-initial': initial(kind),
    '002-read-paths': readPaths(kind),
    '003-covering-filter-indexes': coveringFilterIndexes(kind),
    '004-lean-fts': leanFts(kind),
    '005-batched-upkeep': batchedUpkeep(kind),
    '006-publishable-sources': publishableSources(kind),
    '007-dedup': dedup(kind),
    '008-saved-views': savedViews(kind),
    '009-watch-sources': watchSources(kind),
    '010-alerts': alerts(kind),
    '011-list-indexes': listIndexes(kind),
    '012-day-tally': dayTally(kind),
    '013-first-reported': firstReported(),
    '014-day-reported': dayReported(),
  };
}

export async function migrateToLatest(db: Kysely<any>, kind: DbKind, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(kind) };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const why = error instanceof Error ? error.message : String(error ?? 'unknown error');
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${why}`);
  }
}
