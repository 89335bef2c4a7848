// Vague reports decided again when a second act of their town turns up (the rule:
// resolve/reclaim.ts). After an event becomes known to the settlement and day, the other precise
// acts of its type and settlement within a month are looked at; each vague report of theirs that
// could be the new act is decided again as a new report would be, and moved when the decision
// changed: to the act it now fits clearly better, or to an event of its own (with its merge
// suggestions) when it fits two as well. Each move is audited as the system's ('reassign').
import { sql, type Transaction } from 'kysely';
import { EventRecordSchema, type EventRecord } from '../../model/event.js';
import { combine, type RunningSummary } from '../../resolve/combine.js';
import { daySpan } from '../../resolve/keys.js';
import type { Incident } from '../../resolve/match.js';
import { decide, resolutionOrder } from '../../resolve/decide.js';
import { compatibleTypes } from '../../resolve/match.js';
import { withOffsetPrecision } from '../../resolve/offset-place.js';
import { MAX_RECLAIM_READ, mayBeNewcomer, neighbourhood, PUBLICATION_SLACK_DAYS } from '../../resolve/reclaim.js';
import { isPrecise, type StoredEvent } from '../../resolve/rejoin.js';
import type { PairScore } from '../../resolve/score.js';
import { withOffsetRegion } from '../../resolve/town-named.js';
import type { Database } from '../schema.js';
import { recordAudit } from './audit.js';
import {
  CANDIDATE_COLUMNS,
  candidateRows,
  insertEvent,
  joinEvent,
  publicationDay,
  recomputeEvent,
  retoldEvent,
  suggest,
  toIncident,
  type CandidateRow,
} from './event-writer.js';

type Tx = Transaction<Database>;

/** at most this many neighbouring acts are looked at (the closest ids first) */
const MAX_NEIGHBOURS = 12;
const SYSTEM = { userId: null } as const;

interface HeldReport {
  id: number;
  documentId: string;
  record: EventRecord;
  published: string | null;
}

/** The precise acts of the event's type and settlement within a month of it, not reviewed by anyone. */
async function neighbours(tx: Tx, target: StoredEvent<number>): Promise<CandidateRow[]> {
  const hood = neighbourhood(target.incident);
  if (!hood) return [];
  const rows = (await tx
    .selectFrom('events')
    .select([...CANDIDATE_COLUMNS])
    .where('place_key', '=', hood.key)
    .where('type', 'in', [...compatibleTypes(target.incident.type)])
    .where('date_start', '>=', hood.lo)
    .where('date_start', '<=', hood.hi)
    // an analyst's verified or edited event keeps the reports they saw in it
    .where('status', '=', 'unreviewed')
    .where('edited', '=', 0)
    .where('id', '!=', target.id)
    .orderBy('id', 'desc')
    .limit(sql.lit(MAX_NEIGHBOURS))
    .execute()) as CandidateRow[];
  return rows.filter((r) => isPrecise(toIncident(r)));
}

/**
 * The reports of an event published from `since` on (or undated): a report out before an act began
 * cannot be that act (score.ts), so only these can be another act of the place — which keeps the
 * read small for an old act with many sources.
 */
async function heldReports(tx: Tx, eventId: number, since: string): Promise<HeldReport[]> {
  const rows = await tx
    .selectFrom('mentions')
    .innerJoin('documents', 'documents.id', 'mentions.document_id')
    .select(['mentions.id', 'mentions.document_id', 'mentions.record', 'documents.published'])
    .where('mentions.event_id', '=', eventId)
    .where((eb) => eb.or([eb('documents.published', '>=', since), eb('documents.published', 'is', null)]))
    .orderBy('mentions.id', 'desc')
    .limit(sql.lit(MAX_RECLAIM_READ))
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    documentId: r.document_id,
    record: withOffsetRegion(withOffsetPrecision(EventRecordSchema.parse(JSON.parse(r.record)))),
    published: publicationDay(r.published),
  }));
}

/** The event's most precise report is itself known to the settlement and day (its running summary). */
async function preciselyReported(tx: Tx, eventId: number): Promise<boolean> {
  const row = await tx.selectFrom('events').select('summary').where('id', '=', eventId).executeTakeFirst();
  if (!row?.summary) return false;
  const { primary } = JSON.parse(row.summary) as RunningSummary;
  return isPrecise({ ...primary, actors: [] });
}

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Where the report belongs now, deciding as for a new report (its document's other acts are not
 * candidates, and a retelling of one of them goes there): an event id, or null for one of its own.
 */
