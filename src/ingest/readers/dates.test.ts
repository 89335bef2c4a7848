import { describe, expect, it } from 'vitest';
import { toIsoDay } from './dates.js';

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
