// The analysts' writes on events: status, curated fields, merge and split, a report's publishable
// mark, decisions on merge suggestions. Every query of those commands is here; the review service
// (src/review) checks what is allowed and orders the steps. A command runs in one transaction
// through a CurationContext — who acts, why, and the transaction — so each write and the audit row
// it records commit or roll back together.
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { EventQuery } from '../../model/query.js';
import type { CuratedFields } from '../../resolve/combine.js';
import { ANALYST_VIEW, eventConditions, lookUpFilter, type FilterLookups } from '../event-filter.js';
import { fieldsToRow, rowToSummary, type EventSummary } from '../event-row.js';
import type { Database, DbKind, MergeSuggestionsTable } from '../schema.js';
import { nowIso } from '../util.js';
import { recordAudit, type WriteContext } from './audit.js';
import { insertEvent, recomputeEvent, upsertActors } from './event-writer.js';

type Tx = Transaction<Database>;

/** A query's events chosen for a bulk command: the filter with what was looked up for it beforehand. */
export interface EventSelection {
  query: EventQuery;
  lookups: FilterLookups;
}

export type SuggestionRow = Selectable<MergeSuggestionsTable>;

/** The events a selection matches, in id order, with their status: at most `max`. */
function matching(
  db: Kysely<Database>,
  kind: DbKind,
  sel: EventSelection,
  max: number,
): Promise<{ id: number; status: string }[]> {
  return db
    .selectFrom('events')
    .select(['id', 'status'])
    .where(eventConditions(kind, sel.query, ANALYST_VIEW, sel.lookups))
    .orderBy('id')
    .limit(max)
    .execute();
}

/** One review command's transaction, its actor and reason: the only way the review service writes. */
export class CurationContext {
  constructor(
    private readonly tx: Tx,
    private readonly kind: DbKind,
    readonly who: WriteContext,
  ) {}

  /** The audit row of this command on an event, with who acted and why. */
  audit(eventId: number | null, action: string, detail: Record<string, unknown>): Promise<void> {
    return recordAudit(this.tx, this.who, eventId, action, detail);
  }

  /** The acting account's role, and whether it is disabled; undefined for no such account. */
  async actor(userId: number): Promise<{ role: string; disabled: boolean } | undefined> {
    const row = await this.tx
      .selectFrom('users')
      .select(['role', 'disabled'])
      .where('id', '=', userId)
      .executeTakeFirst();
    return row && { role: row.role, disabled: Number(row.disabled) === 1 };
  }

  async event(id: number): Promise<EventSummary | undefined> {
    const row = await this.tx.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
    return row && rowToSummary(row);
  }

  matching(sel: EventSelection, max: number): Promise<{ id: number; status: string }[]> {
    return matching(this.tx, this.kind, sel, max);
  }

  async setStatus(id: number, status: string): Promise<void> {
    await this.tx.updateTable('events').set({ status, updated_at: nowIso() }).where('id', '=', id).execute();
  }