async function decideAgain(
  tx: Tx,
  report: HeldReport,
  told: readonly number[],
): Promise<{ home: number | null; score: PairScore | null; suggestions: { id: number; score: PairScore }[] }> {
  const context = { evidence: report.record.evidence, published: report.published };
  const others = await tx
    .selectFrom('mentions')
    .select(['id', 'event_id'])
    .where('document_id', '=', report.documentId)
    .execute();
  const own = [...new Set(others.filter((o) => !told.includes(Number(o.id))).map((o) => Number(o.event_id)))];
  const retold = await retoldEvent(tx, report.record, context, own);
  if (retold !== null) return { home: retold, score: null, suggestions: [] };
  const rows = (await candidateRows(tx, '', report.record)).filter((r) => !own.includes(r.id));
  rows.sort((a, b) => a.id - b.id);
  const d = decide(
    report.record,
    context,
    rows.map((row) => ({ id: row.id, incident: toIncident(row), context: { eventEvidence: row.notes } })),
  );
  return { home: d.join, score: d.joinScore, suggestions: d.suggestions };
}

/**
 * After `target` became known to the settlement and day: the vague reports of it and of its
 * neighbouring acts that could be another of them, decided again and moved where the decision
 * changed (both ways: a vague event a wrong precise report sharpened holds the report that founded
 * it). A document's tellings of one act move together (a headline goes with its body), decided by
 * the most precise of them; a document that told the act precisely keeps it. Returns how many
 * reports moved.
 */
export async function reclaimVagueReports(tx: Tx, target: StoredEvent<number>): Promise<number> {
  const around = await neighbours(tx, target);
  if (around.length === 0) return 0;
  const acts = [target, ...around.map((row) => ({ id: row.id, incident: toIncident(row), evidence: row.notes }))];
  let moved = 0;
  const firstDay = (i: Incident) => daySpan(i.date, i.date_end).start ?? '0000-01-01';
  for (const holder of acts) {
    // An act made precise only by its vague reports together (a town from a headline, the day from
    // a region-level body) is not taken apart.
    if (!(await preciselyReported(tx, holder.id))) continue;
    const others = acts.filter((a) => a.id !== holder.id).map((a) => firstDay(a.incident));
    const earliest = others.reduce((a, b) => (a < b ? a : b));
    const reports = await heldReports(tx, holder.id, shiftDay(earliest, -PUBLICATION_SLACK_DAYS));
    const byDocument = new Map<string, HeldReport[]>();
    for (const r of reports) byDocument.set(r.documentId, [...(byDocument.get(r.documentId) ?? []), r]);
    let changed = false;
    for (const held of byDocument.values()) {
      if (held.some((r) => isPrecise(r.record))) continue;
      // what the document's tellings say together (a headline's town, its body's day), as the event
      // they start would say it
      const first = held[resolutionOrder(held.map((h) => h.record))[0]];
      const { notes: _n, ...together } = combine(held.map((h) => h.record));
      const lead = { ...first, record: { ...first.record, ...together } };
      if (isPrecise(lead.record)) continue;
      const context = { evidence: lead.record.evidence, published: lead.published };
      const other = acts.some((a) => a.id !== holder.id && mayBeNewcomer(lead.record, context, a.incident, a.evidence));
      if (!other) continue;
      const ids = held.map((h) => h.id);
      const { home, score, suggestions } = await decideAgain(tx, lead, ids);
      if (home === holder.id) continue;
      const to = home ?? (await insertEvent(tx, first.record, 1, first.published));
      await tx.updateTable('mentions').set({ event_id: to, origin_event_id: to }).where('id', 'in', ids).execute();
      if (home === null) {
        await tx.insertInto('event_sources').values({ event_id: to, document_id: lead.documentId }).execute();
        for (const h of held) if (h !== first) await joinEvent(tx, to, h.documentId, h.record, h.published);
      } else for (const h of held) await joinEvent(tx, to, h.documentId, h.record, h.published);
      for (const s of suggestions) if (s.id !== to) await suggest(tx, s.id, to, s.score);
      const why = { automatic: true, by: 'system', mentions: ids, reasons: score?.reasons ?? [] };
      await recordAudit(tx, SYSTEM, holder.id, 'reassign', { ...why, to });
      await recordAudit(tx, SYSTEM, to, 'reassign', { ...why, from: holder.id });
      changed = true;
      moved += held.length;
    }
    if (changed) await recomputeEvent(tx, holder.id);
  }
  return moved;
}
