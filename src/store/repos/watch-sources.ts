// Watched sources: the repository owns their rows, runs and seen items (migration 009).
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema.js';
import type { WatchSourcesTable } from '../schema-watch.js';
import { nowIso, toNumber } from '../util.js';

export const WATCH_KINDS = ['feed', 'telegram', 'page'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export interface NewWatchSource {
  url: string;
  name: string;
  kind: WatchKind;
  everySeconds: number;
  lang?: string | null;
  allowPrivate?: boolean;
  linkPattern?: string | null;
  backfillSince?: string | null;
}

export const WatchSourceSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    name: z.string(),
    kind: z.enum(WATCH_KINDS),
    everySeconds: z.number().int(),
    lang: z.string().nullable(),
    allowPrivate: z.boolean(),
    linkPattern: z.string().nullable(),
    backfillSince: z.string().nullable(),
    paused: z.boolean(),
    createdAt: z.string(),
    lastFetchAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    cursor: z.string().nullable(),
    consecutiveErrors: z.number().int(),
    lastError: z.string().nullable(),
    nextDueAt: z.string(),
  })
  .meta({ id: 'WatchSource', description: 'A watched source (feed, Telegram channel or page) and its polling state.' });
export type WatchSource = z.infer<typeof WatchSourceSchema>;

/** One poll of a source, as stored. */
export const WatchRunSchema = z
  .object({
    id: z.number().int(),
    sourceId: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string(),
    status: z.enum(['ok', 'not_modified', 'error']),
    httpStatus: z.number().int().nullable(),
    itemsNew: z.number().int(),
    itemsUnchanged: z.number().int(),
    itemsFailed: z.number().int(),
    eventsNew: z.number().int(),
    error: z.string().nullable(),
  })
  .meta({ id: 'WatchRun', description: 'One poll of a watched source.' });
export type WatchRun = z.infer<typeof WatchRunSchema>;

/** What one poll of a source did, and the state it leaves behind. */
export interface WatchRunResult extends Omit<WatchRun, 'id' | 'sourceId' | 'httpStatus' | 'error'> {
  httpStatus?: number | null;
  error?: string | null;
  /** validators and cursor to keep (undefined: leave as they are) */
  etag?: string | null;
  lastModified?: string | null;
  cursor?: string | null;
}

export const SourceHealthSchema = WatchSourceSchema.extend({
  itemsPerDay: z.number().describe('items stored over the last 7 days, per day'),
  lastRun: WatchRunSchema.nullable(),
}).meta({ id: 'SourceHealth', description: 'A watched source with its last run and recent yield.' });
export type SourceHealth = z.infer<typeof SourceHealthSchema>;

/** Longest wait after repeated failures. */
export const MAX_BACKOFF_SECONDS = 24 * 3600;

/** Next poll after a run: the source's interval, doubled for each consecutive failure (capped). */
export function nextDue(now: Date, everySeconds: number, consecutiveErrors: number): string {
  const factor = 2 ** Math.min(consecutiveErrors, 16);
  const wait =
    consecutiveErrors === 0
      ? everySeconds
      : Math.min(everySeconds * factor, Math.max(MAX_BACKOFF_SECONDS, everySeconds));
  return new Date(now.getTime() + wait * 1000).toISOString();
}

const fromRow = (r: Selectable<WatchSourcesTable>): WatchSource => ({
  id: r.id,
  url: r.url,
  name: r.name,
  kind: r.kind as WatchKind,
  everySeconds: r.every_seconds,
  lang: r.lang,
  allowPrivate: r.allow_private === 1,
  linkPattern: r.link_pattern,
  backfillSince: r.backfill_since,
  paused: r.paused === 1,
  createdAt: r.created_at,
  lastFetchAt: r.last_fetch_at,
  lastSuccessAt: r.last_success_at,
  etag: r.etag,
  lastModified: r.last_modified,
  cursor: r.cursor,
  consecutiveErrors: r.consecutive_errors,
  lastError: r.last_error,
  nextDueAt: r.next_due_at,
});

