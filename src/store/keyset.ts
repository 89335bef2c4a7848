// Keyset paging in the list's sort order (event-filter.ts orderClause): "the rows after this one"
// as a condition an index can seek to, instead of an OFFSET that reads and drops every earlier row.
// The date sorts put undated events last (descending) or first (ascending); a NULL compares to
// nothing, so dated and undated rows are read as two phases, each seeking on its own.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { EventQuery } from '../model/query.js';
import type { EventRow } from './event-row.js';
import type { Database } from './schema.js';

type Eb = ExpressionBuilder<Database, 'events'>;

export interface KeysetPhase {
  /** rows of this phase after `last` (every row of the phase when null) */
  after(eb: Eb, last: EventRow | null): Expression<SqlBool>;
}

export function keysetPhases(sort: EventQuery['sort']): KeysetPhase[] {
  const s = sort ?? '-date';
  const desc = s.startsWith('-');
  const col = s.endsWith('updated') ? 'updated_at' : 'date_start';
  const ref = sql.ref(`events.${col}`);
  const cmp = sql.raw(desc ? '<' : '>');
  const cmpEq = sql.raw(desc ? '<=' : '>=');
  const keyed: KeysetPhase = {
    after: (_eb, last) => {
      const key = last?.[col];
      if (!last || key === null || key === undefined) return sql<SqlBool>`${ref} is not null`;
      // col <= k leads, so the index seeks; the rest breaks ties on id within k.
      return sql<SqlBool>`(${ref} ${cmpEq} ${key} and (${ref} ${cmp} ${key} or events.id ${cmp} ${last.id}))`;
    },
  };
  if (col === 'updated_at') return [keyed];
  const undated: KeysetPhase = {
    after: (_eb, last) =>
      last ? sql<SqlBool>`(${ref} is null and events.id ${cmp} ${last.id})` : sql<SqlBool>`${ref} is null`,
  };
  return desc ? [keyed, undated] : [undated, keyed];
}
