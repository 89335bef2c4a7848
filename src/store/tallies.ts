// Event tallies: small tables of event counts by (status, type, region, flags), by (status, type,
// month) and by (day span, status, type), kept in step with `events` by triggers — so every writer
// (ingest, review, bulk loads with triggers on) updates them in its own transaction. They answer the
// first page load's counts, monthly series and date-filtered series without reading a million
// events; any other filter counts the events themselves.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { EVENT_STATUSES, type EventQuery } from '../model/query.js';
import { daySpan } from '../resolve/keys.js';
import { shiftedByLongestSpan, type ReadView } from './event-filter.js';
import type { DbKind } from './schema.js';

// Key columns. Nullable event columns are stored as '' (a NULL in a unique key would never conflict).
export const REGION_KEY = ['status', 'type', 'country', 'admin1', 'undated', 'unplaced', 'public_unplaced'] as const;
export const MONTH_KEY = ['status', 'type', 'month', 'date_precision'] as const;
// The day tally leads with the status, then the span's last day: "overlaps from…" (every date filter
// has it, or no bound below) reads one range of it per status asked.
export const DAY_KEY = ['status', 'date_stop', 'date_start', 'date_precision', 'type'] as const;
const flag = (expr: string) => `case when ${expr} is null then 1 else 0 end`;
export const regionValues = (r: string) => [
  `${r}.status`,
  `${r}.type`,
  `coalesce(${r}.country, '')`,
  `coalesce(${r}.admin1, '')`,
  flag(`${r}.date_start`),
  flag(`${r}.lat`),
  flag(`${r}.public_lat`),
];
export const monthValues = (r: string) => [
  `${r}.status`,
  `${r}.type`,
  `coalesce(substr(${r}.date_start, 1, 7), '')`,
  `coalesce(${r}.date_precision, '')`,
];
export const dayValues = (r: string) => [
  `${r}.status`,
  `coalesce(${r}.date_stop, '')`,
  `coalesce(${r}.date_start, '')`,
  `coalesce(${r}.date_precision, '')`,
  `${r}.type`,
];

/** One tally table: its key, the key's values from an event row, the event columns it depends on. */
export interface Tally {
  table: string;
  key: readonly string[];
  values(r: string): string[];
  watched: readonly string[];
}
export const REGION_TALLY: Tally = {
  table: 'event_region_tally',
  key: REGION_KEY,
  values: regionValues,
  watched: ['status', 'type', 'country', 'admin1', 'date_start', 'lat', 'public_lat'],
};
export const MONTH_TALLY: Tally = {
  table: 'event_month_tally',
  key: MONTH_KEY,
  values: monthValues,
  watched: ['status', 'type', 'date_start', 'date_precision'],
};
/** Events by exact day span (migration 012-day-tally): daily series and date-filtered series. */
export const DAY_TALLY: Tally = {
  table: 'event_day_tally',
  key: DAY_KEY,
  values: dayValues,
  watched: ['status', 'type', 'date_start', 'date_stop', 'date_precision'],
};
/** The tallies migration 002 made (its triggers and refill, as they were then: a migration never changes). */
export const TALLIES_002: readonly Tally[] = [REGION_TALLY, MONTH_TALLY];
/** Every tally the store keeps now. */
export const TALLIES: readonly Tally[] = [REGION_TALLY, MONTH_TALLY, DAY_TALLY];

function add({ table, key, values }: Tally, r: string): string {
  return `INSERT INTO ${table} (${key.join(', ')}, n) VALUES (${values(r).join(', ')}, 1)
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET n = ${table}.n + 1`;
}
function remove({ table, key, values }: Tally, r: string): string {
  const v = values(r);
  return `UPDATE ${table} SET n = n - 1 WHERE ${key.map((k, i) => `${k} = ${v[i]}`).join(' AND ')}`;
}

/** The statements a trigger runs to count a row in (adds) or out (removes), and the columns it watches. */
export function tallyStatements(tallies: readonly Tally[] = TALLIES) {
  return {
    adds: (r: string) => tallies.map((t) => add(t, r)),
    removes: (r: string) => tallies.map((t) => remove(t, r)),
    watched: [...new Set(tallies.flatMap((t) => t.watched))],
  };
}

