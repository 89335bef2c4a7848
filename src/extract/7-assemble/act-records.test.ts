import { describe, expect, it } from 'vitest';
import type { DateMention } from '../types.js';
import type { Group } from './attach.js';
import { recordsPerDay, recordsPerPlace, togetherDays, type ActRecord } from './act-records.js';
import type { Loc } from './loc.js';

function day(text: string, words: string, date: string): DateMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, date, date_end: null, precision: 'day', relative: false };
}
const group: Group = { type: 'arson', triggers: [], clause: 0, start: 0, end: 5, weight: 0.9 };
const oneClause = () => 0;

describe('togetherDays', () => {
  it('days told together are each an act', () => {
    const text = 'Fires were set on 12 May and again on 19 May.';
    const days = [day(text, '12 May', '2024-05-12'), day(text, '19 May', '2024-05-19')];
    expect(togetherDays(text, group, days, oneClause)).toEqual(days);
  });

  it('a day of some other act in between is not joined', () => {
    const text = 'Fires were set on 12 May, a week after the vote of 19 May.';
    const days = [day(text, '12 May', '2024-05-12'), day(text, '19 May', '2024-05-19')];
    expect(togetherDays(text, group, days, oneClause)).toEqual([]);
  });

  it('a day repeated is one day', () => {
    const text = 'On 12 May and on 12 May.';
    const days = [day(text, 'On 12 May', '2024-05-12'), day(text, 'on 12 May', '2024-05-12')];
    expect(togetherDays(text, group, days, oneClause)).toEqual([days[1]]);
  });
});

describe('recordsPerDay', () => {
  const a: ActRecord = { loc: null, quantity: null, aggregate: false, date: null };
  const b: ActRecord = { ...a, quantity: 2 };
  const text = 'on 1 and 2 June';
  const d1 = day(text, '1', '2024-06-01');
  const d2 = day(text, '2 June', '2024-06-02');
  it('each record once per day, record by record', () => {
    expect(recordsPerDay([a, b], [d1, d2]).map((r) => [r.quantity, r.date?.date])).toEqual([
      [null, '2024-06-01'],
      [null, '2024-06-02'],
      [2, '2024-06-01'],
      [2, '2024-06-02'],
    ]);
  });
  it('one day leaves the records alone', () => {
    expect(recordsPerDay([a], [d1])).toEqual([a]);
  });
});

describe('recordsPerPlace', () => {
  const loc = (name: string): Loc => ({
    place: { name, kind: 'settlement', country: 'RU', admin1: null, lat: null, lon: null },
    near: false,
  });
  const base = { text: 'x', lang: 'en' as const, placed: [], quantity: 4, aggregate: false, date: null, gapped: [0] };
  it('one record per place, each with the count', () => {
    expect(recordsPerPlace({ ...base, list: [loc('Ashford')] })).toEqual([
      { loc: loc('Ashford'), quantity: 4, aggregate: false, date: null },
    ]);
  });
  it('no place: one record without one', () => {
    expect(recordsPerPlace({ ...base, list: [] })).toEqual([{ loc: null, quantity: 4, aggregate: false, date: null }]);
  });
});
