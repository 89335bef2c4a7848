// Read side of events: list, detail, counts, time series and GeoJSON, all over one EventQuery — the
// shared reader, and the analysts' repository (the published one is published.ts).
import { sql, type Kysely } from 'kysely';
import { EventQuerySchema, type EventQuery } from '../../model/query.js';
import {
  ANALYST_VIEW,
  eventConditions,
  orderClause,
  lookUpFilter,
  type ReadView,
  type FilterLookups,
} from '../event-filter.js';
import { rowToSummary, type EventRow, type EventSummary, type PublishedEventSummary } from '../event-row.js';
import {
  toGeoJson,
  type Bucket,
  type EventCounts,
  type EventDetail,
  type EventSource,
  type GeoJsonCollection,
  type MapPointCollection,
  type MapPointFeature,
  type TimeSeries,
} from '../event-shapes.js';
import { keysetPhases } from '../keyset.js';
import { inReadLane } from '../read-pool.js';
import { dayTally, monthTally, regionTally, tallyServes, type RegionTallyRow } from '../tallies.js';
import type { Database, DbKind } from '../schema.js';
import { AuditRepository } from './audit.js';

export const DEFAULT_LIMIT = 50;
/** list() counts matches exactly up to this many; beyond, `total_exact` is false. */
export const TOTAL_CAP = 1_000;

/** Most points geojson() and points() return. */
export const MAX_POINTS = 10_000;

/** Monday of the ISO week holding `day` (YYYY-MM-DD). */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const asSource = ({ publishable, ...s }: Omit<EventSource, 'publishable'> & { publishable: number }): EventSource => ({
  ...s,
  publishable: Number(publishable) === 1,
});

/**
 * Lists, counts, series, map points and pages of events over one EventQuery, as one read path sees
 * them: the view (statuses, point, searchable text) and the row mapper are fixed by the subclass —
 * EventRepository for analysts, PublishedEventRepository (published.ts) for everyone else.
 */
