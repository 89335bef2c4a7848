// 010: alerts on a filter (a saved view's query): an Atom feed at a stable, token-protected URL and
// an optional webhook. Each webhook delivery is a row (which events, attempts, next try), so a
// receiver that fails gets them later, and `khronika alerts` shows the last deliveries.
import type { Kysely } from 'kysely';
import type { DbKind } from '../schema.js';
import { idColumn } from './columns.js';

export function alerts(kind: DbKind) {
  const { idCol, withId } = idColumn(kind);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('alerts')
        .addColumn('id', idCol, withId)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('view_id', 'integer')
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('token', 'text', (c) => c.notNull().unique())
        .addColumn('webhook_url', 'text')
        .addColumn('webhook_secret', 'text')
        .addColumn('allow_private', 'integer', (c) => c.notNull())
        .addColumn('paused', 'integer', (c) => c.notNull())
        .addColumn('last_event_id', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alert_deliveries')
        .addColumn('id', idCol, withId)
        .addColumn('alert_id', 'integer', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
        .addColumn('event_ids', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('last_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delivered_at', 'text')
        .execute();
      await db.schema
        .createIndex('alert_deliveries_due')
        .on('alert_deliveries')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('alert_deliveries_alert')
        .on('alert_deliveries')
        .columns(['alert_id', 'id'])
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('alert_deliveries').execute();
      await db.schema.dropTable('alerts').execute();
    },
  };
}
