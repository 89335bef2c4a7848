// 009: sources watched on a schedule (`khronika sources`, `khronika watch`). A watched source keeps
// its fetch state (validators for conditional GET, a cursor, errors and the next due time with
// back-off); each run is a row for the health page; each item seen is remembered by its key and
// content hash, so a poll stores only what is new or edited.
import type { Kysely } from 'kysely';
import type { DbKind } from '../schema.js';
import { idColumn } from './columns.js';

export function watchSources(kind: DbKind) {
  const { idCol, withId } = idColumn(kind);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('watch_sources')
        .addColumn('id', idCol, withId)
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('every_seconds', 'integer', (c) => c.notNull())
        .addColumn('lang', 'text')
        .addColumn('allow_private', 'integer', (c) => c.notNull())
        .addColumn('link_pattern', 'text')
        .addColumn('backfill_since', 'text')
        .addColumn('paused', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_fetch_at', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('cursor', 'text')
        .addColumn('consecutive_errors', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('next_due_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('watch_sources_due').on('watch_sources').columns(['paused', 'next_due_at']).execute();

      await db.schema
        .createTable('watch_runs')
        .addColumn('id', idCol, withId)
        .addColumn('source_id', 'integer', (c) => c.notNull().references('watch_sources.id').onDelete('cascade'))
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('http_status', 'integer')
        .addColumn('items_new', 'integer', (c) => c.notNull())
        .addColumn('items_unchanged', 'integer', (c) => c.notNull())
        .addColumn('items_failed', 'integer', (c) => c.notNull())
        .addColumn('events_new', 'integer', (c) => c.notNull())
        .addColumn('error', 'text')
        .execute();
      await db.schema.createIndex('watch_runs_source').on('watch_runs').columns(['source_id', 'started_at']).execute();

      await db.schema
        .createTable('watch_items')
        .addColumn('source_id', 'integer', (c) => c.notNull().references('watch_sources.id').onDelete('cascade'))
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('watch_items_pk', ['source_id', 'item_key'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('watch_items').execute();
      await db.schema.dropTable('watch_runs').execute();
      await db.schema.dropTable('watch_sources').execute();
    },
  };
}