  /** Writes an analyst's fields; the event is marked edited, so new reports no longer recompute them. */
  async writeFields(id: number, fields: CuratedFields): Promise<void> {
    await this.tx
      .updateTable('events')
      .set({ ...fieldsToRow(fields), edited: 1, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    await upsertActors(this.tx, id, fields.actors);
  }

  /** Moves every mention of `id` to `survivorId` and leaves `id` a 'merged' pointer without sources. */
  async foldInto(id: number, survivorId: number): Promise<void> {
    await this.tx.updateTable('mentions').set({ event_id: survivorId }).where('event_id', '=', id).execute();
    await this.tx
      .updateTable('events')
      .set({ status: 'merged', merged_into: survivorId, updated_at: nowIso() })
      .where('id', '=', id)
      .execute();
    await recomputeEvent(this.tx, id);
  }

  /** Rebuilds an event's sources, count and (unless edited) fields from its mentions. */
  recompute(id: number): Promise<void> {
    return recomputeEvent(this.tx, id);
  }

  mentionsOf(eventId: number): Promise<{ id: number; document_id: string }[]> {
    return this.tx
      .selectFrom('mentions')
      .select(['id', 'document_id'])
      .where('event_id', '=', eventId)
      .orderBy('id')
      .execute();
  }

  /**
   * Moves the given mentions of `fromId` to a new event made from the first of them (by id) and
   * rebuilds both events; returns the new event's id.
   */
  async splitOff(fromId: number, mentionIds: readonly number[]): Promise<number> {
    const first = await this.tx
      .selectFrom('mentions')
      .select('record')
      .where('id', 'in', [...mentionIds])
      .where('event_id', '=', fromId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const newId = await insertEvent(this.tx, JSON.parse(first.record));
    await this.tx
      .updateTable('mentions')
      .set({ event_id: newId, origin_event_id: newId })
      .where('id', 'in', [...mentionIds])
      .execute();
    await recomputeEvent(this.tx, newId);
    await recomputeEvent(this.tx, fromId);
    return newId;
  }

  /** The status an event had before its last merge, from that merge's audit row ('unreviewed' if none). */
  async statusBeforeMerge(id: number): Promise<string> {
    const last = await this.tx
      .selectFrom('audit_log')
      .select('detail')
      .where('event_id', '=', id)
      .where('action', '=', 'merge')
      .orderBy('id', 'desc')
      .executeTakeFirst();
    return last
      ? String((JSON.parse(last.detail) as { previous_status?: string }).previous_status ?? 'unreviewed')
      : 'unreviewed';
  }

  /** Undoes a merge: the mentions that came from `mergedId` go back to it, with `status`; both rebuilt. */
  async unmerge(id: number, mergedId: number, status: string): Promise<void> {
    await this.tx
      .updateTable('mentions')
      .set({ event_id: mergedId })
      .where('event_id', '=', id)
      .where('origin_event_id', '=', mergedId)
      .execute();
    await this.tx
      .updateTable('events')
      .set({ status, merged_into: null, updated_at: nowIso() })
      .where('id', '=', mergedId)
      .execute();
    await recomputeEvent(this.tx, mergedId);
    await recomputeEvent(this.tx, id);
  }

  suggestion(id: number): Promise<SuggestionRow | undefined> {
    return this.tx.selectFrom('merge_suggestions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async decideSuggestion(id: number, status: 'accepted' | 'dismissed'): Promise<void> {
    await this.tx
      .updateTable('merge_suggestions')
      .set({ status, decided_at: nowIso(), decided_by: this.who.userId })
      .where('id', '=', id)
      .execute();
  }

  /** The publishable mark of `documentId` if it is a source of `eventId`; undefined if it is not. */
  async sourcePublishable(eventId: number, documentId: string): Promise<boolean | undefined> {
    const row = await this.tx
      .selectFrom('event_sources')
      .innerJoin('documents', 'documents.id', 'event_sources.document_id')
      .select('documents.publishable')
      .where('event_sources.event_id', '=', eventId)
      .where('event_sources.document_id', '=', documentId)
      .executeTakeFirst();
    return row ? Number(row.publishable) === 1 : undefined;
  }

  /** Sets the mark on the report itself (migration 006): every event citing it shows it alike. */
  async markPublishable(documentId: string, publishable: boolean): Promise<void> {
    await this.tx
      .updateTable('documents')
      .set({ publishable: publishable ? 1 : 0 })
      .where('id', '=', documentId)
      .execute();
  }
}

export class CurationRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DbKind,
  ) {}

  /** Runs one review command in a transaction, its writes and audit rows through the context. */
  transaction<T>(who: WriteContext, work: (c: CurationContext) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((tx) => work(new CurationContext(tx, this.kind, who)));
  }

  /** Looks up what the filter needs before any transaction opens (SQLite has one connection). */
  async select(query: EventQuery): Promise<EventSelection> {
    return { query, lookups: await lookUpFilter(this.db, query) };
  }

  /** The events a selection matches, outside any transaction (to plan before writing). */
  matching(sel: EventSelection, max: number): Promise<{ id: number; status: string }[]> {
    return matching(this.db, this.kind, sel, max);
  }
}