const TABLE_DDL: Record<string, string> = {
  event_region_tally: `CREATE TABLE event_region_tally (status text NOT NULL, type text NOT NULL, country text NOT NULL, admin1 text NOT NULL,
      undated integer NOT NULL, unplaced integer NOT NULL, public_unplaced integer NOT NULL, n integer NOT NULL,
      PRIMARY KEY (${REGION_KEY.join(', ')}))`,
  event_month_tally: `CREATE TABLE event_month_tally (status text NOT NULL, type text NOT NULL, month text NOT NULL, date_precision text NOT NULL,
      n integer NOT NULL, PRIMARY KEY (${MONTH_KEY.join(', ')}))`,
  event_day_tally: `CREATE TABLE event_day_tally (status text NOT NULL, date_stop text NOT NULL, date_start text NOT NULL,
      date_precision text NOT NULL, type text NOT NULL, n integer NOT NULL, PRIMARY KEY (${DAY_KEY.join(', ')}))`,
};

/** The CREATE TABLE of one tally. */
export const tallyTableDdl = (t: Tally): string => TABLE_DDL[t.table];

/** The tables `create` and the triggers that keep `tallies` (migration 002: both; later ones: new tables, triggers again). */
export function tallyDdl(kind: DbKind, tallies: readonly Tally[], create: readonly Tally[] = tallies): string[] {
  const tables = create.map(tallyTableDdl);
  const { adds, removes, watched } = tallyStatements(tallies);
  if (kind === 'sqlite') {
    const body = (stmts: string[]) => `BEGIN ${stmts.map((s) => `${s};`).join('\n')} END`;
    return [
      ...tables,
      `CREATE TRIGGER events_tally_ai AFTER INSERT ON events ${body(adds('new'))}`,
      `CREATE TRIGGER events_tally_ad AFTER DELETE ON events ${body(removes('old'))}`,
      `CREATE TRIGGER events_tally_au AFTER UPDATE OF ${watched.join(', ')} ON events ${body([...removes('old'), ...adds('new')])}`,
    ];
  }
  return [
    ...tables,
    `CREATE OR REPLACE FUNCTION events_tally() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
       IF TG_OP <> 'INSERT' THEN ${removes('OLD')
         .map((s) => `${s};`)
         .join(' ')} END IF;
       IF TG_OP <> 'DELETE' THEN ${adds('NEW')
         .map((s) => `${s};`)
         .join(' ')} END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER events_tally AFTER INSERT OR DELETE OR UPDATE OF ${watched.join(', ')} ON events
       FOR EACH ROW EXECUTE FUNCTION events_tally()`,
  ];
}

/** Recount tallies from the events (the migrations, and bulk loads made with triggers off). */
export async function refillTallies(db: Kysely<any>, tallies: readonly Tally[] = TALLIES): Promise<void> {
  const refill = async (tx: Kysely<any>) => {
    for (const { table, key, values } of tallies) {
      const v = values('e');
      await sql.raw(`DELETE FROM ${table}`).execute(tx);
      await sql
        .raw(`INSERT INTO ${table} (${key.join(', ')}, n)
        SELECT ${v.join(', ')}, count(*) FROM events e GROUP BY ${v.map((_, i) => i + 1).join(', ')}`)
        .execute(tx);
    }
  };
  // One transaction: readers never see the tallies half filled (a migration already runs in one).
  if (db.isTransaction) await refill(db);
  else await db.transaction().execute(refill);
}

/**
 * Whether a tally answers `q`: status and type filter every one; country and admin1 the region tally;
 * dates (from, to, undated) the day tally.
 */
export function tallyServes(q: EventQuery, table: 'region' | 'month' | 'day'): boolean {
  const dated = Boolean(q.from || q.to || (q.undated && q.undated !== 'include'));
  const other = q.place || q.actor || q.text || q.bbox || (q.unplaced && q.unplaced !== 'include');
  const region = Boolean(q.country?.length || q.admin1?.length);
  if (other) return false;
  if (table === 'region') return !dated;
  if (table === 'month') return !dated && !region;
  return !region;
}

