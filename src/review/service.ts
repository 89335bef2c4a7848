// Review commands: status changes, edits, merges and splits, publishable marks, decisions on merge
// suggestions. The service checks access first, then what a command may do, and orders its steps;
// the store's curation repository (store/repos/curation.ts) does every read and write. Each command
// runs in one transaction through a CurationContext (who, why, the transaction), which also writes
// its audit rows, so a command and its audit commit or roll back together; ids never change.
import type { EventQuery } from '../model/query.js';
import { EventQuerySchema } from '../model/query.js';
import type { CuratedFields } from '../resolve/combine.js';
import {
  ROLES,
  type CurationContext,
  type CurationRepository,
  type EventSelection,
  type EventSummary,
  type WriteContext,
} from '../store/index.js';
import { EditPatchSchema, type EditPatch } from './edit-patch.js';
import { ReviewError } from './review-error.js';

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

async function loadEvent(c: CurationContext, id: number): Promise<EventSummary> {
  const event = await c.event(id);
  if (!event) throw new ReviewError('not_found', `event ${id} not found`);
  return event;
}

/**
 * Access first: an account acts only while enabled and with the analyst role or above (the routes
 * check the same; this holds for every caller). No account (`userId` null) is the command line,
 * run by whoever may open the database.
 */
async function checkAccess(c: CurationContext): Promise<void> {
  const { userId } = c.who;
  if (userId === null) return;
  const actor = await c.actor(userId);
  if (!actor || actor.disabled || ROLES.indexOf(actor.role as never) < ROLES.indexOf('analyst')) {
    throw new ReviewError(
      'forbidden',
      `user ${userId} may not review events: needs an enabled account with the analyst role`,
    );
  }
}

export class ReviewService {
  constructor(private readonly curation: CurationRepository) {}

  /** One command: access checked, then `work`, in one transaction with its audit rows. */
  private run<T>(ctx: WriteContext, work: (c: CurationContext) => Promise<T>): Promise<T> {
    return this.curation.transaction(ctx, async (c) => {
      await checkAccess(c);
      return work(c);
    });
  }

  private async setStatus(
    c: CurationContext,
    id: number,
    action: BulkAction,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    const event = await loadEvent(c, id);
    const t = TRANSITIONS[action];
    if (event.status === t.to) return; // already there: nothing to record
    if (!t.from.includes(event.status))
      throw new ReviewError('conflict', `event ${id} is ${event.status}: cannot ${action}`);
    await c.setStatus(id, t.to);
    await c.audit(id, action, { from: event.status, to: t.to, ...extra });
  }

  verify(id: number, ctx: WriteContext): Promise<void> {
    return this.run(ctx, (c) => this.setStatus(c, id, 'verify'));
  }

  reject(id: number, ctx: WriteContext): Promise<void> {
    return this.run(ctx, (c) => this.setStatus(c, id, 'reject'));
  }

  /** The events of a bulk query, looked up before any transaction opens (SQLite has one connection). */
  private bulkSelection(query: EventQuery): Promise<EventSelection> {
    return this.curation.select(EventQuerySchema.parse({ ...query, limit: undefined, offset: undefined }));
  }

  /** At most BULK_LIMIT matched events: a bigger selection is refused. */
  private static bounded<T>(rows: T[]): T[] {
    if (rows.length > BULK_LIMIT)
      throw new ReviewError('invalid', `the query matches more than ${BULK_LIMIT} events: narrow it`);
    return rows;
  }

  private static changes(status: string, action: BulkAction, opts: BulkOptions): boolean | 'spared' {
    const t = TRANSITIONS[action];
    if (status === t.to || !t.from.includes(status)) return false;
    return opts.spareVerified && status === 'verified' ? 'spared' : true;
  }

