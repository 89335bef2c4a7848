// Writes mentions and keeps their events in step. Which event a mention joins is src/resolve's
// rule: where to look (candidate-search.ts) and what to decide (decide.ts); this module only runs
// the lookups, stores the outcome and keeps each event's running summary, so joining costs the same
// at one source as at thousands.
import { SqliteAdapter, sql, type Selectable, type Transaction } from 'kysely';
import { EventRecordSchema, type EventRecord } from '../../model/event.js';
import { foldSummary, startSummary, summarise, summaryFields, type RunningSummary } from '../../resolve/combine.js';
import { candidateSearch, repeatsSentence, type DateShape, type PlaceShape } from '../../resolve/candidate-search.js';
import { decide, retoldIn, type Candidate } from '../../resolve/decide.js';
import { daySpan, nameKey } from '../../resolve/keys.js';
import { compatibleTypes, type Incident } from '../../resolve/match.js';
import { withOffsetPrecision } from '../../resolve/offset-place.js';
import { isPrecise } from '../../resolve/rejoin.js';
import { withOffsetRegion } from '../../resolve/town-named.js';
import type { PairScore } from '../../resolve/score.js';
import { fieldsToRow } from '../event-row.js';
import { template } from '../query-template.js';
import type { Database, EventsTable } from '../schema.js';
import { nowIso, parseJsonArray } from '../util.js';

type Tx = Transaction<Database>;

/** Only events still open to new reports are candidates; rejected and merged ones are not. */
export const OPEN_STATUSES = ['unreviewed', 'verified'];
/** a bound on the events one record is compared with (newest first) */
const MAX_CANDIDATES = 50;

export const CANDIDATE_COLUMNS = [
  'id',
  'type',
  'date',
  'date_end',
  'country',
  'admin1',
  'place',
  'geo_precision',
  'lat',
  'lon',
  'actors',
  'targets',
  'aggregate',
  'quantity',
  'quantity_unit',
  'notes',
  'first_reported',
  'day_reported',
] as const;
export type CandidateRow = Pick<
  EventsTable,
  | 'type'
  | 'date'
  | 'date_end'
  | 'country'
  | 'admin1'
  | 'place'
  | 'geo_precision'
  | 'lat'
  | 'lon'
  | 'actors'
  | 'targets'
  | 'aggregate'
  | 'quantity'
  | 'quantity_unit'
  | 'notes'
  | 'first_reported'
  | 'day_reported'
> & { id: number };

/** What the document tells about every mention in it. */
export interface MentionContext {
  published?: string | null;
  /** stored documents this one nearly repeats: their events are candidates whatever their fields */
  nearDuplicates?: readonly string[];
  /** the events this document's earlier records went to (filled in as they are stored) */
  documentEvents?: number[];
}

const CANDIDATE_PARAMS = ['type0', 'type1', 'docId', 'key', 'country', 'lo', 'hi', 'from'] as const;
type CandidateParam = (typeof CANDIDATE_PARAMS)[number];

/**
 * One indexed lookup of open events of a compatible type and tally flag this document does not feed
 * yet: each shape leads with an indexed equality (place_key, admin1, country or type) and the date
 * (a window of a year before the mention's last day, or undated), so its cost does not grow with
 * the store. Compiled once per shape (query-template.ts).
 */
function shapeQuery(tx: Tx, types: number, place: PlaceShape, date: DateShape) {
  const used = new Set<CandidateParam>(['type0', 'docId']);
  if (types > 1) used.add('type1');
  if (place === 'place' || place === 'region' || place === 'region-coarse') used.add('key');
  if (place === 'national' || place === 'country') used.add('country');
  if (date === 'window') {
    used.add('lo');
    used.add('hi');
    used.add('from');
  }
  return template(
    tx,
    `events.candidates:${types}:${place}:${date}`,
    CANDIDATE_PARAMS.filter((n) => used.has(n)),
    (p) => {
      let q = tx
        .selectFrom('events')
        .select([...CANDIDATE_COLUMNS])
        .where('type', 'in', types > 1 ? [p.type0, p.type1] : [p.type0])
        .where('status', 'in', OPEN_STATUSES)
        // An incident is coded once per document: events this document already feeds are not candidates.
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('event_sources')
                .select('event_sources.event_id')
                .whereRef('event_sources.event_id', '=', 'events.id')
                .where('event_sources.document_id', '=', p.docId),
            ),
          ),
        );
      if (place === 'place') q = q.where('place_key', '=', p.key);
      else if (place === 'region') q = q.where('admin1', '=', p.key);
      else if (place === 'region-coarse')
        q = q
          .where('admin1', '=', p.key)
          .where((eb) => eb.or([eb('place_key', 'is', null), eb('geo_precision', '>=', 2)]));
      else if (place === 'national')
        q = q
          .where('admin1', 'is', null)
          .where((eb) => eb.or([eb('country', '=', p.country), eb('country', 'is', null)]));
      else if (place === 'country') q = q.where('country', '=', p.country);
      if (date === 'window')
        q = q.where('date_start', '>=', p.lo).where('date_start', '<=', p.hi).where('date_stop', '>=', p.from);
      else if (date === 'undated') q = q.where('date_start', 'is', null);
      // A literal LIMIT: SQLite plans a bound one as if unbounded.
      return q.orderBy('id', 'desc').limit(sql.lit(MAX_CANDIDATES));
    },
  );
}

