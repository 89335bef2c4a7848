// SQLite full-text indexes without token positions (FTS5 detail=none). Text search asks only for
// every term as a word prefix (event-filter.ts: no phrases, no NEAR), which needs no positions, and
// writing positions was the largest part of storing a document or an event during ingest.
// PostgreSQL's tsvector columns are left as they are.
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../schema.js';

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

export function leanFts(kind: DbKind) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      if (kind !== 'sqlite') return;
      const stmts = [
        'DROP TRIGGER documents_fts_ai',
        'DROP TABLE documents_fts',
        `CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text, detail = none, ${TOKENIZE})`,
        `CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN
           INSERT INTO documents_fts(doc_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END`,
        `INSERT INTO documents_fts(doc_id, title, text) SELECT id, coalesce(title, ''), text FROM documents`,
        'DROP TRIGGER events_fts_ai',
        'DROP TRIGGER events_fts_ad',
        'DROP TRIGGER events_fts_au',
        'DROP TABLE events_fts',
        `CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content = 'events', content_rowid = 'id', detail = none, ${TOKENIZE})`,
        `CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN
           INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END`,
        `CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN
           INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`,
        `CREATE TRIGGER events_fts_au AFTER UPDATE OF search_text ON events BEGIN
           INSERT INTO events_fts(events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
           INSERT INTO events_fts(rowid, search_text) VALUES (new.id, new.search_text); END`,
        `INSERT INTO events_fts(events_fts) VALUES ('rebuild')`,
      ];
      for (const s of stmts) await sql.raw(s).execute(db);
    },
    async down(): Promise<void> {
      throw new Error('004-lean-fts cannot be reverted: drop the database instead');
    },
  };
}
