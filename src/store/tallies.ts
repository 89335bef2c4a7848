// Event tallies: small tables of event counts by (status, type, region, flags) and by (status, type,
// month), kept in step with `events` by triggers — so every writer (ingest, review, bulk loads with
// triggers on) updates them in its own transaction. They answer the first page load's counts and
// monthly time series without reading a million events; any other filter counts the events themselves.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { EventQuery } from '../model/query.js';
import type { ReadView } from './event-filter.js';
import type { DbKind } from './schema.js';

// Key columns. Nullable event columns are stored as '' (a NULL in a unique key would never conflict).
export const REGION_KEY = ['status', 'type', 'country', 'admin1', 'undated', 'unplaced', 'public_unplaced'] as const;
export const MONTH_KEY = ['status', 'type', 'month', 'date_precision'] as const;
const flag = (expr: string) => `case when ${expr} is null then 1 else 0 end`;
export const regionValues = (r: string) => [`${r}.status`, `${r}.type`, `coalesce(${r}.country, '')`, `coalesce(${r}.admin1, '')`,
  flag(`${r}.date_start`), flag(`${r}.lat`), flag(`${r}.public_lat`)];
export const monthValues = (r: string) => [`${r}.status`, `${r}.type`, `coalesce(substr(${r}.date_start, 1, 7), '')`, `coalesce(${r}.date_precision, '')`];
/** the event columns the tallies depend on: an update of any other column leaves them alone */
const WATCHED = ['status', 'type', 'country', 'admin1', 'date_start', 'date_precision', 'lat', 'public_lat'];

function add(table: string, key: readonly string[], values: string[]): string {
  return `INSERT INTO ${table} (${key.join(', ')}, n) VALUES (${values.join(', ')}, 1)
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET n = ${table}.n + 1`;
}
function remove(table: string, key: readonly string[], values: string[]): string {
  return `UPDATE ${table} SET n = n - 1 WHERE ${key.map((k, i) => `${k} = ${values[i]}`).join(' AND ')}`;
}

/** The statements a trigger runs to count a row in (adds) or out (removes), and the columns it watches. */
export function tallyStatements() {
  return {
    adds: (r: string) => [add('event_region_tally', REGION_KEY, regionValues(r)), add('event_month_tally', MONTH_KEY, monthValues(r))],
    removes: (r: string) => [remove('event_region_tally', REGION_KEY, regionValues(r)), remove('event_month_tally', MONTH_KEY, monthValues(r))],
    watched: WATCHED,
  };
}

/** Tables and triggers (migration 002). */
export function tallyDdl(kind: DbKind): string[] {
  const tables = [
    `CREATE TABLE event_region_tally (status text NOT NULL, type text NOT NULL, country text NOT NULL, admin1 text NOT NULL,
      undated integer NOT NULL, unplaced integer NOT NULL, public_unplaced integer NOT NULL, n integer NOT NULL,
      PRIMARY KEY (${REGION_KEY.join(', ')}))`,
    `CREATE TABLE event_month_tally (status text NOT NULL, type text NOT NULL, month text NOT NULL, date_precision text NOT NULL,
      n integer NOT NULL, PRIMARY KEY (${MONTH_KEY.join(', ')}))`,
  ];
  const { adds, removes } = tallyStatements();
  if (kind === 'sqlite') {
    const body = (stmts: string[]) => `BEGIN ${stmts.map((s) => `${s};`).join('\n')} END`;
    return [...tables,
      `CREATE TRIGGER events_tally_ai AFTER INSERT ON events ${body(adds('new'))}`,
      `CREATE TRIGGER events_tally_ad AFTER DELETE ON events ${body(removes('old'))}`,
      `CREATE TRIGGER events_tally_au AFTER UPDATE OF ${WATCHED.join(', ')} ON events ${body([...removes('old'), ...adds('new')])}`,
    ];
  }
  return [...tables,
    `CREATE FUNCTION events_tally() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
       IF TG_OP <> 'INSERT' THEN ${removes('OLD').map((s) => `${s};`).join(' ')} END IF;
       IF TG_OP <> 'DELETE' THEN ${adds('NEW').map((s) => `${s};`).join(' ')} END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER events_tally AFTER INSERT OR DELETE OR UPDATE OF ${WATCHED.join(', ')} ON events
       FOR EACH ROW EXECUTE FUNCTION events_tally()`,
  ];
}