/**
 * The events resolve/candidate-search.ts says the record could be, one indexed lookup per search;
 * none fed by `docId` (an empty id: no document is left out).
 */
export async function candidateRows(tx: Tx, docId: string, r: Incident): Promise<CandidateRow[]> {
  const search = candidateSearch(r);
  if (!search) return [];
  const [type0, type1] = search.types;
  const params: Record<CandidateParam, unknown> = {
    type0,
    type1,
    docId,
    key: null,
    country: r.country,
    ...search.window,
  };
  const seen = new Set<number>();
  const out: CandidateRow[] = [];
  for (const place of search.places) {
    for (const date of search.dates) {
      const { rows } = await shapeQuery(tx, type1 ? 2 : 1, place.shape, date).run<CandidateRow>(tx, {
        ...params,
        key: place.key ?? null,
      });
      for (const row of rows)
        if (!seen.has(row.id)) {
          seen.add(row.id);
          out.push(row);
        }
    }
  }
  return out;
}

/** The record gives the event's day itself (a day-precise report of that day). */
function statesDay(r: Pick<EventRecord, 'date' | 'date_end'>, day: string | null): boolean {
  return day !== null && daySpan(r.date, r.date_end).precision === 'day' && r.date === day;
}

/** A syndicated copy comes out within this many days of its original. */
const SYNDICATION_DAYS = 3;

/**
 * Two near-identical texts are copies of one report only when published close together: the same
 * words weeks apart ("in August, residents of Murom rallied…" on the 14th and on the 25th) are
 * two reports written to one pattern, and each is placed by its own date (unknown dates: copies).
 */
function syndicatedTogether(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const days = Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
  return !(days > SYNDICATION_DAYS);
}

/** Open events fed by the documents this one nearly repeats, with the evidence those documents gave them. */
async function nearDuplicateRows(
  tx: Tx,
  docId: string,
  r: EventRecord,
  docs: readonly string[],
  published: string | null,
): Promise<{ rows: CandidateRow[]; evidence: Map<number, string[]> }> {
  if (docs.length === 0) return { rows: [], evidence: new Map() };
  const told = await tx
    .selectFrom('mentions')
    .innerJoin('documents', 'documents.id', 'mentions.document_id')
    .select(['mentions.event_id', 'mentions.evidence', 'documents.published'])
    .where('mentions.document_id', 'in', [...docs])
    .where('mentions.type', 'in', [...compatibleTypes(r.type)])
    .limit(sql.lit(MAX_CANDIDATES))
    .execute();
  const evidence = new Map<number, string[]>();
  for (const t of told)
    if (syndicatedTogether(published, publicationDay(t.published)))
      evidence.set(t.event_id, [...(evidence.get(t.event_id) ?? []), t.evidence]);
  if (evidence.size === 0) return { rows: [], evidence };
  const rows = (await tx
    .selectFrom('events')
    .select([...CANDIDATE_COLUMNS])
    .where('id', 'in', [...evidence.keys()])
    .where('status', 'in', OPEN_STATUSES)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('event_sources')
            .select('event_sources.event_id')
            .whereRef('event_sources.event_id', '=', 'events.id')
            .where('event_sources.document_id', '=', docId),
        ),
      ),
    )
    .orderBy('id', 'desc')
    .execute()) as CandidateRow[];
  return { rows, evidence };
}

