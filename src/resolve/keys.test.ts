import { describe, expect, it } from 'vitest';
import { daySpan, nameKey } from './keys.js';

describe('nameKey', () => {
  it.each([
    ['Saint-Petersburg', 'saint petersburg'],
    ['  Nizhny   Novgorod ', 'nizhny novgorod'],
    ['Пётр Иванов', 'петр иванов'],
    ['Zürich', 'zurich'],
    ['«Весна»', 'весна'],
  ])('%s → %s', (input, key) => expect(nameKey(input)).toBe(key));
});

describe('daySpan', () => {
  it.each([
    ['2024-03-02', null, { start: '2024-03-02', stop: '2024-03-02', precision: 'day' }],
    ['2024-02', null, { start: '2024-02-01', stop: '2024-02-29', precision: 'month' }],
    ['2023-02', null, { start: '2023-02-01', stop: '2023-02-28', precision: 'month' }],
    ['2023', null, { start: '2023-01-01', stop: '2023-12-31', precision: 'year' }],
    ['2022-02-24', '2022-03-15', { start: '2022-02-24', stop: '2022-03-15', precision: 'range' }],
    ['2022-02-24', '2022-02-24', { start: '2022-02-24', stop: '2022-02-24', precision: 'day' }],
    [null, null, { start: null, stop: null, precision: null }],
  ] as const)('%s..%s', (date, end, span) => expect(daySpan(date, end)).toEqual(span));
});
