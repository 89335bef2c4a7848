// Writes mentions and keeps their events in step: a new mention joins the event of the same
// incident (src/resolve's rule) or starts a new one; an event's curated fields are recomputed
// from its mentions until a reviewer edits them.
import { SqliteAdapter, sql, type Transaction } from 'kysely';
import { EventRecordSchema, type EventRecord } from '../../model/event.js';
import { combine } from '../../resolve/combine.js';
import { compatibleTypes, pickIncident } from '../../resolve/match.js';
import { daySpan, nameKey } from '../../resolve/keys.js';
import { fieldsToRow } from '../event-row.js';
import { template } from '../query-template.js';
import type { Database, EventsTable } from '../schema.js';
import { nowIso, parseJsonArray } from '../util.js';

type Tx = Transaction<Database>;

/** Only events still open to new reports are candidates; rejected and merged ones are not. */
const OPEN_STATUSES = ['unreviewed', 'verified'];
/** a bound on the events one record is compared with (one day in one town rarely has more than a few) */
const MAX_CANDIDATES = 200;

const CANDIDATE_PARAMS = ['start', 'type0', 'type1', 'aggregate', 'docId', 'country', 'placeKey', 'admin1'] as const;
type CandidateParam = (typeof CANDIDATE_PARAMS)[number];

/** The open events a record could join: same day, compatible type, tally flag, country and settlement (or region). */
function candidateQuery(tx: Tx, r: EventRecord) {
  const types = compatibleTypes(r.type);
  // Narrow to events pickIncident could accept: the same settlement, or (loosely) the same region.
  const where = r.place ? (r.admin1 ? 'place|region' : 'place') : r.admin1 ? 'region' : 'none';
  const key = `events.candidates:${types.length}:${r.country === null ? 'nocountry' : 'country'}:${where}`;
  const used = new Set<CandidateParam>(['start', 'type0', 'aggregate', 'docId']);
  if (types.length > 1) used.add('type1');
  if (r.country !== null) used.add('country');
  if (where.startsWith('place')) used.add('placeKey');
  if (where.endsWith('region')) used.add('admin1');
  return template(tx, key, CANDIDATE_PARAMS.filter((n) => used.has(n)), (p) => {
    let q = tx.selectFrom('events')
      .select(['id', 'type', 'date', 'date_end', 'country', 'admin1', 'place', 'actors', 'aggregate'])
      .where('date_start', '=', p.start).where('date_precision', '=', 'day')
      .where('type', 'in', types.length > 1 ? [p.type0, p.type1] : [p.type0]).where('status', 'in', OPEN_STATUSES)
      .where('aggregate', '=', p.aggregate as unknown as number)
      // An incident is coded once per document: events this document already feeds are not candidates
      // (a keyed lookup per candidate: cheaper than listing all the document's events each time).
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('event_sources').select('event_sources.event_id')
        .whereRef('event_sources.event_id', '=', 'events.id').where('event_sources.document_id', '=', p.docId))));
    q = r.country === null ? q.where('country', 'is', null) : q.where('country', '=', p.country);
    if (where === 'place|region') q = q.where((eb) => eb.or([eb('place_key', '=', p.placeKey), eb.and([eb('place_key', 'is', null), eb('admin1', '=', p.admin1)])]));
    else if (where === 'place') q = q.where('place_key', '=', p.placeKey);
    else if (where === 'region') q = q.where('admin1', '=', p.admin1);
    else q = q.where('admin1', 'is', null).where('place_key', 'is', null);
    // A literal LIMIT: SQLite plans a bound one as if unbounded and runs this query ~3× slower.
    return q.orderBy('id').limit(sql.lit(MAX_CANDIDATES));
  });
}

type CandidateRow = Pick<EventsTable, 'type' | 'date' | 'date_end' | 'country' | 'admin1' | 'place' | 'actors' | 'aggregate'> & { id: number };

async function findIncident(tx: Tx, docId: string, r: EventRecord): Promise<number | undefined> {
  const span = daySpan(r.date, r.date_end);
  if (span.precision !== 'day') return undefined;
  const [type0, type1] = compatibleTypes(r.type);
  const { rows } = await candidateQuery(tx, r).run<CandidateRow>(tx, {
    start: span.start, type0, type1, aggregate: r.aggregate ? 1 : 0, docId, country: r.country,
    placeKey: r.place ? nameKey(r.place) : null, admin1: r.admin1,
  });
  const i = pickIncident(r, rows.map((row) => ({ ...row, actors: parseJsonArray(row.actors), aggregate: Boolean(row.aggregate) })));
  return i >= 0 ? rows[i].id : undefined;
}

export async function upsertActors(tx: Tx, eventId: number, names: readonly string[], fresh = false): Promise<void> {
  if (!fresh) await tx.deleteFrom('event_actors').where('event_id', '=', eventId).execute();
  const addActor = template(tx, 'actors.insert', ['name', 'name_key'], (p) =>
    tx.insertInto('actors').values(p as never).onConflict((oc) => oc.column('name_key').doNothing()));
  const actorId = template(tx, 'actors.byKey', ['key'], (p) => tx.selectFrom('actors').select('id').where('name_key', '=', p.key));
  const ids = new Set<number>();
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    await addActor.run(tx, { name, name_key: key });
    const { rows } = await actorId.run<{ id: number }>(tx, { key });
    if (!rows[0]) throw new Error(`actor '${name}' was not stored`);
    ids.add(Number(rows[0].id));
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
  const row = { ...fieldsToRow(fields), status: 'unreviewed', merged_into: null, sources_count: sourcesCount, edited: 0, created_at: now, updated_at: now };
  // SQLite reports the new id itself (RETURNING would cost more than the rest of the statement's setup).
  const sqlite = tx.getExecutor().adapter instanceof SqliteAdapter;
  const insert = template(tx, 'events.insert', Object.keys(row) as (keyof typeof row)[], (p) =>
    (sqlite ? tx.insertInto('events').values(p as never) : tx.insertInto('events').values(p as never).returning('id')));
  const result = await insert.run<{ id: number }>(tx, row);
  const id = Number(sqlite ? result.insertId : result.rows[0].id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error('the new event got no id');
  if (fields.actors.length) await upsertActors(tx, id, fields.actors, true);
  return id;
}

const MENTION_COLUMNS = ['document_id', 'seq', 'event_id', 'origin_event_id', 'type', 'evidence', 'evidence_field',
  'evidence_start', 'evidence_end', 'extractor', 'confidence', 'record'] as const;

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
  const insertMention = template(tx, 'mentions.insert', MENTION_COLUMNS, (p) => tx.insertInto('mentions').values(p as never));
  await insertMention.run(tx, {
    document_id: docId, seq, event_id: eventId, origin_event_id: eventId, type: r.type,
    evidence: r.evidence, evidence_field: r.evidence_field ?? null,
    evidence_start: r.evidence_start ?? null, evidence_end: r.evidence_end ?? null,
    extractor: r.extractor ?? null, confidence: r.confidence ?? null,
    record: JSON.stringify({ ...r, doc: docId }),
  });
  if (existing === undefined) {
    const insertSource = template(tx, 'event_sources.insert', ['event_id', 'document_id'], (p) => tx.insertInto('event_sources').values(p as never));
    await insertSource.run(tx, { event_id: eventId, document_id: docId });
  } else await recomputeEvent(tx, eventId);
  return { eventId, merged: existing !== undefined };
}
