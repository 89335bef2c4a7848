// Reconsidering vague reports when a second act turns up. A report dated only to a month or a week
// (or not at all) joins the only act of its type its town is known for; when another act of that
// type in that town becomes known, within the month, the report may be that one instead ("in August,
// residents of Murom rallied…", published on 25 August, joined the rally of the 13th before the one
// of the 24th was known). Each such report is then decided again among the events it could now be,
// as if it arrived now: it stays, moves to the act it fits clearly better, or — fitting two as well —
// stands apart with its merge suggestions (decide.ts never guesses between two).
import { daySpan } from './keys.js';
import { isTally, settlementKey, type Incident } from './match.js';
import { isPrecise } from './rejoin.js';
import { AUTO_JOIN, scorePair } from './score.js';

/** Precise acts of one place this many days apart or less may share a vague report. */
export const RECLAIM_DAYS = 31;
/** a report may be of an act begun at most this long after its publication (time zones; as score.ts) */
export const PUBLICATION_SLACK_DAYS = 1;
/** at most this many reports of one neighbouring act are read (the newest first) */
export const MAX_RECLAIM_READ = 2000;

function shiftDay(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Where the neighbouring acts of a precise act are: its settlement and the days around its day.
 * Null when the act is not known to the settlement and day (nothing to reconsider against).
 */
export function neighbourhood(i: Incident): { key: string; lo: string; hi: string } | null {
  const key = settlementKey(i);
  const span = daySpan(i.date, i.date_end);
  if (!key || span.precision !== 'day' || !span.start || isTally(i)) return null;
  return { key, lo: shiftDay(span.start, -RECLAIM_DAYS), hi: shiftDay(span.start, RECLAIM_DAYS) };
}

/**
 * Whether a report held by a neighbouring act is worth deciding again now that `newcomer` is known:
 * it is vague itself (a precise report is not re-read as another act) and fits the newcomer well
 * enough to join it.
 */
export function mayBeNewcomer(
  report: Incident,
  context: { evidence?: string; published?: string | null },
  newcomer: Incident,
  newcomerEvidence: string | null,
): boolean {
  if (isPrecise(report) || isTally(report)) return false;
  return scorePair(report, newcomer, { ...context, eventEvidence: newcomerEvidence }).score >= AUTO_JOIN;
}
