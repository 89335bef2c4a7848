// 001: the layered tables, their indexes (one per EventQuery filter, each ending in the sort key so
// a filtered, date-sorted page reads straight from the index) and full-text search per dialect.
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../schema.js';

export function initial(kind: DbKind) {
  // SQLite: INTEGER PRIMARY KEY AUTOINCREMENT; PostgreSQL: serial. Ids are never reused either way.
  const idCol = kind === 'postgres' ? 'serial' : 'integer';
  const withId = (c: any) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());

  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('sources')
        .addColumn('id', idCol, withId)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('source_id', 'integer', (c) => c.notNull().references('sources.id'))
        .addColumn('external_id', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('published', 'text')
        .addColumn('lang', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('origin', 'text')
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('documents_source_ext')
        .on('documents')
        .columns(['source_id', 'external_id'])
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('id', idCol, withId)
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('date', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_stop', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('date_span_days', 'integer')
        .addColumn('country', 'text')
        .addColumn('admin1', 'text')
        .addColumn('place', 'text')
        .addColumn('place_key', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('geo_precision', 'integer')
        .addColumn('public_lat', 'double precision')
        .addColumn('public_lon', 'double precision')
        .addColumn('actors', 'text', (c) => c.notNull())
        .addColumn('targets', 'text', (c) => c.notNull())
        .addColumn('quantity', 'double precision')
        .addColumn('quantity_unit', 'text')
        .addColumn('fatalities', 'integer')
        .addColumn('aggregate', 'integer', (c) => c.notNull())
        .addColumn('notes', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('merged_into', 'integer')
        .addColumn('sources_count', 'integer', (c) => c.notNull())
        .addColumn('edited', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // Lists sort by date, undated last (event-filter.ts orderClause). SQLite reads a plain index
      // backwards for that; PostgreSQL needs the order spelt out in the index.
      const byDate = kind === 'postgres' ? 'date_start desc nulls last' : 'date_start';
      for (const col of ['type', 'country', 'admin1', 'place_key']) {
        await sql.raw(`CREATE INDEX events_${col}_date ON events (${col}, ${byDate})`).execute(db);
      }
      await sql.raw(`CREATE INDEX events_date ON events (${byDate})`).execute(db);
      // The public projection (verified, by date). Partial, not (status, date_start): a 4-valued
      // leading column invites SQLite into skip-scans that lose to the plain date index.
      await sql.raw(`CREATE INDEX events_verified_date ON events (${byDate}) WHERE status = 'verified'`).execute(db);
      await db.schema.createIndex('events_updated').on('events').columns(['updated_at']).execute();
      await db.schema.createIndex('events_span').on('events').column('date_span_days').execute();
      // (The resolver's candidate lookup — same type, same day — is served by events_type_date.)

      await db.schema
        .createTable('mentions')
        .addColumn('id', idCol, withId)
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
        .addColumn('origin_event_id', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('evidence_field', 'text')
        .addColumn('evidence_start', 'integer')
        .addColumn('evidence_end', 'integer')
        .addColumn('extractor', 'text')
        .addColumn('confidence', 'double precision')
        .addColumn('record', 'text', (c) => c.notNull())
        .addUniqueConstraint('mentions_doc_seq', ['document_id', 'seq'])
        .execute();
      await db.schema.createIndex('mentions_event').on('mentions').column('event_id').execute();
      await db.schema.createIndex('mentions_origin').on('mentions').column('origin_event_id').execute();

      await db.schema
        .createTable('event_sources')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
        .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
        .addPrimaryKeyConstraint('event_sources_pk', ['event_id', 'document_id'])
        .execute();
      await db.schema.createIndex('event_sources_doc').on('event_sources').column('document_id').execute();

      await db.schema
        .createTable('actors')
        .addColumn('id', idCol, withId)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull().unique())
        .execute();
      await db.schema
        .createTable('event_actors')
        .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
        .addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id'))
        .addPrimaryKeyConstraint('event_actors_pk', ['actor_id', 'event_id'])
        .execute();
      await db.schema.createIndex('event_actors_event').on('event_actors').column('event_id').execute();

      await db.schema
        .createTable('users')
        .addColumn('id', idCol, withId)
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', idCol, withId)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', idCol, withId)
        .addColumn('event_id', 'integer')
        .addColumn('user_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('detail', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_event').on('audit_log').columns(['event_id', 'id']).execute();

      if (kind === 'sqlite') await sqliteFts(db);
      else await postgresFts(db);
    },
    async down(): Promise<void> {
      throw new Error('001-initial cannot be reverted: drop the database instead');
    },
  };
}

// FTS5 with unicode61 folds case and diacritics for Latin and Cyrillic alike. Documents are
// immutable, so their index is filled once on insert; events change, so triggers keep it in step.
async function sqliteFts(db: Kysely<any>): Promise<void> {
  const stmts = [
    `CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
       INSERT INTO documents_fts(doc_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END`,
    `CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`,
    `CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
       INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END`,
    `CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
       INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`,
    `CREATE TRIGGER events_fts_au AFTER UPDATE OF search_text ON events BEGIN
       INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
       INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END`,
  ];
  for (const s of stmts) await sql.raw(s).execute(db);
}

// 'simple' config: no stemming, so English and Russian tokens are indexed alike; prefix queries
// (`word:*`) stand in for Russian inflection, as on SQLite.
async function postgresFts(db: Kysely<any>): Promise<void> {
  const stmts = [
    `ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED`,
    `CREATE INDEX documents_tsv ON documents USING gin (tsv)`,
    `ALTER TABLE events ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED`,
    `CREATE INDEX events_tsv ON events USING gin (tsv)`,
  ];
  for (const s of stmts) await sql.raw(s).execute(db);
}
