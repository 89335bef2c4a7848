// Automatic re-joining of vague events (the rule: resolve/rejoin.ts). After a mention makes an event
// known to the settlement and day, this module runs the lookups — the events around it, each vague
// one's own candidates — and merges the vague events that fit only it, the way an analyst's merge
// does (mentions move, the vague event becomes a 'merged' pointer, split undoes it) with audit rows
// by the system. The merge folds only the vague event's few mentions into the survivor's running
// summary, so it costs the same however many sources the survivor has.
import type { Transaction } from 'kysely';
import { EventRecordSchema } from '../../model/event.js';
import type { RunningSummary } from '../../resolve/combine.js';
import { foldSummary } from '../../resolve/combine.js';
import type { Candidate } from '../../resolve/decide.js';
import { decide } from '../../resolve/decide.js';
import { withOffsetPrecision } from '../../resolve/offset-place.js';
import { fitsOnly, isPrecise, vagueAround, type StoredEvent } from '../../resolve/rejoin.js';
import type { PairScore } from '../../resolve/score.js';
import { withOffsetRegion } from '../../resolve/town-named.js';
import type { Database } from '../schema.js';
import { nowIso } from '../util.js';
import { recordAudit } from './audit.js';
import { reclaimVagueReports } from './vague-reclaim.js';
import {
  CANDIDATE_COLUMNS,
  candidateRows,
  OPEN_STATUSES,
  recomputeEvent,
  toIncident,
  writeSummary,
  type CandidateRow,
} from './event-writer.js';

type Tx = Transaction<Database>;

/** Who the audit rows name: no account, the system. */
const SYSTEM = { userId: null } as const;

function stored(row: CandidateRow): StoredEvent<number> {
  return { id: row.id, incident: toIncident(row), evidence: row.notes };
}

async function openEvent(tx: Tx, id: number): Promise<CandidateRow | undefined> {
  return (await tx
    .selectFrom('events')
    .select([...CANDIDATE_COLUMNS])
    .where('id', '=', id)
    .where('status', 'in', OPEN_STATUSES)
    .executeTakeFirst()) as CandidateRow | undefined;
}

/** A vague event's own candidates, as a new report of it would find them. */
async function candidatesOf(tx: Tx, v: StoredEvent<number>): Promise<Candidate<number>[]> {
  const rows = await candidateRows(tx, '', v.incident);
  return rows
    .sort((a, b) => a.id - b.id)
    .map((row) => ({ id: row.id, incident: toIncident(row), context: { eventEvidence: row.notes } }));
}

/**
 * An event an analyst has looked at (verified, edited, or split from another) is theirs: it is
 * not merged behind their back. So is a pair that shares a report, which coded them as two acts.
 */
async function mayFold(tx: Tx, vagueId: number, intoId: number): Promise<boolean> {
  const ev = await tx.selectFrom('events').select(['status', 'edited']).where('id', '=', vagueId).executeTakeFirst();
  if (ev?.status !== 'unreviewed' || Number(ev.edited) === 1) return false;
  const split = await tx
    .selectFrom('audit_log')
    .select('id')
    .where('event_id', '=', vagueId)
    .where('action', '=', 'split')
    .limit(1)
    .executeTakeFirst();
  if (split) return false;
  const shared = await tx
    .selectFrom('event_sources as a')
    .innerJoin('event_sources as b', 'b.document_id', 'a.document_id')
    .select('a.document_id')
    .where('a.event_id', '=', vagueId)
    .where('b.event_id', '=', intoId)
    .limit(1)
    .executeTakeFirst();
  return !shared;
}

/**
 * Merges `vagueId` into `intoId` as the review service's merge does, without rebuilding the
 * survivor: its few mentions move and are folded into the survivor's running summary.
 */
