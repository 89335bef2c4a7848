// EventQuery → SQL conditions on `events` (one query type for list, map,
// counts, time series and exports). Each filter is served by an index from migrations 001–003 and
// 011 (a type with a country or a region; date ranges counted from the index alone).
import { sql, type ExpressionBuilder, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { EventQuery, EventStatus } from '../model/query.js';
import { daySpan, nameKey } from '../resolve/keys.js';
import type { Database, DbKind } from './schema.js';

/**
 * What one read path may see of `events`: which statuses, which point, which text. Two exist: the
 * analysts' (ANALYST_VIEW, below) and the published one (repos/published.ts), each fixed by its
 * repository — no caller chooses it per call.
 */
export interface ReadView {
  /** the point columns this view shows and filters by */
  point: { lat: 'lat' | 'public_lat'; lon: 'lon' | 'public_lon' };
  /** the statuses `q` may see; undefined: every status but 'merged' */
  statuses(q: EventQuery): readonly EventStatus[] | undefined;
  /** the text filter, over the fields this view may search (null: no searchable terms) */
  text(kind: DbKind, text: string): Expression<SqlBool> | null;
  /** whether summaries carry the notes (the primary report's evidence sentence) */
  showsNotes: boolean;
}

/**
 * `day` moved by the longest date span stored (earlier: -1, later: 1), as SQL: a subquery the planner
 * runs once (from the span index), so the result can bound an index range.
 */
export function shiftedByLongestSpan(kind: DbKind, day: string, sign: -1 | 1): RawBuilder<string> {
  const longest = sql`(select coalesce(max(date_span_days), 0) from events)`;
  return kind === 'sqlite'
    ? sql<string>`date(${day}, ${sign < 0 ? '-' : '+'} || ${longest} || ' days')`
    : sql<string>`to_char(${day}::date ${sql.raw(sign < 0 ? '-' : '+')} ${longest}, 'YYYY-MM-DD')`;
}

/** Letters and digits only, at most 10 terms: user text never reaches the FTS parser raw. */
export function searchTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
}

/** Every term must occur, as a word prefix (a stand-in for Russian inflection on both dialects). */
export function ftsQuery(kind: DbKind, terms: string[]): string {
  return kind === 'sqlite' ? terms.map((t) => `"${t}"*`).join(' ') : terms.map((t) => `${t}:*`).join(' & ');
}

/** Analysts search the events' fields, notes included, and every report's title and text. */
function analystText(kind: DbKind, text: string): Expression<SqlBool> | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const q = ftsQuery(kind, terms);
  if (kind === 'sqlite') {
    return sql<SqlBool>`(events.id in (select rowid from events_fts where events_fts match ${q})
      or events.id in (select es.event_id from event_sources es where es.document_id in
        (select doc_id from documents_fts where documents_fts match ${q})))`;
  }
  return sql<SqlBool>`(events.tsv @@ to_tsquery('simple', ${q})
    or events.id in (select es.event_id from event_sources es join documents d on d.id = es.document_id
      where d.tsv @@ to_tsquery('simple', ${q})))`;
}

export const ANALYST_VIEW: ReadView = {
  point: { lat: 'lat', lon: 'lon' },
  statuses: (q) => q.status,
  text: analystText,
  showsNotes: true,
};

/** Parts of a filter looked up before the query is built (so the plan can suit the data). */
export interface FilterLookups {
  /** actors whose name matches `q.actor`; `inList`: few enough events to collect them by index */
  actors?: { ids: number[]; inList: boolean };
}

/** Below this many events, an actor filter collects them by index; above, it checks each candidate. */
const ACTOR_IN_LIST_MAX = 2000;

export async function lookUpFilter(
  db: Kysely<Database>,
  q: EventQuery,
  inListMax = ACTOR_IN_LIST_MAX,
): Promise<FilterLookups> {
  const out: FilterLookups = {};
  const key = q.actor ? nameKey(q.actor) : '';
  if (!key) return out;
  const rows = await db
    .selectFrom('actors')
    .select((eb) => [
      'actors.id',
      eb
        .selectFrom('event_actors')
        .select(eb.fn.countAll().as('c'))
        .whereRef('event_actors.actor_id', '=', 'actors.id')
        .as('n'),
    ])
    .where('name_key', 'like', `%${key}%`)
    .limit(500)
    .execute();
  out.actors = { ids: rows.map((r) => r.id), inList: rows.reduce((s, r) => s + Number(r.n), 0) <= inListMax };
  return out;
}

