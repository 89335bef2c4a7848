import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  formatDay,
  formatMonth,
  inferYear,
  lastWeekdayOnOrBefore,
  mondayOf,
  nextWeekdayAfter,
  parseIsoDay,
  weekdayOf,
} from './calendar.js';

const day = (s: string) => parseIsoDay(s)!;

describe('calendar', () => {
  it.each([
    ['2022-10-05', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2022-13-01', false],
    ['22-10-05', false],
  ])('parseIsoDay(%s) valid: %s', (s, ok) => {
    expect(parseIsoDay(s) !== null).toBe(ok);
  });

  it.each([
    ['2022-12-30', 3, '2023-01-02'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('addDays(%s, %i) = %s', (from, n, to) => {
    expect(addDays(day(from), n)).toEqual(day(to));
  });

  it.each([
    // 2022-10-05 is a Wednesday
    ['2022-10-05', 3, '2022-10-05'],
    ['2022-10-05', 1, '2022-10-03'],
    ['2022-10-05', 4, '2022-09-29'],
    ['2023-01-02', 5, '2022-12-30'],
  ])('last weekday on or before %s of %i = %s', (ref, wd, expected) => {
    expect(lastWeekdayOnOrBefore(day(ref), wd)).toEqual(day(expected));
  });

  it.each([
    ['2022-10-05', 3, '2022-10-12'],
    ['2022-10-05', 1, '2022-10-10'],
    ['2022-10-05', 4, '2022-10-06'],
  ])('next weekday after %s of %i = %s', (ref, wd, expected) => {
    expect(nextWeekdayAfter(day(ref), wd)).toEqual(day(expected));
  });

  it('finds Monday of the week and weekdays', () => {
    expect(mondayOf(day('2022-10-09'))).toEqual(day('2022-10-03'));
    expect(weekdayOf(day('2022-10-09'))).toBe(0);
  });

  it.each([
    [12, 28, '2023-01-05', 2022],
    [1, 3, '2023-01-05', 2023],
    [1, 5, '2023-01-05', 2023],
    [1, 6, '2023-01-05', 2022],
    [1, undefined, '2023-01-05', 2023],
    [2, undefined, '2023-01-05', 2022],
    [5, 1, null, null],
  ])('inferYear(%i, %s) published %s = %s', (month, d, pub, year) => {
    expect(inferYear(month, d, pub ? day(pub) : null)).toBe(year);
  });

  // Arithmetic stands in for Date on the usual days: the same answers as Date everywhere.
  it('agrees with Date on days, weekdays and month lengths', () => {
    const viaDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    for (const year of [-401, 0, 50, 99, 100, 400, 1582, 1900, 2000, 2023, 2024, 2100, 9999, 10000, 2.5]) {
      for (let month = 0; month <= 13; month++) {
        expect(daysInMonth(year, month)).toBe(viaDate(year, month + 1, 0).getUTCDate());
        for (const d of [-31, 0, 1, 28, 29, 31, 32, 400]) {
          const p = { year, month, day: d };
          expect(weekdayOf(p)).toBe(viaDate(year, month, d).getUTCDay());
          for (const n of [-400, -1, 0, 1, 30, 366]) {
            const t = viaDate(year, month, d + n);
            expect(addDays(p, n)).toEqual({
              year: t.getUTCFullYear(),
              month: t.getUTCMonth() + 1,
              day: t.getUTCDate(),
            });
          }
        }
      }
    }
  });

  it('pads years, months and days', () => {
    expect(formatDay({ year: 2023, month: 5, day: 9 })).toBe('2023-05-09');
    expect(formatDay({ year: 999, month: 12, day: 31 })).toBe('0999-12-31');
    expect(formatMonth(2023, 11)).toBe('2023-11');
  });
});
