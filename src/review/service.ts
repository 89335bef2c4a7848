// Review commands: status changes, edits, merges and splits. Each runs in one transaction with its
// audit row (every write records its audit row in the same transaction); ids never change.
import type { Kysely, Transaction } from 'kysely';
import type { EventQuery } from '../model/query.js';
import { EventQuerySchema } from '../model/query.js';
import type { CuratedFields } from '../resolve/combine.js';
import { ANALYST_VIEW, eventConditions, resolveFilter } from '../store/event-filter.js';
import { fieldsToRow, rowToSummary } from '../store/event-row.js';
import { recordAudit, type WriteContext } from '../store/repos/audit.js';
import { insertEvent, recomputeEvent, upsertActors } from '../store/repos/event-writer.js';
import { markPublishable, sourcePublishable } from '../store/repos/publication.js';
import type { Database, DbKind } from '../store/schema.js';
import { nowIso } from '../store/util.js';
import { EditPatchSchema, type EditPatch } from './edit-patch.js';
import { ReviewError } from './errors.js';

type Tx = Transaction<Database>;

export type BulkAction = 'verify' | 'reject';
/** Split off either the event that a manual merge folded in, or chosen mentions / documents. */
export type SplitSpec = { mergedId: number } | { mentionIds: number[] } | { documentIds: string[] };

/** The most events one bulk action touches: a bigger selection must be narrowed first. */
export const BULK_LIMIT = 10_000;

export interface BulkOptions {
  /** leave verified events as they are (the CLI's default: an analyst's verification is not undone in bulk) */
  spareVerified?: boolean;
}

/** What a bulk action would do, before doing it: for the count shown in its confirmation. */
export interface BulkPlan {
  /** events the query matches */
  matched: number;
  /** of those, events the action would change */
  changing: number;
  /** verified events left alone because of spareVerified */
  spared: number;
}

const TRANSITIONS: Record<BulkAction, { to: string; from: string[] }> = {
  verify: { to: 'verified', from: ['unreviewed', 'rejected'] },
  reject: { to: 'rejected', from: ['unreviewed', 'verified'] },
};

async function loadEvent(tx: Tx, id: number) {
  const row = await tx.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new ReviewError('not_found', `event ${id} not found`);
  return row;
}

export class ReviewService {
  constructor(private readonly db: Kysely<Database>, private readonly kind: DbKind) {}

  private async setStatus(tx: Tx, id: number, action: BulkAction, ctx: WriteContext, extra: Record<string, unknown> = {}): Promise<void> {
    const row = await loadEvent(tx, id);
    const t = TRANSITIONS[action];
    if (row.status === t.to) return; // already there: nothing to record
    if (!t.from.includes(row.status)) throw new ReviewError('conflict', `event ${id} is ${row.status}: cannot ${action}`);
    await tx.updateTable('events').set({ status: t.to, updated_at: nowIso() }).where('id', '=', id).execute();
    await recordAudit(tx, ctx, id, action, { from: row.status, to: t.to, ...extra });
  }

  verify(id: number, ctx: WriteContext): Promise<void> {
    return this.db.transaction().execute((tx) => this.setStatus(tx, id, 'verify', ctx));
  }

  reject(id: number, ctx: WriteContext): Promise<void> {
    return this.db.transaction().execute((tx) => this.setStatus(tx, id, 'reject', ctx));
  }

  /** The filter of a bulk query, resolved before any transaction opens (SQLite has one connection). */
  private async bulkFilter(query: EventQuery) {
    const q = EventQuerySchema.parse({ ...query, limit: undefined, offset: undefined });
    return { q, resolved: await resolveFilter(this.db, q) };
  }

  /** The events a query matches (at most BULK_LIMIT), with their status. */
  private async bulkRows(db: Kysely<Database>, { q, resolved }: Awaited<ReturnType<ReviewService['bulkFilter']>>): Promise<{ id: number; status: string }[]> {
    const rows = await db.selectFrom('events').select(['id', 'status']).where(eventConditions(this.kind, q, ANALYST_VIEW, resolved))
      .orderBy('id').limit(BULK_LIMIT + 1).execute();
    if (rows.length > BULK_LIMIT) throw new ReviewError('invalid', `the query matches more than ${BULK_LIMIT} events: narrow it`);
    return rows;
  }

  private static changes(status: string, action: BulkAction, opts: BulkOptions): boolean | 'spared' {
    const t = TRANSITIONS[action];
    if (status === t.to || !t.from.includes(status)) return false;
    return opts.spareVerified && status === 'verified' ? 'spared' : true;
  }