export function toIncident(row: CandidateRow): Incident {
  return {
    type: row.type,
    date: row.date,
    date_end: row.date_end,
    country: row.country,
    admin1: row.admin1,
    place: row.place,
    geo_precision: row.geo_precision,
    lat: row.lat,
    lon: row.lon,
    actors: parseJsonArray(row.actors),
    targets: parseJsonArray(row.targets),
    aggregate: Boolean(row.aggregate),
    quantity: row.quantity,
    quantity_unit: row.quantity_unit,
    published: row.first_reported,
    dayReported: row.day_reported,
  };
}

async function candidates(tx: Tx, docId: string, r: EventRecord, ctx: MentionContext): Promise<Candidate<number>[]> {
  const { rows: near, evidence } = await nearDuplicateRows(
    tx,
    docId,
    r,
    ctx.nearDuplicates ?? [],
    publicationDay(ctx.published),
  );
  const nearIds = new Set(
    near.filter((row) => repeatsSentence(evidence.get(row.id) ?? [], r.evidence)).map((row) => row.id),
  );
  const nearAll = new Set(near.map((row) => row.id));
  const rows = [...near, ...(await candidateRows(tx, docId, r)).filter((row) => !nearAll.has(row.id))];
  // Older events first: of two equal candidates, the older one is kept (decide is stable).
  rows.sort((a, b) => a.id - b.id);
  return rows.map((row) => ({
    id: row.id,
    incident: toIncident(row),
    context: { eventEvidence: row.notes, nearDuplicateSource: nearIds.has(row.id) },
  }));
}

/** The event this document already feeds that the record retells less precisely, if exactly one. */
export async function retoldEvent(
  tx: Tx,
  r: EventRecord,
  context: { evidence: string; published: string | null },
  own: readonly number[],
): Promise<number | null> {
  if (own.length === 0) return null;
  const rows = (await tx
    .selectFrom('events')
    .select([...CANDIDATE_COLUMNS])
    .where('id', 'in', [...own])
    .where('type', 'in', [...compatibleTypes(r.type)])
    .where('status', 'in', OPEN_STATUSES)
    .orderBy('id')
    .execute()) as CandidateRow[];
  return retoldIn(
    r,
    context,
    rows.map((row) => ({ id: row.id, incident: toIncident(row), context: { eventEvidence: row.notes } })),
  );
}

/** Records a merge suggestion for two events (older first), unless the pair was already suggested. */
export async function suggest(tx: Tx, a: number, b: number, score: PairScore): Promise<void> {
  if (a === b) return;
  const [event_id, other_id] = a < b ? [a, b] : [b, a];
  await tx
    .insertInto('merge_suggestions')
    .values({
      event_id,
      other_id,
      score: score.score,
      reasons: JSON.stringify(score.reasons),
      status: 'open',
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['event_id', 'other_id']).doNothing())
    .execute();
}

export async function upsertActors(tx: Tx, eventId: number, names: readonly string[], fresh = false): Promise<void> {
  if (!fresh) await tx.deleteFrom('event_actors').where('event_id', '=', eventId).execute();
  const addActor = template(tx, 'actors.insert', ['name', 'name_key'], (p) =>
    tx
      .insertInto('actors')
      .values(p as never)
      .onConflict((oc) => oc.column('name_key').doNothing()),
  );
  const actorId = template(tx, 'actors.byKey', ['key'], (p) =>
    tx.selectFrom('actors').select('id').where('name_key', '=', p.key),
  );
  const ids = new Set<number>();
  for (const name of names) {
    const key = nameKey(name);
    if (!key) continue;
    await addActor.run(tx, { name, name_key: key });
    const { rows } = await actorId.run<{ id: number }>(tx, { key });
    if (!rows[0]) throw new Error(`actor '${name}' was not stored`);
    ids.add(Number(rows[0].id));
  }
  if (ids.size)
    await tx
      .insertInto('event_actors')
      .values([...ids].map((actor_id) => ({ event_id: eventId, actor_id })))
      .execute();
}

