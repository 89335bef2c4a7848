// A generated store of many events for query benchmarks: rows are inserted directly (batched, one
// transaction), not through extraction — the figures are about the store, not the extractor.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { EVENT_TYPES } from '../src/model/event.js';
import { openStore, refillTallies } from '../src/store/index.js';
import { dataPath } from '../src/util/data-path.js';
import { seededRandom } from './generate-reports.js';

const STATUSES: [string, number][] = [
  ['unreviewed', 0.6],
  ['verified', 0.3],
  ['rejected', 0.08],
  ['merged', 0.02],
];
const ACTORS = [
  'Vesna',
  'OVD-Info',
  'Freedom of Russia Legion',
  'Russian Volunteer Corps',
  'Stop the Wagons',
  'BYPOL',
  'Rospartizan',
  'Atesh',
  'Feminist Anti-War Resistance',
  'Moscow police',
  'FSB',
  'KGB of Belarus',
  'Investigative Committee',
];
// A vocabulary of 4,000 made-up words (each in ~0.1% of events) plus a few real ones, so that
// full-text queries select a realistic share of the store rather than a quarter of it.
const REAL_WORDS = [
  'rally',
  'picket',
  'relay',
  'cabinet',
  'railway',
  'митинг',
  'пикет',
  'военкомат',
  'поджог',
  'strike',
];
const SYLLABLES = [
  'ka',
  'to',
  'ri',
  'mu',
  'se',
  'lo',
  'vi',
  'na',
  'pe',
  'zu',
  'да',
  'ло',
  'ми',
  'ру',
  'ве',
  'ко',
  'ни',
  'та',
];

function regions(): { iso: string; lat: number; lon: number }[] {
  const [header, ...rows] = readFileSync(dataPath('admin1.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  const [iso, lat, lon] = ['iso', 'lat', 'lon'].map((k) => header.indexOf(k));
  return rows
    .map((c) => ({ iso: c[iso], lat: Number(c[lat]), lon: Number(c[lon]) }))
    .filter((r) => r.iso && Number.isFinite(r.lat) && r.lat !== 0);
}

/**
 * Bump when the generated rows change. (Schema changes need no bump: opening a cached store applies
 * the newer migrations — which is why migrations, once released, are never edited in place.)
 */
const FIXTURE_VERSION = 7;

/** The shared, cached store of `count` events in the temp folder (built on first use: minutes for 1M). */
export async function cachedEventStore(count: number): Promise<string> {
  const path = join(tmpdir(), `khronika-bench-events-v${FIXTURE_VERSION}-${count}.db`);
  await buildEventStore(path, count);
  return path;
}

/** Builds (or reuses) a SQLite store of `count` events at `path`. */
export async function buildEventStore(path: string, count: number): Promise<void> {
  if (existsSync(path)) return;
  const tmp = `${path}.building`;
  rmSync(tmp, { force: true });
  const store = await openStore(tmp);
  await store.close();
  const db = new BetterSqlite3(tmp);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // Bulk load: drop the secondary indexes and the full-text trigger, load, then rebuild both.
  const deferred = db
    .prepare(`select type, name, sql from sqlite_master where tbl_name in ('events', 'event_actors')
    and type in ('index', 'trigger') and sql is not null`)
    .all() as { type: string; name: string; sql: string }[];
  for (const d of deferred) db.exec(`drop ${d.type} ${d.name}`);
  const rnd = seededRandom(7);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)];
  const WORDS = [
    ...REAL_WORDS,
    ...Array.from({ length: 4000 }, () => pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES) + pick(SYLLABLES)),
  ];
  const regs = regions();
  const start = Date.UTC(2014, 0, 1);
  const days = Math.floor((Date.UTC(2026, 10, 1) - start) / 86_400_000);
  const now = new Date().toISOString();
  const insEvent =
    db.prepare(`insert into events (id, status, type, date, date_end, date_start, date_stop, date_precision, date_span_days, country, admin1,
    place, place_key, lat, lon, geo_precision, public_lat, public_lon, actors, targets, quantity, quantity_unit, fatalities, aggregate,
    notes, search_text, public_search_text, merged_into, sources_count, edited, created_at, updated_at) values
    (@id, @status, @type, @date, null, @date, @date, @prec, @span, @country, @admin1, @place, @place_key, @lat, @lon, @gp, @lat, @lon,
     @actors, '[]', null, null, null, 0, @notes, @search, @publicSearch, null, 1, 0, @now, @now)`);
  const insActor = db.prepare('insert or ignore into actors (id, name, name_key) values (?, ?, ?)');
  const insEA = db.prepare('insert into event_actors (event_id, actor_id) values (?, ?)');
  ACTORS.forEach((a, i) => {
    insActor.run(
      i + 1,
      a,
      a
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    );
  });
  const insertAll = db.transaction(() => {
    for (let id = 1; id <= count; id++) {
      const r = pick(regs);
      const undated = rnd() < 0.05;
      const unplaced = rnd() < 0.1;
      const town = `Town ${Math.floor(rnd() * 3000)}`;
      const date = undated ? null : new Date(start + Math.floor(rnd() * days) * 86_400_000).toISOString().slice(0, 10);
      let u = rnd();
      const status = STATUSES.find(([, p]) => (u -= p) < 0)?.[0] ?? 'unreviewed';
      const actor = rnd() < 0.3 ? Math.floor(rnd() * ACTORS.length) : -1;
      const type = pick(EVENT_TYPES);
      const notes = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} near ${town}`;
      insEvent.run({
        id,
        status,
        type,
        date,
        prec: date ? 'day' : null,
        span: date ? 0 : null,
        country: r.iso.slice(0, 2),
        admin1: r.iso,
        place: unplaced ? null : town,
        place_key: unplaced ? null : town.toLowerCase(),
        lat: unplaced ? null : r.lat + (rnd() - 0.5),
        lon: unplaced ? null : r.lon + (rnd() - 0.5),
        gp: unplaced ? 2 : 1,
        actors: JSON.stringify(actor >= 0 ? [ACTORS[actor]] : []),
        notes,
        search: `${unplaced ? '' : town} ${r.iso} ${type} ${notes}`,
        publicSearch: `${unplaced ? '' : town} ${r.iso} ${type}${actor >= 0 ? ` ${ACTORS[actor]}` : ''}`,
        now,
      });
      if (actor >= 0) insEA.run(id, actor + 1);
    }
  });
  insertAll();
  for (const d of deferred) db.exec(d.sql);
  db.exec(`insert into events_fts(events_fts) values ('rebuild')`);
  db.exec(`insert into events_public_fts(events_public_fts) values ('rebuild')`);
  // No ANALYZE: the application never runs it, so the benchmark plans as a real store would.
  db.close();
  // The tally triggers were off during the load: recount the tallies from the rows.
  const loaded = await openStore(tmp);
  await refillTallies(loaded.db);
  await loaded.close();
  renameSync(tmp, path);
  for (const ext of ['-wal', '-shm']) rmSync(tmp + ext, { force: true });
}