function tallyWhere(q: EventQuery, view: ReadView, table: 'region' | 'month' | 'day'): RawBuilder<unknown> {
  const and: RawBuilder<unknown>[] = [sql`n > 0`];
  const statuses = view.statuses(q);
  if (statuses?.length) and.push(sql`status in (${sql.join(statuses)})`);
  // As eventConditions: merged events are pointers. A list, not `<> 'merged'`: the day tally seeks each.
  else and.push(sql`status in (${sql.join(EVENT_STATUSES.filter((st) => st !== 'merged'))})`);
  if (q.type?.length) and.push(sql`type in (${sql.join(q.type)})`);
  if (table === 'region' && q.country?.length) and.push(sql`country in (${sql.join(q.country)})`);
  if (table === 'region' && q.admin1?.length) and.push(sql`admin1 in (${sql.join(q.admin1)})`);
  return sql.join(and, sql` and `);
}

/** eventConditions' date filter over the day tally (undated events are stored with '' days). */
function dayRange(kind: DbKind, q: EventQuery): RawBuilder<unknown> {
  const range: RawBuilder<unknown>[] = [sql`date_start <> ''`];
  if (q.from) range.push(sql`date_stop >= ${daySpan(q.from, null).start!}`);
  if (q.to) {
    const to = daySpan(q.to, null).stop!;
    // Implied, but only this bound on the leading column keeps a range from reading to the end.
    range.push(sql`date_start <= ${to}`, sql`date_stop <= ${shiftedByLongestSpan(kind, to, 1)}`);
  }
  const undated = q.undated ?? (range.length > 1 ? 'exclude' : 'include');
  if (undated === 'only') return sql`date_start = ''`;
  if (undated === 'exclude') return sql`(${sql.join(range, sql` and `)})`;
  return range.length > 1 ? sql`((${sql.join(range, sql` and `)}) or date_start = '')` : sql`1 = 1`;
}

export interface RegionTallyRow {
  status: string;
  type: string;
  country: string;
  admin1: string;
  n: number;
  undated: number;
  unplaced: number;
}

/** Counts by status, type and region of the events `q` matches (call only when tallyServes(q, 'region')). */
export async function regionTally(db: Kysely<any>, q: EventQuery, view: ReadView): Promise<RegionTallyRow[]> {
  const unplaced = sql.ref(view.point.lat === 'public_lat' ? 'public_unplaced' : 'unplaced');
  const r = await sql<RegionTallyRow>`select status, type, country, admin1, sum(n) as n, sum(undated * n) as undated,
    sum(${unplaced} * n) as unplaced from event_region_tally where ${tallyWhere(q, view, 'region')}
    group by status, type, country, admin1`.execute(db);
  return r.rows.map((x) => ({ ...x, n: Number(x.n), undated: Number(x.undated), unplaced: Number(x.unplaced) }));
}

/** Events by month and date precision (month '' = undated; call only when tallyServes(q, 'month')). */
export async function monthTally(
  db: Kysely<any>,
  q: EventQuery,
  view: ReadView,
): Promise<{ month: string; date_precision: string; n: number }[]> {
  const r = await sql<{ month: string; date_precision: string; n: number }>`select month, date_precision, sum(n) as n
    from event_month_tally where ${tallyWhere(q, view, 'month')} group by month, date_precision`.execute(db);
  return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
}

/** Events by first day and date precision (date_start '' = undated; call only when tallyServes(q, 'day')). */
export async function dayTally(
  db: Kysely<any>,
  kind: DbKind,
  q: EventQuery,
  view: ReadView,
): Promise<{ date_start: string; date_precision: string; n: number }[]> {
  const r = await sql<{
    date_start: string;
    date_precision: string;
    n: number;
  }>`select date_start, date_precision, sum(n) as n
    from event_day_tally where ${tallyWhere(q, view, 'day')} and ${dayRange(kind, q)} group by date_start, date_precision`.execute(
    db,
  );
  return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
}