async function foldVague(tx: Tx, vagueId: number, intoId: number, score: PairScore): Promise<void> {
  const mentions = await tx
    .selectFrom('mentions')
    .select(['document_id', 'record'])
    .where('event_id', '=', vagueId)
    .orderBy('id')
    .execute();
  const into = await tx.selectFrom('events').selectAll().where('id', '=', intoId).executeTakeFirstOrThrow();
  if (into.summary === null) return; // stored before running summaries: left to an analyst
  await tx.updateTable('mentions').set({ event_id: intoId }).where('event_id', '=', vagueId).execute();
  let added = 0;
  for (const document_id of new Set(mentions.map((m) => m.document_id))) {
    const r = await tx
      .insertInto('event_sources')
      .values({ event_id: intoId, document_id })
      .onConflict((oc) => oc.columns(['event_id', 'document_id']).doNothing())
      .executeTakeFirst();
    added += Number(r.numInsertedOrUpdatedRows ?? 0n) > 0 ? 1 : 0;
  }
  let summary = JSON.parse(into.summary) as RunningSummary;
  for (const m of mentions)
    summary = foldSummary(
      summary,
      withOffsetRegion(withOffsetPrecision(EventRecordSchema.parse(JSON.parse(m.record)))),
    );
  const vague = await tx
    .selectFrom('events')
    .select(['status', 'first_reported'])
    .where('id', '=', vagueId)
    .executeTakeFirstOrThrow();
  const first =
    vague.first_reported && (!into.first_reported || vague.first_reported < into.first_reported)
      ? vague.first_reported
      : undefined;
  await writeSummary(tx, into, summary, into.sources_count + added, first);
  await tx
    .updateTable('events')
    .set({ status: 'merged', merged_into: intoId, updated_at: nowIso() })
    .where('id', '=', vagueId)
    .execute();
  await recomputeEvent(tx, vagueId); // no mentions left: no sources, no summary
  const [a, b] = vagueId < intoId ? [vagueId, intoId] : [intoId, vagueId];
  await tx
    .updateTable('merge_suggestions')
    .set({ status: 'accepted', decided_at: nowIso() })
    .where('event_id', '=', a)
    .where('other_id', '=', b)
    .where('status', '=', 'open')
    .execute();
  const why = { automatic: true, by: 'system', score: score.score, reasons: score.reasons };
  await recordAudit(tx, SYSTEM, vagueId, 'merge', { into: intoId, previous_status: vague.status, ...why });
  await recordAudit(tx, SYSTEM, intoId, 'merge', { merged: [vagueId], ...why });
}

/**
 * After a mention made event `eventId` known to the settlement and day: if the event was itself
 * vague until now and another event is this act (its own candidates decide so), it is merged into
 * that one; then each vague event around the survivor that fits it and no other precise event is
 * merged into it. `docId` is the mention's document: events it feeds are its other acts. Returns
 * the event that now holds the mention and how many events were merged.
 */
export async function rejoinVague(
  tx: Tx,
  eventId: number,
  docId: string,
  upgraded: boolean,
): Promise<{ survivor: number; merged: number }> {
  let merged = 0;
  let row = await openEvent(tx, eventId);
  if (!row) return { survivor: eventId, merged };
  let target = stored(row);
  if (!isPrecise(target.incident)) return { survivor: eventId, merged };
  if (upgraded) {
    // the event was an unresolved report until now: it may be an act another event already holds
    const candidates = (await candidatesOf(tx, target)).filter((c) => c.id !== target.id);
    const d = decide(
      target.incident,
      { evidence: target.evidence ?? undefined, published: target.incident.published ?? null },
      candidates,
    );
    // only into an event known as precisely: a vague one it fits is gathered below instead
    const into = candidates.find((c) => c.id === d.join);
    if (into && d.joinScore && isPrecise(into.incident) && (await mayFold(tx, target.id, into.id))) {
      await foldVague(tx, target.id, into.id, d.joinScore);
      merged++;
      row = await openEvent(tx, into.id);
      if (!row) return { survivor: into.id, merged };
      target = stored(row);
    }
  }
  const around = (await candidateRows(tx, docId, target.incident)).map(stored);
  for (const { event: v, score } of vagueAround(target, around)) {
    if (!fitsOnly(v, await candidatesOf(tx, v), target.id)) continue;
    if (!(await mayFold(tx, v.id, target.id))) continue;
    await foldVague(tx, v.id, target.id, score);
    merged++;
  }
  // vague reports that joined another act of its town and month may be this one (vague-reclaim.ts)
  await reclaimVagueReports(tx, target);
  return { survivor: target.id, merged };
}
