import { describe, expect, it } from 'vitest';
import { eventDayRange, partialDateRange, rangesOverlap } from './date-range.js';

const day = (s: string): number => Date.parse(`${s}T00:00:00Z`) / 86_400_000;

describe('partialDateRange', () => {
  it.each([
    ['2022-09-25', '2022-09-25', '2022-09-25'],
    ['2022-09', '2022-09-01', '2022-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2022', '2022-01-01', '2022-12-31'],
  ])('%s spans %s..%s', (input, start, end) => {
    expect(partialDateRange(input)).toEqual({ start: day(start), end: day(end) });
  });

  it.each([null, undefined, '', '2022-13', '2023-02-30', '25.09.2022', '2022-9-1'])('%s is no range', (input) => {
    expect(partialDateRange(input)).toBeNull();
  });
});

describe('eventDayRange', () => {
  it.each([
    ['2022-09-21', '2022-09-25', '2022-09-21', '2022-09-25'],
    ['2022-02-24', '2022-03', '2022-02-24', '2022-03-31'],
    ['2022-09-21', null, '2022-09-21', '2022-09-21'],
    // an end before the start is ignored rather than producing an empty range
    ['2022-09-21', '2022-09-01', '2022-09-21', '2022-09-21'],
  ])('%s..%s spans %s..%s', (date, end, s, e) => {
    expect(eventDayRange(date, end)).toEqual({ start: day(s), end: day(e) });
  });
});

describe('rangesOverlap', () => {
  const r = (a: string, b = a) => ({ start: day(a), end: day(b) });
  it.each([
    [r('2022-09-25'), r('2022-09-25'), true],
    [r('2022-09-25'), r('2022-09-26'), true],
    [r('2022-09-25'), r('2022-09-27'), false],
    [r('2022-09-21', '2022-09-25'), r('2022-09-26'), true],
    [r('2022-09-21', '2022-09-25'), r('2022-09-20'), true],
    [r('2022-09-21', '2022-09-25'), r('2022-09-19'), false],
  ])('%o vs %o → %s', (a, b, expected) => {
    expect(rangesOverlap(a, b)).toBe(expected);
    expect(rangesOverlap(b, a)).toBe(expected);
  });
  it('zero slack needs a real overlap', () => {
    expect(rangesOverlap(r('2022-09-25'), r('2022-09-26'), 0)).toBe(false);
  });
});
