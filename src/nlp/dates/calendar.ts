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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Arithmetic where it gives what Date does (a Date per call is the slow part of resolving).
  if (Number.isInteger(year) && Math.abs(year) < 200_000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    const y = year >= 0 && year <= 99 ? 1900 + year : year; // Date.UTC reads years 0–99 as 1900–1999
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** pad(n) for the usual month and day numbers, without a padStart call. */
const pad2 = (n: number) =>
  n >= 10 && n <= 99 ? String(n) : n >= 0 && n <= 9 && Number.isInteger(n) ? '0' + n : pad(n);
const pad4 = (n: number) => (n >= 1000 && n <= 9999 ? String(n) : pad(n, 4));

export function formatDay(p: DayParts): string {
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad4(year)}-${pad2(month)}`;
}

// Day arithmetic without a Date per call (they were the slow part of resolving dates), for the
// days a Date reads the same way: years 100–9999 (Date.UTC takes 0–99 for 1900–1999), months
// 1–12, whole numbers; anything else goes through Date.

function plainDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 100 &&
    year <= 9999 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    Math.abs(day) < 1_000_000
  );
}

/** Days since 1970-01-01 (proleptic Gregorian; the civil-from-days algorithm of H. Hinnant). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): DayParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(p: DayParts, n: number): DayParts {
  if (plainDay(p.year, p.month, p.day) && Number.isInteger(n) && Math.abs(n) < 1_000_000) {
    const out = fromDayNumber(dayNumber(p.year, p.month, p.day) + n);
    if (out.year >= 100 && out.year <= 9999) return out;
  }
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(p: DayParts): number {
  if (plainDay(p.year, p.month, p.day)) return (((dayNumber(p.year, p.month, p.day) + 4) % 7) + 7) % 7; // 1970-01-01: Thursday
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
