// 007: de-duplication. Events keep a running summary of their reports (joining costs the same at
// any number of sources); documents keep a hash of their words (the same text from another path,
// URL or feed is the same document) and a MinHash signature with its LSH band keys (near-duplicates);
// candidate pairs an analyst should look at are merge suggestions.
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../schema.js';
import { idColumn } from './columns.js';

export function dedup(kind: DbKind) {
  const { idCol, withId } = idColumn(kind);
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('events').addColumn('summary', 'text').execute();
      await db.schema.alterTable('documents').addColumn('text_hash', 'text').execute();
      await db.schema.alterTable('documents').addColumn('minhash', 'text').execute();
      await db.schema.createIndex('documents_text_hash').on('documents').column('text_hash').execute();

      await db.schema
        .createTable('document_bands')
        .addColumn('band_key', 'text', (c) => c.notNull())
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .execute();
      await db.schema
        .createIndex('document_bands_key')
        .on('document_bands')
        .columns(['band_key', 'document_id'])
        .execute();

      await db.schema
        .createTable('document_links')
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('similar_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('similarity', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('document_links_pk', ['document_id', 'similar_id'])
        .execute();

      await db.schema
        .createTable('merge_suggestions')
        .addColumn('id', idCol, withId)
        /** the older event (smaller id) and the newer one */
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
        .addColumn('other_id', 'integer', (c) => c.notNull().references('events.id'))
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decided_by', 'integer')
        .addUniqueConstraint('merge_suggestions_pair', ['event_id', 'other_id'])
        .execute();
      await db.schema.createIndex('merge_suggestions_other').on('merge_suggestions').column('other_id').execute();
      await sql
        .raw(`CREATE INDEX merge_suggestions_open ON merge_suggestions (score) WHERE status = 'open'`)
        .execute(db);
    },
    async down(): Promise<void> {
      throw new Error('007-dedup cannot be reverted: drop the database instead');
    },
  };
}
