import { describe, expect, it } from 'vitest';
import { compatible, datesAgree, placesAgree } from './agreement.js';
import { gold, pred } from './test-events.js';

describe('datesAgree', () => {
  it.each([
    ['same day', '2022-09-25', null, '2022-09-25', null, true],
    ['one day of slack', '2022-09-26', null, '2022-09-25', null, true],
    ['two days apart', '2022-09-27', null, '2022-09-25', null, false],
    ['month covers the gold day', '2022-09', null, '2022-09-25', null, true],
    ['gold month covers the day', '2022-09-03', null, '2022-09', null, true],
    ['year covers the day', '2022', null, '2022-09-25', null, true],
    ['other year', '2021', null, '2022-09-25', null, false],
    ['range reaches the gold day', '2022-09-21', '2022-09-24', '2022-09-25', null, true],
    ['gold undated accepts a date', '2022-09-25', null, null, null, true],
    ['gold undated accepts no date', null, null, null, null, true],
    ['undated prediction misses a dated gold', null, null, '2022-09-25', null, false],
  ])('%s', (_label, pd, pe, gd, ge, expected) => {
    expect(datesAgree(pred({ date: pd, date_end: pe }), gold({ date: gd, date_end: ge }))).toBe(expected);
  });
});

describe('placesAgree', () => {
  it.each([
    ['same admin1', { admin1: 'RU-DA', country: 'RU' }, { admin1: 'RU-DA', country: 'RU' }, true],
    ['other admin1, same country', { admin1: 'RU-CE', country: 'RU' }, { admin1: 'RU-DA', country: 'RU' }, false],
    ['gold country only', { admin1: 'RU-CE', country: 'RU' }, { admin1: null, country: 'RU' }, true],
    ['gold country only, other country', { admin1: 'BY-HM', country: 'BY' }, { admin1: null, country: 'RU' }, false],
    ['gold without place', { admin1: 'BY-HM', country: 'BY' }, { admin1: null, country: null }, true],
    ['gold admin1 but prediction has none', { admin1: null, country: 'RU' }, { admin1: 'RU-DA', country: 'RU' }, false],
  ])('%s', (_label, p, g, expected) => {
    expect(placesAgree(pred(p), gold(g))).toBe(expected);
  });
});

describe('compatible', () => {
  const g = gold({ type: 'arson', date: '2022-09-25', country: 'RU', admin1: 'RU-MOS' });
  it.each([
    ['everything agrees', pred({ type: 'arson', date: '2022-09-25', country: 'RU', admin1: 'RU-MOS' }), true],
    ['type differs', pred({ type: 'sabotage', date: '2022-09-25', country: 'RU', admin1: 'RU-MOS' }), false],
    ['place differs', pred({ type: 'arson', date: '2022-09-25', country: 'RU', admin1: 'RU-MOW' }), false],
    ['date differs', pred({ type: 'arson', date: '2022-10-25', country: 'RU', admin1: 'RU-MOS' }), false],
  ])('%s', (_label, p, expected) => {
    expect(compatible(p, g)).toBe(expected);
  });
});
