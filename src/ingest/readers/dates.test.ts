import { describe, expect, it } from 'vitest';
import { dayFromLine, toIsoDay } from './dates.js';

describe('toIsoDay', () => {
  it.each([
    ['2024-03-12', '2024-03-12'],
    ['2024-03-12T23:30:00+03:00', '2024-03-12'], // the day as written, not shifted to UTC
    ['2024-03-12 08:00', '2024-03-12'],
    ['Thu, 02 May 2024 01:20:00 +0800', '2024-05-02'],
    ['2 May 2024 10:00 GMT', '2024-05-02'],
    ['Mon, 5 August 2024 20:00:00 +0300', '2024-08-05'],
    [1_700_000_000, '2023-11-14'],
    ['2023-02-30', undefined],
    ['31 Foo 2023', undefined],
    ['yesterday', undefined],
    [undefined, undefined],
    [{}, undefined],
  ])('%s → %s', (input, expected) => {
    expect(toIsoDay(input)).toBe(expected);
  });
});

describe('dayFromLine', () => {
  it.each([
    ['2023-05-14', '2023-05-14'],
    ['Date: 14.05.2023', '2023-05-14'],
    ['14 May 2023', '2023-05-14'],
    ['May 14, 2023', '2023-05-14'],
    ['Published: 2023-05-14T10:00:00Z', '2023-05-14'],
    ['14 мая 2023 г.', '2023-05-14'],
    ['Опубликовано: 3 июня 2023 года', '2023-06-03'],
    ['31.02.2023', undefined],
    ['On 14 May 2023 police detained two men.', undefined],
    ['14 Foo 2023', undefined],
    [`${' '.repeat(100)}2023-05-14`, '2023-05-14'],
    ['x'.repeat(1_000_000), undefined],
  ])('%j → %s', (line, expected) => expect(dayFromLine(line)).toBe(expected));

  it('a unix time out of range is no date, not an exception', () => {
    expect(toIsoDay(1e17)).toBeUndefined();
  });
});
