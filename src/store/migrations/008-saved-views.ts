// Saved views: a user's named filter (the canonical EventQuery string), optionally shared with every
// signed-in user. Kept simple on purpose: alerts on saved views (issue 13) will hang off this table.
import type { Kysely } from 'kysely';
import type { DbKind } from '../schema.js';
import { idColumn } from './columns.js';

export function savedViews(kind: DbKind) {
  const { idCol, withId } = idColumn(kind);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('saved_views')
        .addColumn('id', idCol, withId)
        .addColumn('owner_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('query', 'text', (c) => c.notNull())
        .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('saved_views_owner_name')
        .on('saved_views')
        .columns(['owner_id', 'name'])
        .unique()
        .execute();
      await db.schema.createIndex('saved_views_shared').on('saved_views').column('shared').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('saved_views').execute();
    },
  };
}
