// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) as inclusive ranges of UTC day numbers, so that "2022-09"
// agrees with any day of September 2022 and a range agrees with any day inside it.

export interface DayRange {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** The days a partial date spans; null for null or a malformed string (which then agrees with nothing). */
export function partialDateRange(date: string | null | undefined): DayRange | null {
  if (!date) return null;
  const m = PARTIAL.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) };
  const mon = Number(m[2]);
  if (mon < 1 || mon > 12) return null;
  if (m[3] === undefined) return { start: dayNumber(y, mon, 1), end: dayNumber(y, mon + 1, 1) - 1 };
  const day = Number(m[3]);
  const n = dayNumber(y, mon, day);
  // Date.UTC rolls 2023-02-30 over into March: refuse it rather than score a day that does not exist.
  if (new Date(n * DAY_MS).getUTCDate() !== day) return null;
  return { start: n, end: n };
}

/** The span of a record's `date`..`date_end`; date_end, when given, extends the end (its whole span). */
export function eventDayRange(date: string | null | undefined, dateEnd: string | null | undefined): DayRange | null {
  const first = partialDateRange(date);
  if (!first) return null;
  const last = partialDateRange(dateEnd);
  if (!last || last.end < first.start) return first;
  return { start: first.start, end: last.end };
}

/** Two ranges overlap when moved at most `slackDays` towards each other. */
export function rangesOverlap(a: DayRange, b: DayRange, slackDays = 1): boolean {
  return a.start <= b.end + slackDays && b.start <= a.end + slackDays;
}
