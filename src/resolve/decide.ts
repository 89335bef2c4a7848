// The joining decision for one mention against the events that could hold it: join the best when
// its score is high and no rival comes close (never guess between two events that fit as well),
// otherwise start a new event; candidates in the middle band become merge suggestions.
import { AUTO_JOIN, SUGGEST, scorePair, type PairContext, type PairScore } from './score.js';
import { daySpan } from './keys.js';
import { settlementKey, type Incident } from './match.js';

/** A rival within this much of the best makes an inexact match ambiguous. */
const MARGIN = 0.1;
/** at most this many suggestions per mention */
const MAX_SUGGESTIONS = 3;

export interface Candidate<Id> {
  id: Id;
  incident: Incident;
  context: Omit<PairContext, 'evidence' | 'published'>;
}

export interface Decision<Id> {
  /** the event to join, or null for a new one */
  join: Id | null;
  joinScore: PairScore | null;
  suggestions: { id: Id; score: PairScore }[];
}

export function decide<Id>(
  m: Incident,
  mentionContext: Pick<PairContext, 'evidence' | 'published'>,
  candidates: readonly Candidate<Id>[],
): Decision<Id> {
  const scored = candidates
    .map((c) => ({ id: c.id, score: scorePair(m, c.incident, { ...c.context, ...mentionContext }) }))
    .filter((s) => s.score.score >= SUGGEST);
  const byId = new Map(candidates.map((c) => [c.id, c.incident]));
  const rank = (id: Id) => coarseness(byId.get(id)!);
  // Wording is compared only within one language. When some candidates' evidence is in the
  // mention's language and another's is not, similar wording would prefer whichever event happens to
  // be noted in that language (two rallies in one town, told in one template): candidates are then
  // told apart by the other evidence alone.
  const blind = scored.some((s) => s.score.wordingCompared === false) && scored.some((s) => (s.score.wording ?? 0) > 0);
  const value = (s: { score: PairScore }) => (blind ? s.score.score - (s.score.wording ?? 0) : s.score.score);
  // Exact matches first; then, of the candidates good enough to join, the most precisely known (a
  // vague event is itself an unresolved report: it neither wins over nor blocks an event known to
  // the settlement and day that the mention fits); then by score, then the older (input order).
  const joinable = (x: { score: PairScore }) => Number(x.score.score >= AUTO_JOIN);
  scored.sort(
    (a, b) =>
      Number(b.score.exact) - Number(a.score.exact) ||
      joinable(b) - joinable(a) ||
      (joinable(a) ? rank(a.id) - rank(b.id) : 0) ||
      value(b) - value(a) ||
      rank(a.id) - rank(b.id),
  );
  const best = scored[0];
  // A rival known more coarsely than the best (only its region, near a town, only a month or no
  // date) is itself an unresolved report, likely of the same act: it does not make the best ambiguous.
  const second = best && scored.slice(1).find((s) => rank(s.id) <= rank(best.id));
  const clear =
    best &&
    best.score.score >= AUTO_JOIN &&
    (best.score.exact || !second || value(best) - value(second) >= MARGIN - 1e-9);
  // When the acts known precisely leave it unresolved, a vague event it clearly fits (the same news
  // told by other outlets) gathers it, so that one unresolved event with its suggestions stands for
  // them all rather than one per report.
  const join = clear ? best : unresolvedWith(scored, rank, value);
  const suggestions = scored.filter((s) => s !== join).slice(0, MAX_SUGGESTIONS);
  return { join: join?.id ?? null, joinScore: join?.score ?? null, suggestions };
}

/** The one vague candidate good enough to join, with no vague rival within the margin; else null. */
function unresolvedWith<T extends { id: unknown; score: PairScore }>(
  scored: readonly T[],
  rank: (id: T['id']) => number,
  value: (s: T) => number,
): T | null {
  const vague = scored.filter((s) => rank(s.id) > 0).sort((a, b) => value(b) - value(a));
  const [top, next] = vague;
  if (!top || top.score.score < AUTO_JOIN) return null;
  return !next || value(top) - value(next) >= MARGIN - 1e-9 ? top : null;
}

/** 0 a settlement and a day; higher is coarser (no settlement, no exact day). */
function coarseness(i: Incident): number {
  return (settlementKey(i) ? 0 : 1) + (daySpan(i.date, i.date_end).precision === 'day' ? 0 : 1);
}

/**
 * Within one document an incident is coded once, so a document's records are different incidents —
 * except that reports tell the same act twice (headline and body, lead and recap), once less
 * precisely. A record scoring as high as a join with an event its own document already feeds is
 * that act retold; when both give a settlement and a day, only if ACLED's rule joins them (else
 * they are two acts): the id of the event it belongs to, else null.
 */
export function retoldIn<Id>(
  m: Incident,
  context: Pick<PairContext, 'evidence' | 'published'>,
  ownEvents: readonly Candidate<Id>[],
): Id | null {
  // A vague record (a headline without a day, a recap naming only the region) needs only a
  // suggestion's score: its own document told the act precisely, and it is the only fit there.
  const bar = coarseness(m) > 0 ? SUGGEST : AUTO_JOIN;
  const fits = ownEvents
    .map((c) => ({
      id: c.id,
      score: scorePair(m, c.incident, { ...c.context, ...context }),
      finer: coarseness(c.incident) + coarseness(m) > 0,
    }))
    // ACLED's rule holds within a document too: the same type, settlement and day, with no
    // conflicting actors or things hit, is the act told again (a case opened over it, say).
    .filter((x) => (x.finer && x.score.score >= bar) || x.score.exact);
  return fits.length === 1 ? fits[0].id : null;
}

/**
 * The order in which to resolve one document's records: day and settlement first, so that a
 * headline or recap telling the same act vaguely finds the event its precise telling went to.
 * Returns indexes into `records`; ties keep their order.
 */
export function resolutionOrder(records: readonly Incident[]): number[] {
  // A day counts for more than a settlement: a headline names the town but rarely the day, while
  // the body's "in the region, on 11 March" can be placed against other reports.
  const order = (i: Incident) => (settlementKey(i) ? 0 : 1) + (daySpan(i.date, i.date_end).precision === 'day' ? 0 : 2);
  return records
    .map((r, i) => ({ i, c: order(r) }))
    .sort((a, b) => a.c - b.c || a.i - b.i)
    .map((x) => x.i);
}