export class WatchSourceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(s: NewWatchSource, now = new Date()): Promise<WatchSource> {
    const existing = await this.db.selectFrom('watch_sources').select('id').where('url', '=', s.url).executeTakeFirst();
    if (existing) throw new Error(`${s.url} is already watched (source ${existing.id})`);
    await this.db
      .insertInto('watch_sources')
      .values({
        url: s.url,
        name: s.name,
        kind: s.kind,
        every_seconds: s.everySeconds,
        lang: s.lang ?? null,
        allow_private: s.allowPrivate ? 1 : 0,
        link_pattern: s.linkPattern ?? null,
        backfill_since: s.backfillSince ?? null,
        paused: 0,
        created_at: now.toISOString(),
        consecutive_errors: 0,
        next_due_at: now.toISOString(),
      })
      .execute();
    const row = await this.db
      .selectFrom('watch_sources')
      .selectAll()
      .where('url', '=', s.url)
      .executeTakeFirstOrThrow();
    return fromRow(row);
  }

  async get(id: number): Promise<WatchSource | undefined> {
    const row = await this.db.selectFrom('watch_sources').selectAll().where('id', '=', id).executeTakeFirst();
    return row && fromRow(row);
  }

  async list(): Promise<WatchSource[]> {
    return (await this.db.selectFrom('watch_sources').selectAll().orderBy('id').execute()).map(fromRow);
  }

  /** Sources with their last run and recent yield, for `sources list` and the health page. */
  async health(now = new Date()): Promise<SourceHealth[]> {
    const sources = await this.list();
    const since = new Date(now.getTime() - 7 * 86400_000).toISOString();
    const totals = await this.db
      .selectFrom('watch_runs')
      .select(['source_id', (eb) => eb.fn.sum<number>('items_new').as('n')])
      .where('started_at', '>=', since)
      .groupBy('source_id')
      .execute();
    const perSource = new Map(totals.map((t) => [t.source_id, toNumber(t.n)]));
    const out: SourceHealth[] = [];
    for (const s of sources) {
      const [last] = await this.runs(s.id, 1);
      out.push({ ...s, itemsPerDay: Math.round(((perSource.get(s.id) ?? 0) / 7) * 10) / 10, lastRun: last ?? null });
    }
    return out;
  }

  async remove(id: number): Promise<boolean> {
    const r = await this.db.deleteFrom('watch_sources').where('id', '=', id).executeTakeFirst();
    return toNumber(r.numDeletedRows) > 0;
  }

  /** Pausing stops polls; resuming makes the source due at once. */
  async setPaused(id: number, paused: boolean, now = new Date()): Promise<boolean> {
    const r = await this.db
      .updateTable('watch_sources')
      .set(paused ? { paused: 1 } : { paused: 0, next_due_at: now.toISOString() })
      .where('id', '=', id)
      .executeTakeFirst();
    return toNumber(r.numUpdatedRows) > 0;
  }

  /** Active sources due at `now`, most overdue first. */
  async due(now = new Date(), limit = 1000): Promise<WatchSource[]> {
    const rows = await this.db
      .selectFrom('watch_sources')
      .selectAll()
      .where('paused', '=', 0)
      .where('next_due_at', '<=', now.toISOString())
      .orderBy('next_due_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(fromRow);
  }

  /**
   * Takes a due source for one poll: moves its due time past `leaseSeconds`, only if it is still due,
   * so two schedulers (or workers) never poll one source at once; a crashed poll retries after the lease.
   */
  async claim(id: number, now = new Date(), leaseSeconds = 600): Promise<boolean> {
    const lease = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
    const r = await this.db
      .updateTable('watch_sources')
      .set({ next_due_at: lease })
      .where('id', '=', id)
      .where('paused', '=', 0)
      .where('next_due_at', '<=', now.toISOString())
      .executeTakeFirst();
    return toNumber(r.numUpdatedRows) > 0;
  }

  /** Earliest due time of an active source, for the loop's sleep. */
  async nextDueAt(): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('watch_sources')
      .select((eb) => eb.fn.min<string>('next_due_at').as('t'))
      .where('paused', '=', 0)
      .executeTakeFirst();
    return row?.t ?? undefined;
  }

  /** Records a run and the source's new state (errors, back-off, validators, cursor) in one transaction. */
  async recordRun(source: WatchSource, run: WatchRunResult, now = new Date()): Promise<WatchSource> {
    const errors = run.status === 'error' ? source.consecutiveErrors + 1 : 0;
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('watch_runs')
        .values({
          source_id: source.id,
          started_at: run.startedAt,
          finished_at: run.finishedAt,
          status: run.status,
          http_status: run.httpStatus ?? null,
          items_new: run.itemsNew,
          items_unchanged: run.itemsUnchanged,
          items_failed: run.itemsFailed,
          events_new: run.eventsNew,
          error: run.error ?? null,
        })
        .execute();
      await tx
        .updateTable('watch_sources')
        .set({
          last_fetch_at: run.finishedAt,
          ...(run.status === 'error'
            ? { last_error: run.error ?? 'failed' }
            : { last_success_at: run.finishedAt, last_error: null }),
          consecutive_errors: errors,
          next_due_at: nextDue(now, source.everySeconds, errors),
          ...(run.etag !== undefined ? { etag: run.etag } : {}),
          ...(run.lastModified !== undefined ? { last_modified: run.lastModified } : {}),
          ...(run.cursor !== undefined ? { cursor: run.cursor } : {}),
        })
        .where('id', '=', source.id)
        .execute();
    });
    return (await this.get(source.id))!;
  }

  async runs(sourceId: number, limit = 20): Promise<WatchRun[]> {
    const rows = await this.db
      .selectFrom('watch_runs')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      sourceId: r.source_id,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      status: r.status as WatchRun['status'],
      httpStatus: r.http_status,
      itemsNew: r.items_new,
      itemsUnchanged: r.items_unchanged,
      itemsFailed: r.items_failed,
      eventsNew: r.events_new,
      error: r.error,
    }));
  }

  /** Content hashes of the items of `keys` this source has already stored. */
  async seen(sourceId: number, keys: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await this.db
        .selectFrom('watch_items')
        .select(['item_key', 'content_hash'])
        .where('source_id', '=', sourceId)
        .where('item_key', 'in', keys.slice(i, i + 500))
        .execute();
      for (const r of rows) out.set(r.item_key, r.content_hash);
    }
    return out;
  }

  /** Remembers items as stored (new, or a new version of an edited item). */
  async markSeen(sourceId: number, items: { key: string; hash: string }[]): Promise<void> {
    const at = nowIso();
    for (const it of items) {
      await this.db
        .insertInto('watch_items')
        .values({ source_id: sourceId, item_key: it.key, content_hash: it.hash, first_seen_at: at, last_seen_at: at })
        .onConflict((oc) =>
          oc.columns(['source_id', 'item_key']).doUpdateSet({ content_hash: it.hash, last_seen_at: at }),
        )
        .execute();
    }
  }
}