export abstract class EventReader<S extends EventSummary | PublishedEventSummary> {
  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly kind: DbKind,
    private readonly view: ReadView,
    private readonly toSummary: (r: EventRow) => S,
  ) {}

  private parse(q: EventQuery | Record<string, unknown>): EventQuery {
    return EventQuerySchema.parse(q);
  }

  private async where(q: EventQuery) {
    return eventConditions(this.kind, q, this.view, await lookUpFilter(this.db, q));
  }

  /**
   * A page of events and how many match. Counting a million rows costs more than the page, so the
   * count stops at TOTAL_CAP (`total_exact: false` then; counts() gives exact figures).
   */
  async list(
    query: EventQuery,
    opts: { total?: boolean } = {},
  ): Promise<{ items: S[]; total: number | null; total_exact: boolean }> {
    const q = this.parse(query);
    const lookups = await lookUpFilter(this.db, q);
    const where = eventConditions(this.kind, q, this.view, lookups);
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where(where)
      .orderBy(orderClause(this.kind, q.sort))
      .limit(q.limit ?? DEFAULT_LIMIT)
      .offset(q.offset ?? 0)
      .execute();
    const items = rows.map(this.toSummary);
    if (opts.total === false) return { items, total: null, total_exact: false };
    // A page that is not full ends the matches: their number is known without counting (the count
    // costs several times the page). An empty page past the end says nothing: count then.
    const offset = q.offset ?? 0;
    const n =
      rows.length < (q.limit ?? DEFAULT_LIMIT) && (rows.length > 0 || offset === 0)
        ? offset + rows.length
        : await this.cappedCount(q, lookups, where);
    return { items, total: Math.min(n, TOTAL_CAP), total_exact: n <= TOTAL_CAP };
  }

  /** Matches up to TOTAL_CAP + 1. */
  private async cappedCount(
    q: EventQuery,
    lookups: FilterLookups,
    where: ReturnType<typeof eventConditions>,
  ): Promise<number> {
    // `any`: the two inner queries differ in their tables
    const count = (inner: (db: any) => any) =>
      this.db
        .selectFrom((db) =>
          inner(db)
            .limit(TOTAL_CAP + 1)
            .as('m'),
        )
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
        .then((c) => Number(c.n));
    const actorIds = lookups.actors?.ids;
    if (!actorIds?.length) return count((db) => db.selectFrom('events').select('events.id').where(where));
    // Counting reads every match up to the cap: walk the actor's events (its index) and check each
    // against the rest of the filter. CROSS JOIN fixes that order on SQLite; PostgreSQL plans its own.
    const rest = eventConditions(this.kind, { ...q, actor: undefined }, this.view, lookups);
    return count((db) =>
      db
        .selectFrom('event_actors')
        .crossJoin('events')
        .select('events.id')
        .distinct()
        .whereRef('events.id', '=', 'event_actors.event_id')
        .where('event_actors.actor_id', 'in', actorIds)
        .where((eb: unknown) => rest(eb as never)),
    );
  }

  /**
   * Every matching event, a page at a time (bounded memory), for exports; at most `maxRows` in all.
   * Pages continue from the last row's sort key (keyset), not by OFFSET, so the millionth row costs
   * what the first did; each page is its own bounded statement.
   */
  async *pages(query: EventQuery, opts: { maxRows?: number } = {}, pageSize = 1000): AsyncGenerator<S[]> {
    const q = this.parse({ ...query, limit: undefined, offset: undefined });
    const where = await this.where(q);
    let left = opts.maxRows ?? Infinity;
    for (const phase of keysetPhases(q.sort)) {
      let after: EventRow | null = null;
      while (left > 0) {
        const size = Math.min(pageSize, left);
        const from: EventRow | null = after;
        const rows: EventRow[] = await inReadLane('heavy', () =>
          this.db
            .selectFrom('events')
            .selectAll()
            .where(where)
            .where((eb) => phase.after(eb, from))
            .orderBy(orderClause(this.kind, q.sort))
            .limit(size)
            .execute(),
        );
        if (rows.length) yield rows.map(this.toSummary);
        left -= rows.length;
        if (rows.length < size) break;
        after = rows[rows.length - 1];
      }
    }
  }

  /**
   * Exact counts of what `q` matches. Filters on type, country, admin1 and status alone (the first
   * page load's) read the event tallies; others count the events. `scan` forces the latter (tests).
   */
  async counts(query: EventQuery, opts: { scan?: boolean } = {}): Promise<EventCounts> {
    return inReadLane('heavy', () => this.countsNow(query, opts));
  }

  private async countsNow(query: EventQuery, opts: { scan?: boolean }): Promise<EventCounts> {
    const q = this.parse({ ...query, limit: undefined, offset: undefined });
    const rows =
      !opts.scan && tallyServes(q, 'region') ? await regionTally(this.db, q, this.view) : await this.scanCounts(q);
    const out: EventCounts = {
      total: 0,
      by_type: {},
      by_status: {},
      by_admin1: {},
      by_country: {},
      undated: 0,
      unplaced: 0,
    };
    const bump = (m: Record<string, number>, k: string, n: number) => {
      if (k) m[k] = (m[k] ?? 0) + n;
    };
    for (const r of rows) {
      if (r.n === 0) continue;
      out.total += r.n;
      bump(out.by_type, r.type, r.n);
      bump(out.by_status, r.status, r.n);
      bump(out.by_admin1, r.admin1, r.n);
      bump(out.by_country, r.country, r.n);
      out.undated += r.undated;
      out.unplaced += r.unplaced;
    }
    return out;
  }

  private async scanCounts(q: EventQuery): Promise<RegionTallyRow[]> {
    const where = await this.where(q);
    const latCol = this.view.point.lat;
    const rows = await this.db
      .selectFrom('events')
      .select((eb) => [
        'type',
        'status',
        'country',
        'admin1',
        eb.fn.countAll().as('n'),
        sql<number>`sum(case when date_start is null then 1 else 0 end)`.as('undated'),
        sql<number>`sum(case when ${sql.ref(latCol)} is null then 1 else 0 end)`.as('unplaced'),
      ])
      .where(where)
      .groupBy(['type', 'status', 'country', 'admin1'])
      .execute();
    return rows.map((r) => ({
      status: r.status,
      type: r.type,
      country: r.country ?? '',
      admin1: r.admin1 ?? '',
      n: Number(r.n),
      undated: Number(r.undated),
      unplaced: Number(r.unplaced),
    }));
  }

  /**
   * Events per bucket. A series filtered by type, status and dates alone reads a tally (the month
   * tally, or the day tally when dated); others count the events. `scan` forces the latter (tests).
   */
  async timeSeries(query: EventQuery, bucket: Bucket, opts: { scan?: boolean } = {}): Promise<TimeSeries> {
    return inReadLane('heavy', () => this.timeSeriesNow(query, bucket, opts));
  }

  private async timeSeriesNow(query: EventQuery, bucket: Bucket, opts: { scan?: boolean }): Promise<TimeSeries> {
    const q = this.parse({ ...query, limit: undefined, offset: undefined });
    // Group by first day (or month) and precision in SQL; fold days into weeks or months here (dialect-neutral).
    // The month tally is the smaller; the day tally also serves date ranges (the daily series).
    const rows =
      bucket === 'month' && !opts.scan && tallyServes(q, 'month')
        ? (await monthTally(this.db, q, this.view)).map((r) => ({
            date_start: r.month ? `${r.month}-01` : null,
            date_precision: r.date_precision || null,
            n: r.n,
          }))
        : !opts.scan && tallyServes(q, 'day')
          ? (await dayTally(this.db, this.kind, q, this.view)).map((r) => ({
              date_start: r.date_start || null,
              date_precision: r.date_precision || null,
              n: r.n,
            }))
          : await this.db
              .selectFrom('events')
              .select((eb) => ['date_start', 'date_precision', eb.fn.countAll().as('n')])
              .where(await this.where(q))
              .groupBy(['date_start', 'date_precision'])
              .execute();
    const precise = (p: string | null) => p === 'day' || (p === 'month' && bucket === 'month');
    const counts = new Map<string, number>();
    let imprecise = 0;
    let undated = 0;
    for (const r of rows) {
      const n = Number(r.n);
      if (n === 0) continue;
      if (!r.date_start) {
        undated += n;
        continue;
      }
      if (!precise(r.date_precision)) {
        imprecise += n;
        continue;
      }
      const t =
        bucket === 'day'
          ? r.date_start
          : bucket === 'week'
            ? weekStart(r.date_start)
            : `${r.date_start.slice(0, 7)}-01`;
      counts.set(t, (counts.get(t) ?? 0) + n);
    }
    const series = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([t, count]) => ({ t, count }));
    return { bucket, series, imprecise, undated };
  }

  /** Map points of the matching events (id, type, admin1 and the point only), in list order. */
  async points(query: EventQuery): Promise<MapPointCollection> {
    const q = this.parse({
      ...query,
      unplaced: 'exclude',
      limit: Math.min(query.limit ?? MAX_POINTS, MAX_POINTS),
      offset: query.offset,
    });
    const { lat, lon } = this.view.point;
    const rows = await this.db
      .selectFrom('events')
      .select(['id', 'type', 'admin1', `${lat} as lat`, `${lon} as lon`])
      .where(await this.where(q))
      .orderBy(orderClause(this.kind, q.sort))
      .limit(q.limit!)
      .offset(q.offset ?? 0)
      .execute();
    const features: MapPointFeature[] = [];
    for (const r of rows) {
      if (r.lat === null || r.lon === null) continue;
      features.push({
        type: 'Feature',
        id: r.id,
        geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
        properties: { id: r.id, type: r.type, admin1: r.admin1 },
      });
    }
    return { type: 'FeatureCollection', features };
  }

  /** Points of the matching events (those without one are left out: see counts().unplaced). */
  async geojson(query: EventQuery): Promise<GeoJsonCollection> {
    const q = this.parse({ ...query, unplaced: 'exclude', limit: query.limit ?? MAX_POINTS });
    const { items } = await inReadLane('heavy', () => this.list(q, { total: false }));
    return toGeoJson(items, this.view.showsNotes);
  }
}