/** Writes the changed curated fields (unless edited), the summary and the source count of an event. */
export async function writeSummary(
  tx: Tx,
  ev: Selectable<EventsTable>,
  summary: RunningSummary,
  sourcesCount: number,
  firstReported?: string,
  dayReported?: string | null,
): Promise<void> {
  const base: Record<string, unknown> = {
    summary: JSON.stringify(summary),
    sources_count: sourcesCount,
    updated_at: nowIso(),
  };
  if (firstReported) base.first_reported = firstReported;
  if (dayReported !== undefined && dayReported !== ev.day_reported) base.day_reported = dayReported;
  if (ev.edited) {
    await tx.updateTable('events').set(base).where('id', '=', ev.id).execute();
    return;
  }
  const fields = summaryFields(summary);
  // Write only what changed: an unchanged search_text then costs no full-text re-indexing.
  const row: Record<string, unknown> = fieldsToRow(fields);
  const changed = Object.fromEntries(
    Object.entries(row).filter(([k, v]) => (ev as unknown as Record<string, unknown>)[k] !== v),
  );
  await tx
    .updateTable('events')
    .set({ ...changed, ...base })
    .where('id', '=', ev.id)
    .execute();
  if (changed.actors !== undefined) await upsertActors(tx, ev.id, fields.actors);
}

/**
 * Rebuilds sources, count, summary and (unless edited) the curated fields of an event from all its
 * mentions: for review actions (merge, split) and for events stored before running summaries.
 */
export async function recomputeEvent(tx: Tx, eventId: number): Promise<void> {
  const ev = await tx.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  // Set-based: an event with tens of thousands of sources must not become as many SQL variables.
  await tx.deleteFrom('event_sources').where('event_id', '=', eventId).execute();
  await tx
    .insertInto('event_sources')
    .columns(['event_id', 'document_id'])
    .expression((eb) =>
      eb
        .selectFrom('mentions')
        .select([sql.lit(eventId).as('event_id'), 'document_id'])
        .distinct()
        .where('event_id', '=', eventId),
    )
    .execute();
  const n = await tx
    .selectFrom('event_sources')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  const first = await tx
    .selectFrom('event_sources')
    .innerJoin('documents', 'documents.id', 'event_sources.document_id')
    .select((eb) => eb.fn.min('documents.published').as('p'))
    .where('event_sources.event_id', '=', eventId)
    .executeTakeFirst();
  await tx
    .updateTable('events')
    .set({ first_reported: publicationDay(first?.p as string | null | undefined) })
    .where('id', '=', eventId)
    .execute();
  const mentions = await tx
    .selectFrom('mentions')
    .innerJoin('documents', 'documents.id', 'mentions.document_id')
    .select(['mentions.record', 'documents.published'])
    .where('mentions.event_id', '=', eventId)
    .orderBy('mentions.id')
    .execute();
  if (mentions.length === 0) {
    await tx
      .updateTable('events')
      .set({ sources_count: 0, summary: null, updated_at: nowIso() })
      .where('id', '=', eventId)
      .execute();
    return;
  }
  const records = mentions.map((m) =>
    withOffsetRegion(withOffsetPrecision(EventRecordSchema.parse(JSON.parse(m.record)))),
  );
  const summary = summarise(records);
  const day = summaryFields(summary).date;
  let dayReported: string | null = null;
  records.forEach((r, i) => {
    const p = publicationDay(mentions[i].published);
    if (p && statesDay(r, day) && (dayReported === null || p < dayReported)) dayReported = p;
  });
  await writeSummary(tx, ev, summary, Number(n.n), undefined, dayReported);
}

/**
 * Folds one more mention of this document into the event: one row read, one source row, one update.
 * True when the mention made the event known to the settlement and day (resolve/rejoin.ts).
 */
export async function joinEvent(
  tx: Tx,
  eventId: number,
  docId: string,
  r: EventRecord,
  published: string | null,
): Promise<boolean> {
  const ev = await tx.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
  if (ev.summary === null) {
    await recomputeEvent(tx, eventId);
    return false;
  }
  const added = await tx
    .insertInto('event_sources')
    .values({ event_id: eventId, document_id: docId })
    .onConflict((oc) => oc.columns(['event_id', 'document_id']).doNothing())
    .executeTakeFirst();
  const count = ev.sources_count + (Number(added.numInsertedOrUpdatedRows ?? 0n) > 0 ? 1 : 0);
  const first = published && (!ev.first_reported || published < ev.first_reported) ? published : undefined;
  const summary = foldSummary(JSON.parse(ev.summary) as RunningSummary, r);
  const day = summaryFields(summary).date;
  // the earliest report stating the event's day; a new day starts afresh from the report that gave it
  const kept = day === ev.date ? ev.day_reported : null;
  const dayReported =
    published && statesDay(r, day) && (kept === null || published < kept)
      ? published
      : day === ev.date
        ? undefined
        : null;
  await writeSummary(tx, ev, summary, count, first, dayReported);
  return !ev.edited && !isPrecise(toIncident(ev)) && isPrecise({ ...summaryFields(summary), published: null });
}

