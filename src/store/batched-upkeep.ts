// Batched upkeep of the events' full-text index and tallies on SQLite. Triggers keep both in step with
// every write, one row at a time; running a trigger costs more than inserting the event itself, and
// ingest inserts thousands of events per transaction. So an ingest transaction marks where its new
// rows begin (write_batch.fresh_from = the largest event id before it): the triggers skip rows past
// that mark, and before the transaction commits, one set-based statement each indexes and counts
// those rows as they finally are. The mark is cleared in the same transaction, so every other
// writer — and any reader — only ever sees the triggers' usual behaviour. Event ids only grow
// (AUTOINCREMENT), so "past the mark" is exactly "inserted in this transaction".
import { sql, type Kysely } from 'kysely';
import { TALLIES, TALLIES_002, tallyStatements, type Tally } from './tallies.js';

/** Rows at or below the mark (or every row, when no batch is open) are the triggers' to keep. */
const OLD_ROW = (ref: 'new' | 'old') =>
  `${ref}.id <= coalesce((SELECT fresh_from FROM write_batch WHERE id = 1), ${ref}.id)`;

/** The three triggers that keep one FTS5 index of `events` in step, skipping rows of an open batch. */
function ftsTriggers(fts: string, column: string): string[] {
  return [
    `CREATE TRIGGER ${fts}_ai AFTER INSERT ON events WHEN ${OLD_ROW('new')} BEGIN
       INSERT INTO ${fts}(rowid, ${column}) VALUES (new.id, new.${column}); END`,
    `CREATE TRIGGER ${fts}_ad AFTER DELETE ON events WHEN ${OLD_ROW('old')} BEGIN
       INSERT INTO ${fts}(${fts}, rowid, ${column}) VALUES ('delete', old.id, old.${column}); END`,
    `CREATE TRIGGER ${fts}_au AFTER UPDATE OF ${column} ON events WHEN ${OLD_ROW('old')} BEGIN
       INSERT INTO ${fts}(${fts}, rowid, ${column}) VALUES ('delete', old.id, old.${column});
       INSERT INTO ${fts}(rowid, ${column}) VALUES (new.id, new.${column}); END`,
  ];
}

/** The tally triggers on SQLite, gated by the mark (005: the tallies of 002; 012-day-tally: every one). */
export function tallyTriggers(tallies: readonly Tally[]): string[] {
  const tally = tallyStatements(tallies);
  const body = (stmts: string[]) => `BEGIN ${stmts.map((s) => `${s};`).join('\n')} END`;
  return [
    `CREATE TRIGGER events_tally_ai AFTER INSERT ON events WHEN ${OLD_ROW('new')} ${body(tally.adds('new'))}`,
    `CREATE TRIGGER events_tally_ad AFTER DELETE ON events WHEN ${OLD_ROW('old')} ${body(tally.removes('old'))}`,
    `CREATE TRIGGER events_tally_au AFTER UPDATE OF ${tally.watched.join(', ')} ON events WHEN ${OLD_ROW('old')}
       ${body([...tally.removes('old'), ...tally.adds('new')])}`,
  ];
}

/** Migration 005: the mark, and the full-text and tally triggers again, gated by it. */
export function batchedUpkeepDdl(): string[] {
  return [
    'CREATE TABLE write_batch (id integer PRIMARY KEY CHECK (id = 1), fresh_from integer)',
    'INSERT INTO write_batch (id, fresh_from) VALUES (1, NULL)',
    ...['events_fts_ai', 'events_fts_ad', 'events_fts_au', 'events_tally_ai', 'events_tally_ad', 'events_tally_au'].map(
      (t) => `DROP TRIGGER ${t}`,
    ),
    ...ftsTriggers('events_fts', 'search_text'),
    ...tallyTriggers(TALLIES_002),
  ];
}

/** Migration 006: the public full-text index (events_public_fts), kept by triggers gated by the same mark. */
export function publicFtsTriggers(): string[] {
  return ftsTriggers('events_public_fts', 'public_search_text');
}

/** Opens a batch in the current transaction: events inserted from now on are indexed at flush. */
export async function openWriteBatch(tx: Kysely<any>): Promise<void> {
  await sql`UPDATE write_batch SET fresh_from = (SELECT coalesce(max(id), 0) FROM events) WHERE id = 1`.execute(tx);
}

/** Indexes and counts the batch's events as they now are, and closes the batch (same transaction). */
export async function flushWriteBatch(tx: Kysely<any>): Promise<void> {
  const fresh = 'e.id > (SELECT fresh_from FROM write_batch WHERE id = 1)';
  const upsert = (table: string, key: readonly string[], values: string[]) =>
    sql.raw(`INSERT INTO ${table} (${key.join(', ')}, n)
    SELECT ${values.join(', ')}, count(*) FROM events e WHERE ${fresh} GROUP BY ${values.map((_, i) => i + 1).join(', ')}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET n = ${table}.n + excluded.n`);
  await sql
    .raw(`INSERT INTO events_fts(rowid, search_text) SELECT e.id, e.search_text FROM events e WHERE ${fresh}`)
    .execute(tx);
  await sql
    .raw(
      `INSERT INTO events_public_fts(rowid, public_search_text) SELECT e.id, e.public_search_text FROM events e WHERE ${fresh}`,
    )
    .execute(tx);
  for (const t of TALLIES) await upsert(t.table, t.key, t.values('e')).execute(tx);
  await sql`UPDATE write_batch SET fresh_from = NULL WHERE id = 1`.execute(tx);
}