export function eventConditions(kind: DbKind, q: EventQuery, view: ReadView, lookups: FilterLookups = {}) {
  return (eb: ExpressionBuilder<Database, 'events'>): Expression<SqlBool> => {
    const and: Expression<SqlBool>[] = [];
    if (q.type?.length) and.push(eb('events.type', 'in', q.type));
    if (q.country?.length) and.push(eb('events.country', 'in', q.country));
    if (q.admin1?.length) and.push(eb('events.admin1', 'in', q.admin1));
    if (q.place) and.push(eb('events.place_key', '=', nameKey(q.place)));

    // Statuses are written as literals (they are enum values) so the planner can match the
    // partial index on verified events.
    const statuses = view.statuses(q);
    if (statuses?.length === 1) and.push(sql<SqlBool>`events.status = ${sql.lit(statuses[0])}`);
    else if (statuses?.length) and.push(sql<SqlBool>`events.status in (${sql.join(statuses.map((s) => sql.lit(s)))})`);
    // A merged event is a pointer to its survivor: hidden unless asked for by status. On SQLite the
    // unary + keeps this 4-valued column from steering the planner into a skip-scan of its index.
    else and.push(kind === 'sqlite' ? sql<SqlBool>`+events.status != 'merged'` : eb('events.status', '!=', 'merged'));

    // Dates: overlap of the event's day span with [from, to]. Undated events cannot be said to lie
    // in a range, so a date filter leaves them out unless `undated=include` asks for them.
    const range: Expression<SqlBool>[] = [];
    if (q.from) {
      const from = daySpan(q.from, null).start!;
      range.push(eb('events.date_stop', '>=', from));
      // Implied by the overlap, but only this bound lets the date index read a narrow range: no
      // event starts before `from` less the longest span stored. In the statement, not looked up
      // first: one round trip less per list.
      range.push(sql<SqlBool>`events.date_start >= ${shiftedByLongestSpan(kind, from, -1)}`);
    }
    if (q.to) range.push(eb('events.date_start', '<=', daySpan(q.to, null).stop!));
    const undated = q.undated ?? (range.length ? 'exclude' : 'include');
    if (undated === 'only') and.push(eb('events.date_start', 'is', null));
    else if (undated === 'exclude') and.push(eb('events.date_start', 'is not', null), ...range);
    else if (range.length) and.push(eb.or([eb.and(range), eb('events.date_start', 'is', null)]));

    // Unplaced = no point to draw.
    const latCol = `events.${view.point.lat}` as const;
    const lonCol = `events.${view.point.lon}` as const;
    if (q.unplaced === 'only') and.push(eb(latCol, 'is', null));
    else if (q.unplaced === 'exclude') and.push(eb(latCol, 'is not', null));
    if (q.bbox) {
      const [w, s, e, n] = q.bbox.split(',').map(Number);
      and.push(eb(lonCol, '>=', w), eb(lonCol, '<=', e), eb(latCol, '>=', s), eb(latCol, '<=', n));
    }

    if (q.actor && lookups.actors) {
      // A rare actor: fetch its events by index. A frequent one: walk the date index and check
      // each event, which stops as soon as the page is full.
      const { ids, inList } = lookups.actors;
      if (ids.length === 0) and.push(sql<SqlBool>`1 = 0`);
      else if (inList) {
        and.push(
          eb(
            'events.id',
            'in',
            eb.selectFrom('event_actors').select('event_actors.event_id').where('event_actors.actor_id', 'in', ids),
          ),
        );
      } else {
        and.push(
          eb.exists(
            eb
              .selectFrom('event_actors')
              .select('event_actors.event_id')
              .whereRef('event_actors.event_id', '=', 'events.id')
              .where('event_actors.actor_id', 'in', ids),
          ),
        );
      }
    } else if (q.actor) {
      const key = nameKey(q.actor);
      if (key) {
        and.push(
          eb(
            'events.id',
            'in',
            eb
              .selectFrom('event_actors')
              .select('event_actors.event_id')
              .where(
                'event_actors.actor_id',
                'in',
                eb.selectFrom('actors').select('actors.id').where('actors.name_key', 'like', `%${key}%`),
              ),
          ),
        );
      }
    }
    if (q.text) {
      const c = view.text(kind, q.text);
      if (c) and.push(c);
    }
    return eb.and(and);
  };
}

export function orderClause(kind: DbKind, sort: EventQuery['sort']) {
  // Undated events sort as SQLite does (first ascending, last descending); PostgreSQL is told so.
  const desc = kind === 'postgres' ? sql`desc nulls last` : sql`desc`;
  const asc = kind === 'postgres' ? sql`asc nulls first` : sql`asc`;
  switch (sort ?? '-date') {
    case 'date':
      return sql`events.date_start ${asc}, events.id asc`;
    case 'updated':
      return sql`events.updated_at asc, events.id asc`;
    case '-updated':
      return sql`events.updated_at desc, events.id desc`;
    default:
      return sql`events.date_start ${desc}, events.id desc`;
  }
}