/** The analysts' read path: every status, the exact point, notes, evidence, report titles and URLs, history. */
export class EventRepository extends EventReader<EventSummary> {
  private readonly audit: AuditRepository;
  constructor(db: Kysely<Database>, kind: DbKind) {
    super(db, kind, ANALYST_VIEW, (r) => rowToSummary(r));
    this.audit = new AuditRepository(db);
  }

  /** The source documents of many events at once. */
  async sourcesFor(ids: readonly number[]): Promise<Map<number, EventSource[]>> {
    const out = new Map<number, EventSource[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return out;
    const rows = await this.sourceQuery()
      .select('event_sources.event_id')
      .where('event_sources.event_id', 'in', [...ids])
      .execute();
    for (const { event_id, ...s } of rows) out.get(event_id)?.push(asSource(s));
    return out;
  }

  private sourceQuery() {
    return this.db
      .selectFrom('event_sources')
      .innerJoin('documents', 'documents.id', 'event_sources.document_id')
      .innerJoin('sources', 'sources.id', 'documents.source_id')
      .select([
        'event_sources.document_id',
        'sources.name as source',
        'documents.url',
        'documents.title',
        'documents.published',
        'documents.publishable',
      ])
      .orderBy('documents.published')
      .orderBy('event_sources.document_id');
  }

  async get(id: number): Promise<EventDetail | undefined> {
    const row = await this.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const sources = (await this.sourceQuery().where('event_sources.event_id', '=', id).execute()).map(asSource);
    const merged = await this.db
      .selectFrom('events')
      .select('id')
      .where('merged_into', '=', id)
      .orderBy('id')
      .execute();
    const mentions = await this.db
      .selectFrom('mentions')
      .select([
        'id',
        'document_id',
        'type',
        'evidence',
        'evidence_field',
        'evidence_start',
        'evidence_end',
        'extractor',
        'confidence',
        'origin_event_id',
      ])
      .where('event_id', '=', id)
      .orderBy('id')
      .execute();
    return {
      ...rowToSummary(row),
      sources,
      merged_from: merged.map((m) => m.id),
      mentions,
      history: await this.audit.forEvent(id),
    };
  }
}
