// 006: the published projection's own fields. `documents.publishable` is an analyst's mark that a
// report's title, URL and text may be shown to the public (default: not). `events.public_search_text`
// holds what the public text filter may search (type, places, actors, targets — never the notes or
// a report), with its own full-text index: the analysts' index also holds the notes, which quote reports.
import { sql, type Kysely } from 'kysely';
import { publicFtsTriggers } from '../batched-upkeep.js';
import type { DbKind } from '../schema.js';

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 2'`;

/** The public search text of the rows already stored (new rows get it from event-row.ts). */
function backfill(kind: DbKind): string {
  const joined = (col: string) =>
    kind === 'sqlite'
      ? `(SELECT coalesce(group_concat(value, ' '), '') FROM json_each(CASE WHEN json_valid(events.${col}) THEN events.${col} ELSE '[]' END))`
      : `(SELECT coalesce(string_agg(v, ' '), '') FROM json_array_elements_text(events.${col}::json) v)`;
  return `UPDATE events SET public_search_text = trim(coalesce(place, '') || ' ' || coalesce(admin1, '') || ' ' || coalesce(country, '')
    || ' ' || ${joined('actors')} || ' ' || ${joined('targets')} || ' ' || replace(type, '_', ' '))`;
}

export function publishableSources(kind: DbKind) {
  return {
    async up(db: Kysely<any>): Promise<void> {
      const stmts = [
        'ALTER TABLE documents ADD COLUMN publishable integer NOT NULL DEFAULT 0',
        `ALTER TABLE events ADD COLUMN public_search_text text NOT NULL DEFAULT ''`,
        backfill(kind),
        ...(kind === 'sqlite'
          ? [
              `CREATE VIRTUAL TABLE events_public_fts USING fts5(public_search_text, content = 'events', content_rowid = 'id', detail = none, ${TOKENIZE})`,
              ...publicFtsTriggers(),
              `INSERT INTO events_public_fts(events_public_fts) VALUES ('rebuild')`,
            ]
          : [
              `ALTER TABLE events ADD COLUMN public_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', public_search_text)) STORED`,
              // Only verified events are ever searched by the public (the condition names this literal).
              `CREATE INDEX events_public_tsv ON events USING gin (public_tsv) WHERE status = 'verified'`,
            ]),
      ];
      for (const s of stmts) await sql.raw(s).execute(db);
    },
    async down(): Promise<void> {
      throw new Error('006-publishable-sources cannot be reverted: drop the database instead');
    },
  };
}
