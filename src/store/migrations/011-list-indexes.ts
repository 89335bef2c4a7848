// 011: what analysts' filtered lists read on a large store.
// - The filter indexes of 003 again, now also holding date_stop and date_precision: a date range
//   tests date_stop (the overlap of the event's span with the range), which 003's indexes lacked,
//   so counting a page's matches read every candidate row from the table (~30 ms on 1M events; now
//   the index alone); a time series by region or country groups by date_precision as well.
// - A type combined with a country or a region: (country, type, date) and (admin1, type, date).
//   With only (country, date), a rare type in a large country walked the country's events and
//   checked each (~20 ms to count a page's matches on 1M events; now a range of one index).
// Every index keeps the list's full order (date_start, id) and covers the status test.
import { sql, type Kysely } from 'kysely';
import type { DbKind } from '../schema.js';

export function listIndexes(kind: DbKind) {
  // As in 003: SQLite reads a plain index backwards; PostgreSQL is told the order (undated last).
  const byDate = kind === 'postgres' ? 'date_start desc nulls last, id desc' : 'date_start, id';
  const tail = 'status, date_stop, date_precision';
  const create = (name: string, columns: string, where = '') =>
    `CREATE INDEX ${name} ON events (${columns}, ${tail})${where}`;
  const rebuild = (name: string, columns: string, where = '') => [`DROP INDEX ${name}`, create(name, columns, where)];
  return {
    async up(db: Kysely<any>): Promise<void> {
      const stmts = [
        ...['type', 'country', 'admin1'].flatMap((col) => rebuild(`events_${col}_date`, `${col}, ${byDate}`)),
        ...rebuild('events_date', byDate),
        create('events_country_type_date', `country, type, ${byDate}`),
        create('events_admin1_type_date', `admin1, type, ${byDate}`),
      ];
      for (const s of stmts) await sql.raw(s).execute(db);
    },
    async down(): Promise<void> {
      throw new Error('011-list-indexes cannot be reverted: drop the database instead');
    },
  };
}
