import { describe, expect, it } from 'vitest';
import type { DateMention, GeoPlace } from '../types.js';
import type { Group } from './attach.js';
import { dateAct, datesByRole } from './act-date.js';
import type { Carry } from './carry.js';
import type { Located } from './locate.js';

const day = (date: string, start: number, precision: DateMention['precision'] = 'day'): DateMention => ({
  start,
  end: start + 5,
  text: date,
  date,
  date_end: null,
  precision,
  relative: false,
});
const group: Group = { type: 'arson', triggers: [], clause: 0, start: 10, end: 15, weight: 0.9 };
const town: GeoPlace = { name: 'Ashford', kind: 'settlement', country: 'RU', admin1: null, lat: null, lon: null };
const inTown: Located = { list: [{ place: town, near: false }], source: 'sentence' };
const carry = (date: DateMention): Carry => ({ field: 'text', paragraphIndex: 0, places: [], date, actors: [] });
const base = {
  g: group,
  dates: { act: [] as DateMention[], report: [] as DateMention[] },
  clauseOf: () => 0,
  sameParagraph: null,
  nextParagraph: null,
  located: inTown,
  ctx: { paragraphFrame: null },
};

describe('datesByRole', () => {
  const a = day('2024-05-01', 0);
  const b = day('2024-05-02', 10);
  const c = day('2020-01-01', 20);
  it('splits acts from reports and drops asides', () => {
    expect(datesByRole([a, b, c], ['event', 'report', 'aside'])).toEqual({ act: [a], report: [b] });
  });
  it('without roles every date is an act date', () => {
    expect(datesByRole([a, b], undefined)).toEqual({ act: [a, b], report: [] });
  });
});

describe('dateAct', () => {
  const own = day('2024-05-01', 20);
  const before = day('2024-04-30', 0);
  const frame = day('2024-04', 0, 'month');
  it.each([
    { name: "the clause's own day", over: { dates: { act: [own], report: [] } }, want: [own, true, false] },
    { name: "the paragraph's day", over: { sameParagraph: carry(before) }, want: [before, false, false] },
    {
      name: "the next paragraph's day for a named town",
      over: { nextParagraph: carry(before) },
      want: [before, false, false],
    },
    {
      name: "not the next paragraph's day for a seat",
      over: { nextParagraph: carry(before), located: { ...inTown, source: 'seat' as const } },
      want: [null, false, false],
    },
    { name: "the paragraph's frame", over: { ctx: { paragraphFrame: frame } }, want: [frame, false, false] },
    { name: 'the report day, last', over: { dates: { act: [], report: [own] } }, want: [own, true, true] },
    { name: 'nothing', over: {}, want: [null, false, false] },
  ])('$name', ({ over, want }) => {
    const got = dateAct({ ...base, ...over });
    expect([got.date, got.own, got.reported]).toEqual(want);
  });
});