  /** What `bulk` would do with the same arguments, without writing. */
  async bulkPlan(query: EventQuery, action: BulkAction, opts: BulkOptions = {}): Promise<BulkPlan> {
    const rows = ReviewService.bounded(await this.curation.matching(await this.bulkSelection(query), BULK_LIMIT + 1));
    const verdicts = rows.map((r) => ReviewService.changes(r.status, action, opts));
    return {
      matched: rows.length,
      changing: verdicts.filter((v) => v === true).length,
      spared: verdicts.filter((v) => v === 'spared').length,
    };
  }

  /** Applies `action` to every event the query matches (at most BULK_LIMIT); returns how many changed. */
  async bulk(query: EventQuery, action: BulkAction, ctx: WriteContext, opts: BulkOptions = {}): Promise<number> {
    const selection = await this.bulkSelection(query);
    return this.run(ctx, async (c) => {
      let changed = 0;
      for (const r of ReviewService.bounded(await c.matching(selection, BULK_LIMIT + 1))) {
        if (ReviewService.changes(r.status, action, opts) !== true) continue;
        await this.setStatus(c, r.id, action, { bulk: true });
        changed++;
      }
      return changed;
    });
  }

  /** Changes curated fields; from then on new reports add sources but no longer recompute them. */
  async edit(id: number, patch: EditPatch, ctx: WriteContext): Promise<void> {
    const p = EditPatchSchema.safeParse(patch);
    if (!p.success)
      throw new ReviewError('invalid', p.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    await this.run(ctx, async (c) => {
      const current = await loadEvent(c, id);
      if (current.status === 'merged')
        throw new ReviewError('conflict', `event ${id} is merged into ${current.merged_into}: edit that one`);
      const before: Record<string, unknown> = {};
      for (const k of Object.keys(p.data)) before[k] = (current as unknown as Record<string, unknown>)[k];
      const fields: CuratedFields = {
        type: current.type,
        date: current.date,
        date_end: current.date_end,
        country: current.country,
        admin1: current.admin1,
        place: current.place,
        lat: current.lat,
        lon: current.lon,
        geo_precision: current.geo_precision,
        actors: current.actors,
        targets: current.targets,
        quantity: current.quantity,
        quantity_unit: current.quantity_unit,
        fatalities: current.fatalities,
        aggregate: current.aggregate,
        notes: current.notes ?? '',
        ...p.data,
      } as CuratedFields;
      await c.writeFields(id, fields);
      await c.audit(id, 'edit', { before, after: p.data });
    });
  }

  /** Folds `otherIds` into `survivorId`: their mentions move, they become 'merged' pointers. */
  async merge(survivorId: number, otherIds: number[], ctx: WriteContext): Promise<void> {
    await this.run(ctx, (c) => this.mergeIn(c, survivorId, otherIds));
  }

  /**
   * Accepts a merge suggestion: the newer event is merged into the older (reversible with split),
   * the suggestion is marked accepted, with audit rows on both events.
   */
  async acceptSuggestion(id: number, ctx: WriteContext): Promise<{ survivor: number; merged: number }> {
    return this.run(ctx, async (c) => {
      const s = await ReviewService.openSuggestion(c, id);
      await this.mergeIn(c, s.event_id, [s.other_id]);
      await c.decideSuggestion(id, 'accepted');
      await c.audit(s.event_id, 'suggestion_accept', { suggestion: id, merged: s.other_id, score: s.score });
      await c.audit(s.other_id, 'suggestion_accept', { suggestion: id, into: s.event_id, score: s.score });
      return { survivor: s.event_id, merged: s.other_id };
    });
  }

  /** Dismisses a merge suggestion: the two events stay apart and the pair is not suggested again. */
  async dismissSuggestion(id: number, ctx: WriteContext): Promise<void> {
    await this.run(ctx, async (c) => {
      const s = await ReviewService.openSuggestion(c, id);
      await c.decideSuggestion(id, 'dismissed');
      await c.audit(s.event_id, 'suggestion_dismiss', { suggestion: id, other: s.other_id, score: s.score });
      await c.audit(s.other_id, 'suggestion_dismiss', { suggestion: id, other: s.event_id, score: s.score });
    });
  }

  private static async openSuggestion(c: CurationContext, id: number) {
    const s = await c.suggestion(id);
    if (!s) throw new ReviewError('not_found', `suggestion ${id} not found`);
    if (s.status !== 'open') throw new ReviewError('conflict', `suggestion ${id} is already ${s.status}`);
    return s;
  }

  private async mergeIn(c: CurationContext, survivorId: number, otherIds: number[]): Promise<void> {
    const others = [...new Set(otherIds)].filter((x) => x !== survivorId);
    if (others.length === 0) throw new ReviewError('invalid', 'merge needs at least one other event');
    const survivor = await loadEvent(c, survivorId);
    if (survivor.status === 'merged')
      throw new ReviewError('conflict', `event ${survivorId} is itself merged into ${survivor.merged_into}`);
    for (const id of others) {
      const ev = await loadEvent(c, id);
      if (ev.status === 'merged')
        throw new ReviewError('conflict', `event ${id} is already merged into ${ev.merged_into}`);
      await c.foldInto(id, survivorId);
      await c.audit(id, 'merge', { into: survivorId, previous_status: ev.status });
    }
    await c.recompute(survivorId);
    await c.audit(survivorId, 'merge', { merged: others });
  }

  /**
   * Marks a source of an event publishable (the public then sees its title, URL and, in text search,
   * its text) or not. The mark is the report's, so every event citing it shows it alike; the audit
   * row goes to the event it was set from. Returns false when the mark was already so.
   */
  async setSourcePublishable(
    eventId: number,
    documentId: string,
    publishable: boolean,
    ctx: WriteContext,
  ): Promise<boolean> {
    return this.run(ctx, async (c) => {
      await loadEvent(c, eventId);
      const current = await c.sourcePublishable(eventId, documentId);
      if (current === undefined)
        throw new ReviewError('not_found', `document ${documentId} is not a source of event ${eventId}`);
      if (current === publishable) return false; // already so: nothing to record
      await c.markPublishable(documentId, publishable);
      await c.audit(eventId, publishable ? 'publish-source' : 'unpublish-source', { document_id: documentId });
      return true;
    });
  }

  /** Undoes a merge or splits mentions off; returns the id of the event that now holds them. */
  async split(id: number, spec: SplitSpec, ctx: WriteContext): Promise<number> {
    return this.run(ctx, async (c) => {
      const ev = await loadEvent(c, id);
      if (ev.status === 'merged')
        throw new ReviewError('conflict', `event ${id} is merged into ${ev.merged_into}: split that one`);
      if ('mergedId' in spec) return ReviewService.unmerge(c, id, spec.mergedId);
      const mentions = await c.mentionsOf(id);
      const chosen =
        'mentionIds' in spec
          ? mentions.filter((m) => spec.mentionIds.includes(m.id))
          : mentions.filter((m) => spec.documentIds.includes(m.document_id));
      if (chosen.length === 0)
        throw new ReviewError('invalid', `none of the given mentions or documents belong to event ${id}`);
      if (chosen.length === mentions.length)
        throw new ReviewError('invalid', `that would leave event ${id} without mentions`);
      const ids = chosen.map((m) => m.id);
      const newId = await c.splitOff(id, ids);
      await c.audit(id, 'split', { mentions: ids, to: newId });
      await c.audit(newId, 'split', { mentions: ids, from: id });
      return newId;
    });
  }

  private static async unmerge(c: CurationContext, id: number, mergedId: number): Promise<number> {
    const merged = await loadEvent(c, mergedId);
    if (merged.merged_into !== id) throw new ReviewError('invalid', `event ${mergedId} is not merged into ${id}`);
    const previous = await c.statusBeforeMerge(mergedId);
    await c.unmerge(id, mergedId, previous);
    await c.audit(id, 'split', { restored: mergedId });
    await c.audit(mergedId, 'split', { from: id, status: previous });
    return mergedId;
  }
}