/** Recount both tallies from the events (the migration, and bulk loads made with triggers off). */
export async function refillTallies(db: Kysely<any>): Promise<void> {
  const fill = (table: string, key: readonly string[], values: string[]) => sql.raw(`INSERT INTO ${table} (${key.join(', ')}, n)
    SELECT ${values.join(', ')}, count(*) FROM events e GROUP BY ${values.map((_, i) => i + 1).join(', ')}`);
  const refill = async (tx: Kysely<any>) => {
    await sql.raw('DELETE FROM event_region_tally').execute(tx);
    await sql.raw('DELETE FROM event_month_tally').execute(tx);
    await fill('event_region_tally', REGION_KEY, regionValues('e')).execute(tx);
    await fill('event_month_tally', MONTH_KEY, monthValues('e')).execute(tx);
  };
  // One transaction: readers never see the tallies half filled (a migration already runs in one).
  if (db.isTransaction) await refill(db);
  else await db.transaction().execute(refill);
}

/** Only type, country, admin1 and status filter the region tally (type and status the month tally). */
export function tallyServes(q: EventQuery, table: 'region' | 'month'): boolean {
  const other = q.place || q.from || q.to || q.actor || q.text || q.bbox
    || (q.undated && q.undated !== 'include') || (q.unplaced && q.unplaced !== 'include');
  return !other && (table === 'region' || (!q.country?.length && !q.admin1?.length));
}

function tallyWhere(q: EventQuery, view: ReadView, table: 'region' | 'month'): RawBuilder<unknown> {
  const and: RawBuilder<unknown>[] = [sql`n > 0`];
  const statuses = view.statuses(q);
  if (statuses?.length) and.push(sql`status in (${sql.join(statuses)})`);
  else and.push(sql`status <> 'merged'`); // as eventConditions: merged events are pointers
  if (q.type?.length) and.push(sql`type in (${sql.join(q.type)})`);
  if (table === 'region' && q.country?.length) and.push(sql`country in (${sql.join(q.country)})`);
  if (table === 'region' && q.admin1?.length) and.push(sql`admin1 in (${sql.join(q.admin1)})`);
  return sql.join(and, sql` and `);
}

export interface RegionTallyRow { status: string; type: string; country: string; admin1: string; n: number; undated: number; unplaced: number }

/** Counts by status, type and region of the events `q` matches (call only when tallyServes(q, 'region')). */
export async function regionTally(db: Kysely<any>, q: EventQuery, view: ReadView): Promise<RegionTallyRow[]> {
  const unplaced = sql.ref(view.point.lat === 'public_lat' ? 'public_unplaced' : 'unplaced');
  const r = await sql<RegionTallyRow>`select status, type, country, admin1, sum(n) as n, sum(undated * n) as undated,
    sum(${unplaced} * n) as unplaced from event_region_tally where ${tallyWhere(q, view, 'region')}
    group by status, type, country, admin1`.execute(db);
  return r.rows.map((x) => ({ ...x, n: Number(x.n), undated: Number(x.undated), unplaced: Number(x.unplaced) }));
}

/** Events by month and date precision (month '' = undated; call only when tallyServes(q, 'month')). */
export async function monthTally(db: Kysely<any>, q: EventQuery, view: ReadView): Promise<{ month: string; date_precision: string; n: number }[]> {
  const r = await sql<{ month: string; date_precision: string; n: number }>`select month, date_precision, sum(n) as n
    from event_month_tally where ${tallyWhere(q, view, 'month')} group by month, date_precision`.execute(db);
  return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
}
