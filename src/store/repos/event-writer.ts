// Writes mentions and keeps their events in step: a new mention joins the event of the same
// incident (src/resolve's rule) or starts a new one; an event's curated fields are recomputed
// from its mentions until a reviewer edits them.
import type { Transaction } from 'kysely';
import { EventRecordSchema, type EventRecord } from '../../model/event.js';
import { combine } from '../../resolve/combine.js';
import { compatibleTypes, pickIncident } from '../../resolve/match.js';
import { daySpan, nameKey } from '../../resolve/keys.js';
import { fieldsToRow } from '../event-row.js';
import type { Database } from '../schema.js';
import { nowIso, parseJsonArray } from '../util.js';

type Tx = Transaction<Database>;

/** Only events still open to new reports are candidates; rejected and merged ones are not. */
const OPEN_STATUSES = ['unreviewed', 'verified'];

async function findIncident(tx: Tx, docId: string, r: EventRecord): Promise<number | undefined> {
  const span = daySpan(r.date, r.date_end);
  if (span.precision !== 'day') return undefined;
  let q = tx.selectFrom('events')
    .select(['id', 'type', 'date', 'date_end', 'country', 'admin1', 'place', 'actors', 'aggregate'])
    .where('date_start', '=', span.start).where('date_precision', '=', 'day')
    .where('type', 'in', [...compatibleTypes(r.type)]).where('status', 'in', OPEN_STATUSES)
    .where('aggregate', '=', r.aggregate ? 1 : 0)
    // An incident is coded once per document: events this document already feeds are not candidates.
    .where('id', 'not in', (eb) => eb.selectFrom('event_sources').select('event_id').where('document_id', '=', docId));
  q = r.country === null ? q.where('country', 'is', null) : q.where('country', '=', r.country);
  // Narrow to events pickIncident could accept: the same settlement, or (loosely) the same region.
  const admin1 = r.admin1;
  if (r.place) {
    const key = nameKey(r.place);
    q = admin1 ? q.where((eb) => eb.or([eb('place_key', '=', key), eb.and([eb('place_key', 'is', null), eb('admin1', '=', admin1)])]))
      : q.where('place_key', '=', key);
  } else if (admin1) q = q.where('admin1', '=', admin1);
  else q = q.where('admin1', 'is', null).where('place_key', 'is', null);
  const rows = await q.orderBy('id').limit(200).execute();
  const i = pickIncident(r, rows.map((row) => ({ ...row, actors: parseJsonArray(row.actors), aggregate: Boolean(row.aggregate) })));
  return i >= 0 ? rows[i].id : undefined;
}

export async function upsertActors(tx: Tx, eventId: number, names: readonly string[], fresh = false): Promise<void> {
  if (!fresh) await tx.deleteFrom('event_actors').where('event_id', '=', eventId).execute();
  const ids = new Set<number>();
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    await tx.insertInto('actors').values({ name, name_key: key }).onConflict((oc) => oc.column('name_key').doNothing()).execute();
    const a = await tx.selectFrom('actors').select('id').where('name_key', '=', key).executeTakeFirstOrThrow();
    ids.add(a.id);
  }
  if (ids.size) await tx.insertInto('event_actors').values([...ids].map((actor_id) => ({ event_id: eventId, actor_id }))).execute();
}

/** Rebuilds sources, count and (unless edited) the curated fields of an event from its mentions. */
export async function recomputeEvent(tx: Tx, eventId: number): Promise<void> {
  const ev = await tx.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  const mentions = await tx.selectFrom('mentions').select(['document_id', 'record']).where('event_id', '=', eventId).orderBy('id').execute();
  const docs = [...new Set(mentions.map((m) => m.document_id))];
  await tx.deleteFrom('event_sources').where('event_id', '=', eventId).execute();
  if (docs.length) await tx.insertInto('event_sources').values(docs.map((document_id) => ({ event_id: eventId, document_id }))).execute();
  const now = nowIso();
  if (ev.edited || mentions.length === 0) {
    await tx.updateTable('events').set({ sources_count: docs.length, updated_at: now }).where('id', '=', eventId).execute();
    return;
  }
  const fields = combine(mentions.map((m) => EventRecordSchema.parse(JSON.parse(m.record))));
  // Write only what changed: an unchanged search_text then costs no full-text re-indexing.
  const row: Record<string, unknown> = { ...fieldsToRow(fields), sources_count: docs.length };
  const changed = Object.fromEntries(Object.entries(row).filter(([k, v]) => (ev as Record<string, unknown>)[k] !== v));
  await tx.updateTable('events').set({ ...changed, updated_at: now }).where('id', '=', eventId).execute();
  if (changed.actors !== undefined) await upsertActors(tx, eventId, fields.actors);
}

/** A new unreviewed event with the given record's fields and actors; its sources come with its mentions. */
export async function insertEvent(tx: Tx, r: EventRecord, sourcesCount = 0): Promise<number> {
  const now = nowIso();
  const fields = combine([r]);
  const row = await tx.insertInto('events').values({
    ...fieldsToRow(fields), status: 'unreviewed', merged_into: null, sources_count: sourcesCount, edited: 0, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  if (fields.actors.length) await upsertActors(tx, row.id, fields.actors, true);
  return row.id;
}

export interface MentionResult {
  eventId: number;
  /** true when the mention joined an existing event */
  merged: boolean;
}

/** Stores one extracted record of a document and resolves it to an event. */
export async function addMention(tx: Tx, docId: string, seq: number, record: EventRecord): Promise<MentionResult> {
  const r = EventRecordSchema.parse(record);
  const existing = await findIncident(tx, docId, r);
  // A new event is complete as inserted; only a joined one needs recomputing.
  const eventId = existing ?? await insertEvent(tx, r, 1);
  await tx.insertInto('mentions').values({
    document_id: docId, seq, event_id: eventId, origin_event_id: eventId, type: r.type,
    evidence: r.evidence, evidence_field: r.evidence_field ?? null,
    evidence_start: r.evidence_start ?? null, evidence_end: r.evidence_end ?? null,
    extractor: r.extractor ?? null, confidence: r.confidence ?? null,
    record: JSON.stringify({ ...r, doc: docId }),
  }).execute();
  if (existing === undefined) await tx.insertInto('event_sources').values({ event_id: eventId, document_id: docId }).execute();
  else await recomputeEvent(tx, eventId);
  return { eventId, merged: existing !== undefined };
}