/** The day of a publication timestamp, or null when it does not start with a valid YYYY-MM-DD. */
export function publicationDay(published: string | null | undefined): string | null {
  const day = published?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ? day : null;
}

/** A new unreviewed event with the given record's fields and actors; its sources come with its mentions. */
export async function insertEvent(
  tx: Tx,
  r: EventRecord,
  sourcesCount = 0,
  published: string | null = null,
): Promise<number> {
  const now = nowIso();
  const summary = startSummary(r);
  const fields = summaryFields(summary);
  const row = {
    ...fieldsToRow(fields),
    status: 'unreviewed',
    merged_into: null,
    sources_count: sourcesCount,
    edited: 0,
    created_at: now,
    updated_at: now,
    summary: JSON.stringify(summary),
    first_reported: publicationDay(published),
    day_reported: statesDay(r, fields.date) ? publicationDay(published) : null,
  };
  // SQLite reports the new id itself (RETURNING would cost more than the rest of the statement's setup).
  const sqlite = tx.getExecutor().adapter instanceof SqliteAdapter;
  const insert = template(tx, 'events.insert', Object.keys(row) as (keyof typeof row)[], (p) =>
    sqlite
      ? tx.insertInto('events').values(p as never)
      : tx
          .insertInto('events')
          .values(p as never)
          .returning('id'),
  );
  const result = await insert.run<{ id: number }>(tx, row);
  const id = Number(sqlite ? result.insertId : result.rows[0].id);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Error('the new event got no id');
  if (fields.actors.length) await upsertActors(tx, id, fields.actors, true);
  return id;
}

const MENTION_COLUMNS = [
  'document_id',
  'seq',
  'event_id',
  'origin_event_id',
  'type',
  'evidence',
  'evidence_field',
  'evidence_start',
  'evidence_end',
  'extractor',
  'confidence',
  'record',
] as const;

export interface MentionResult {
  eventId: number;
  /** true when the mention joined an existing event */
  merged: boolean;
  /** merge suggestions recorded for it */
  suggestions: number;
  /** the mention made its event known to the settlement and day: created so, or made so */
  sharpened: boolean;
}

/** Stores one extracted record of a document and resolves it to an event. */
export async function addMention(
  tx: Tx,
  docId: string,
  seq: number,
  record: EventRecord,
  ctx: MentionContext = {},
): Promise<MentionResult> {
  const r = withOffsetRegion(withOffsetPrecision(EventRecordSchema.parse(record)));
  const published = publicationDay(ctx.published);
  const mentionContext = { evidence: r.evidence, published };
  const retold = await retoldEvent(tx, r, mentionContext, ctx.documentEvents ?? []);
  const decision =
    retold === null
      ? decide(r, mentionContext, await candidates(tx, docId, r, ctx))
      : { join: retold, suggestions: [] };
  const existing = decision.join ?? undefined;
  // A new event is complete as inserted; only a joined one needs its summary folded.
  const eventId = existing ?? (await insertEvent(tx, r, 1, published));
  const insertMention = template(tx, 'mentions.insert', MENTION_COLUMNS, (p) =>
    tx.insertInto('mentions').values(p as never),
  );
  await insertMention.run(tx, {
    document_id: docId,
    seq,
    event_id: eventId,
    origin_event_id: eventId,
    type: r.type,
    evidence: r.evidence,
    evidence_field: r.evidence_field ?? null,
    evidence_start: r.evidence_start ?? null,
    evidence_end: r.evidence_end ?? null,
    extractor: r.extractor ?? null,
    confidence: r.confidence ?? null,
    record: JSON.stringify({ ...record, doc: docId }),
  });
  if (existing === undefined) {
    const insertSource = template(tx, 'event_sources.insert', ['event_id', 'document_id'], (p) =>
      tx.insertInto('event_sources').values(p as never),
    );
    await insertSource.run(tx, { event_id: eventId, document_id: docId });
  }
  const sharpened = existing === undefined ? isPrecise(r) : await joinEvent(tx, eventId, docId, r, published);
  if (ctx.documentEvents && !ctx.documentEvents.includes(eventId)) ctx.documentEvents.push(eventId);
  for (const s of decision.suggestions) await suggest(tx, s.id, eventId, s.score);
  return { eventId, merged: existing !== undefined, suggestions: decision.suggestions.length, sharpened };
}
