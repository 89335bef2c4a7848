// A report comes on or after the act it tells: a mention dated only by its report ("media reported
// Thursday") and one dated by the act itself ("late Wednesday") can tell one act, and the act's own
// day is the one to keep (EVENTS.md, Conventions: dates).
import type { Draft } from '../7-assemble/draft.js';

/** How long after an act its first reports may come and still be read as telling the same act. */
const REPORT_LAG_DAYS = 7;

function dayNumber(d: string): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;
}

const isDay = (d: string | null): d is string => d !== null && d.length === 10;

/** `reported` is dated by its report only, and `act`'s own day falls within the lag before it. */
function precedes(act: Draft, reported: Draft): boolean {
  if (!reported.dateReported || act.dateReported || !act.dateOwn || act.dateEnd || reported.dateEnd) return false;
  if (!isDay(act.date) || !isDay(reported.date)) return false;
  const lag = dayNumber(reported.date) - dayNumber(act.date);
  return lag >= 0 && lag <= REPORT_LAG_DAYS;
}

/** One of the two is dated by its report, the other by the act, a few days before. */
export function reportDateFits(a: Draft, b: Draft): boolean {
  return precedes(a, b) || precedes(b, a);
}

/** `into` keeps the act's own day over a report's. */
export function preferActDate(into: Draft, from: Draft): void {
  if (!precedes(from, into)) return;
  into.date = from.date;
  into.dateEnd = from.dateEnd;
  into.dateReported = false;
}
