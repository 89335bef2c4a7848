// Calendar arithmetic on plain ISO days (YYYY-MM-DD), in UTC so no time zone can shift a day.

export interface DayParts {
  year: number;
  month: number; // 1..12
  day: number;
}

export function parseIsoDay(iso: string): DayParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const parts = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDay(parts) ? parts : null;
}

export function isValidDay(p: DayParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1) return false;
  return p.day <= daysInMonth(p.year, p.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function formatDay(p: DayParts): string {
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function addDays(p: DayParts, n: number): DayParts {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(p: DayParts): number {
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** The last `weekday` on or before `ref` (news reports the past: "on Monday" is this week's or last). */
export function lastWeekdayOnOrBefore(ref: DayParts, weekday: number): DayParts {
  return addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
}

/** The first `weekday` after `ref` ("next Monday"). */
export function nextWeekdayAfter(ref: DayParts, weekday: number): DayParts {
  return addDays(ref, ((weekday - weekdayOf(ref) + 6) % 7) + 1);
}

/** Monday of the week `ref` lies in (ISO weeks start on Monday). */
export function mondayOf(ref: DayParts): DayParts {
  return lastWeekdayOnOrBefore(ref, 1);
}

/** Compare (month, day) positions within a year; day 0 stands for "the month as a whole". */
function after(month: number, day: number, ref: DayParts): boolean {
  return month > ref.month || (month === ref.month && day > ref.day);
}

/**
 * The year of a year-less day or month: the publication year, or the one before when the date would
 * otherwise lie after publication. null when publication is unknown.
 */
export function inferYear(month: number, day: number | undefined, published: DayParts | null): number | null {
  if (!published) return null;
  return after(month, day ?? 1, published) ? published.year - 1 : published.year;
}