  /** What `bulk` would do with the same arguments, without writing. */
  async bulkPlan(query: EventQuery, action: BulkAction, opts: BulkOptions = {}): Promise<BulkPlan> {
    const rows = await this.bulkRows(this.db, await this.bulkFilter(query));
    const verdicts = rows.map((r) => ReviewService.changes(r.status, action, opts));
    return { matched: rows.length, changing: verdicts.filter((v) => v === true).length, spared: verdicts.filter((v) => v === 'spared').length };
  }

  /** Applies `action` to every event the query matches (at most BULK_LIMIT); returns how many changed. */
  async bulk(query: EventQuery, action: BulkAction, ctx: WriteContext, opts: BulkOptions = {}): Promise<number> {
    const filter = await this.bulkFilter(query);
    return this.db.transaction().execute(async (tx) => {
      let changed = 0;
      for (const r of await this.bulkRows(tx, filter)) {
        if (ReviewService.changes(r.status, action, opts) !== true) continue;
        await this.setStatus(tx, r.id, action, ctx, { bulk: true });
        changed++;
      }
      return changed;
    });
  }

  /** Changes curated fields; from then on new reports add sources but no longer recompute them. */
  async edit(id: number, patch: EditPatch, ctx: WriteContext): Promise<void> {
    const p = EditPatchSchema.safeParse(patch);
    if (!p.success) throw new ReviewError('invalid', p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    await this.db.transaction().execute(async (tx) => {
      const row = await loadEvent(tx, id);
      if (row.status === 'merged') throw new ReviewError('conflict', `event ${id} is merged into ${row.merged_into}: edit that one`);
      const current = rowToSummary(row);
      const before: Record<string, unknown> = {};
      for (const k of Object.keys(p.data)) before[k] = (current as unknown as Record<string, unknown>)[k];
      const fields: CuratedFields = {
        type: current.type, date: current.date, date_end: current.date_end, country: current.country, admin1: current.admin1,
        place: current.place, lat: current.lat, lon: current.lon, geo_precision: current.geo_precision,
        actors: current.actors, targets: current.targets, quantity: current.quantity, quantity_unit: current.quantity_unit,
        fatalities: current.fatalities, aggregate: current.aggregate, notes: current.notes ?? '',
        ...p.data,
      } as CuratedFields;
      await tx.updateTable('events').set({ ...fieldsToRow(fields), edited: 1, updated_at: nowIso() }).where('id', '=', id).execute();
      await upsertActors(tx, id, fields.actors);
      await recordAudit(tx, ctx, id, 'edit', { before, after: p.data });
    });
  }

  /** Folds `otherIds` into `survivorId`: their mentions move, they become 'merged' pointers. */
  async merge(survivorId: number, otherIds: number[], ctx: WriteContext): Promise<void> {
    await this.db.transaction().execute((tx) => this.mergeIn(tx, survivorId, otherIds, ctx));
  }

  /**
   * Accepts a merge suggestion: the newer event is merged into the older (reversible with split),
   * the suggestion is marked accepted, with audit rows on both events.
   */
  async acceptSuggestion(id: number, ctx: WriteContext): Promise<{ survivor: number; merged: number }> {
    return this.db.transaction().execute(async (tx) => {
      const s = await this.openSuggestion(tx, id);
      await this.mergeIn(tx, s.event_id, [s.other_id], ctx);
      await this.decide(tx, id, 'accepted', ctx);
      await recordAudit(tx, ctx, s.event_id, 'suggestion_accept', { suggestion: id, merged: s.other_id, score: s.score });
      await recordAudit(tx, ctx, s.other_id, 'suggestion_accept', { suggestion: id, into: s.event_id, score: s.score });
      return { survivor: s.event_id, merged: s.other_id };
    });
  }

  /** Dismisses a merge suggestion: the two events stay apart and the pair is not suggested again. */
  async dismissSuggestion(id: number, ctx: WriteContext): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const s = await this.openSuggestion(tx, id);
      await this.decide(tx, id, 'dismissed', ctx);
      await recordAudit(tx, ctx, s.event_id, 'suggestion_dismiss', { suggestion: id, other: s.other_id, score: s.score });
      await recordAudit(tx, ctx, s.other_id, 'suggestion_dismiss', { suggestion: id, other: s.event_id, score: s.score });
    });
  }

  private async openSuggestion(tx: Tx, id: number) {
    const s = await tx.selectFrom('merge_suggestions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!s) throw new ReviewError('not_found', `suggestion ${id} not found`);
    if (s.status !== 'open') throw new ReviewError('conflict', `suggestion ${id} is already ${s.status}`);
    return s;
  }

  private async decide(tx: Tx, id: number, status: 'accepted' | 'dismissed', ctx: WriteContext): Promise<void> {
    await tx.updateTable('merge_suggestions').set({ status, decided_at: nowIso(), decided_by: ctx.userId }).where('id', '=', id).execute();
  }

  private async mergeIn(tx: Tx, survivorId: number, otherIds: number[], ctx: WriteContext): Promise<void> {
    const others = [...new Set(otherIds)].filter((x) => x !== survivorId);
    if (others.length === 0) throw new ReviewError('invalid', 'merge needs at least one other event');
    const survivor = await loadEvent(tx, survivorId);
    if (survivor.status === 'merged') throw new ReviewError('conflict', `event ${survivorId} is itself merged into ${survivor.merged_into}`);
    for (const id of others) {
      const ev = await loadEvent(tx, id);
      if (ev.status === 'merged') throw new ReviewError('conflict', `event ${id} is already merged into ${ev.merged_into}`);
      await tx.updateTable('mentions').set({ event_id: survivorId }).where('event_id', '=', id).execute();
      await tx.updateTable('events').set({ status: 'merged', merged_into: survivorId, updated_at: nowIso() }).where('id', '=', id).execute();
      await recomputeEvent(tx, id);
      await recordAudit(tx, ctx, id, 'merge', { into: survivorId, previous_status: ev.status });
    }
    await recomputeEvent(tx, survivorId);
    await recordAudit(tx, ctx, survivorId, 'merge', { merged: others });
  }

  /**
   * Marks a source of an event publishable (the public then sees its title, URL and, in text search,
   * its text) or not. The mark is the report's, so every event citing it shows it alike; the audit
   * row goes to the event it was set from. Returns false when the mark was already so.
   */
  async setSourcePublishable(eventId: number, documentId: string, publishable: boolean, ctx: WriteContext): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      await loadEvent(tx, eventId);
      const current = await sourcePublishable(tx, eventId, documentId);
      if (current === undefined) throw new ReviewError('not_found', `document ${documentId} is not a source of event ${eventId}`);
      if (current === publishable) return false; // already so: nothing to record
      await markPublishable(tx, documentId, publishable);
      await recordAudit(tx, ctx, eventId, publishable ? 'publish-source' : 'unpublish-source', { document_id: documentId });
      return true;
    });
  }

  /** Undoes a merge or splits mentions off; returns the id of the event that now holds them. */
  async split(id: number, spec: SplitSpec, ctx: WriteContext): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const ev = await loadEvent(tx, id);
      if (ev.status === 'merged') throw new ReviewError('conflict', `event ${id} is merged into ${ev.merged_into}: split that one`);
      if ('mergedId' in spec) return this.unmerge(tx, id, spec.mergedId, ctx);
      const mentions = await tx.selectFrom('mentions').select(['id', 'document_id', 'record']).where('event_id', '=', id).orderBy('id').execute();
      const chosen = 'mentionIds' in spec
        ? mentions.filter((m) => spec.mentionIds.includes(m.id))
        : mentions.filter((m) => spec.documentIds.includes(m.document_id));
      if (chosen.length === 0) throw new ReviewError('invalid', `none of the given mentions or documents belong to event ${id}`);
      if (chosen.length === mentions.length) throw new ReviewError('invalid', `that would leave event ${id} without mentions`);
      const newId = await insertEvent(tx, JSON.parse(chosen[0].record));
      const ids = chosen.map((m) => m.id);
      await tx.updateTable('mentions').set({ event_id: newId, origin_event_id: newId }).where('id', 'in', ids).execute();
      await recomputeEvent(tx, newId);
      await recomputeEvent(tx, id);
      await recordAudit(tx, ctx, id, 'split', { mentions: ids, to: newId });
      await recordAudit(tx, ctx, newId, 'split', { mentions: ids, from: id });
      return newId;
    });
  }

  private async unmerge(tx: Tx, id: number, mergedId: number, ctx: WriteContext): Promise<number> {
    const merged = await loadEvent(tx, mergedId);
    if (merged.merged_into !== id) throw new ReviewError('invalid', `event ${mergedId} is not merged into ${id}`);
    const last = await tx.selectFrom('audit_log').select('detail').where('event_id', '=', mergedId).where('action', '=', 'merge')
      .orderBy('id', 'desc').executeTakeFirst();
    const previous = last ? String((JSON.parse(last.detail) as { previous_status?: string }).previous_status ?? 'unreviewed') : 'unreviewed';
    await tx.updateTable('mentions').set({ event_id: mergedId }).where('event_id', '=', id).where('origin_event_id', '=', mergedId).execute();
    await tx.updateTable('events').set({ status: previous, merged_into: null, updated_at: nowIso() }).where('id', '=', mergedId).execute();
    await recomputeEvent(tx, mergedId);
    await recomputeEvent(tx, id);
    await recordAudit(tx, ctx, id, 'split', { restored: mergedId });
    await recordAudit(tx, ctx, mergedId, 'split', { from: id, status: previous });
    return mergedId;
  }
}
