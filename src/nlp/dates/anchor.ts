// Turns a raw date into the fields of a DateMention, against the publication day (docs/event-format.md rule 3):
// a year-less date takes the publication year, or the year before when it would lie after
// publication; without publication it has no date. Relative expressions need publication.
import type { DateMention } from '../../model/sentence-mentions.js';
import {
  addDays,
  formatDay,
  formatMonth,
  inferYear,
  isValidDay,
  lastWeekdayOnOrBefore,
  mondayOf,
  nextWeekdayAfter,
  weekdayOf,
  type DayParts,
} from './calendar.js';
import type { Point, RawDateValue } from './raw.js';

/** Monday and Tuesday (weekdayOf numbers), when "this week" reaches back over the weekend */
const EARLY_IN_WEEK: Record<number, true> = { 1: true, 2: true };

export type AnchoredDate = Pick<DateMention, 'date' | 'date_end' | 'precision' | 'relative'>;

function pointString(p: Point, year: number | null): string | null {
  if (year === null) return null;
  if (p.day === undefined) return formatMonth(year, p.month);
  const parts = { year, month: p.month, day: p.day };
  return isValidDay(parts) ? formatDay(parts) : null;
}

function anchorPoint(p: Point, published: DayParts | null): string | null {
  return pointString(p, p.year ?? inferYear(p.month, p.day, published));
}

/** null when the text gives an impossible day ("31 June"): such a mention is not a date. */
export function anchorRawDate(raw: RawDateValue, published: DayParts | null): AnchoredDate | null {
  const pub = published ? formatDay(published) : null;
  switch (raw.kind) {
    case 'point': {
      const date = anchorPoint(raw.point, published);
      if (date === null && (raw.point.year !== undefined || published)) return null;
      return { date, date_end: null, precision: raw.point.day === undefined ? 'month' : 'day', relative: false };
    }
    case 'year':
      return { date: String(raw.year), date_end: null, precision: 'year', relative: false };
    case 'weekday': {
      if (!published) return { date: null, date_end: null, precision: 'day', relative: true };
      const day = raw.future ? nextWeekdayAfter(published, raw.weekday) : lastWeekdayOnOrBefore(published, raw.weekday);
      return { date: formatDay(day), date_end: null, precision: 'day', relative: true };
    }
    case 'monthOffset': {
      if (!published) return { date: null, date_end: null, precision: 'month', relative: true };
      const total = published.year * 12 + (published.month - 1) + raw.offset;
      return {
        date: formatMonth(Math.floor(total / 12), (total % 12) + 1),
        date_end: null,
        precision: 'month',
        relative: true,
      };
    }
    case 'yearOffset':
      return {
        date: published ? String(published.year + raw.offset) : null,
        date_end: null,
        precision: 'year',
        relative: true,
      };
    case 'yearRange':
      return { date: String(raw.from), date_end: String(raw.to), precision: 'range', relative: false };
    case 'dayOffset':
      return {
        date: published ? formatDay(addDays(published, raw.days)) : null,
        date_end: null,
        precision: 'day',
        relative: true,
      };
    case 'ago': {
      if (!published)
        return { date: null, date_end: null, precision: raw.unit === 'day' ? 'day' : raw.unit, relative: true };
      const date =
        raw.unit === 'year'
          ? String(raw.year)
          : raw.unit === 'month'
            ? formatMonth(raw.year, raw.month)
            : formatDay(raw);
      return { date, date_end: null, precision: raw.unit, relative: true };
    }
    case 'week': {
      if (!published) return { date: null, date_end: null, precision: 'range', relative: true };
      const monday = addDays(mondayOf(published), 7 * raw.offset);
      const end = raw.offset < 0 ? addDays(monday, 6) : published;
      // Early in a week (Monday, Tuesday) "this week" still tells the weekend's news; and a week is
      // never read as a single day, which would pass for a day-precise date.
      const start = raw.offset === 0 && weekdayOf(published) in EARLY_IN_WEEK ? addDays(monday, -2) : monday;
      return { date: formatDay(start), date_end: formatDay(end), precision: 'range', relative: true };
    }
    case 'range': {
      const { from, to } = raw;
      let fromYear = from.year ?? null;
      let toYear = to.year ?? null;
      if (fromYear === null && toYear === null) {
        fromYear = inferYear(from.month, from.day, published);
        if (fromYear !== null) toYear = to.month < from.month ? fromYear + 1 : fromYear;
      }
      if (fromYear === null && toYear !== null) fromYear = from.month <= to.month ? toYear : toYear - 1;
      if (toYear === null && fromYear !== null) toYear = to.month >= from.month ? fromYear : fromYear + 1;
      const date = pointString(from, fromYear);
      const date_end = pointString(to, toYear);
      if ((date === null) !== (date_end === null)) return null;
      if (date !== null && date_end !== null && date_end < date) return null;
      return { date, date_end, precision: 'range', relative: false };
    }
    case 'since': {
      const from = raw.from;
      let date: string | null;
      if ('month' in from) date = anchorPoint(from, published);
      else if ('year' in from) date = String(from.year);
      else date = published ? formatDay(lastWeekdayOnOrBefore(published, from.weekday)) : null;
      return { date, date_end: date === null ? null : pub, precision: 'range', relative: true };
    }
  }
}
