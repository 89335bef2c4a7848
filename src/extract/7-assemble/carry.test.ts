import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.js';
import type { DateMention, GeoPlace, PlaceMention, Sentence } from '../types.js';
import type { PlacedMention } from './attach.js';
import { carryAfterActs, inheritedCarry, type Carry } from './carry.js';

const sentence = (paragraph: number, field: Sentence['field'] = 'text'): Sentence => ({
  text: 'x',
  field,
  start: 0,
  end: 1,
  paragraph,
  index: 0,
});
const town = (name: string): GeoPlace => ({
  name,
  kind: 'settlement',
  country: 'RU',
  admin1: null,
  lat: null,
  lon: null,
});
const day = (date: string, over: Partial<DateMention> = {}): DateMention => ({
  start: 0,
  end: 1,
  text: date,
  date,
  date_end: null,
  precision: 'day',
  relative: false,
  ...over,
});
const carry = (paragraph: number, over: Partial<Carry> = {}): Carry => ({
  field: 'text',
  paragraphIndex: paragraph,
  places: [{ place: town('Ashford'), near: false }],
  date: day('2024-05-01'),
  actors: ['Lark Front'],
  ...over,
});
const placed = (name: string, role: PlacedMention['role']): PlacedMention => ({
  mention: { start: 0, end: 1, text: name, place: town(name), near: false, adjective: false, score: 1 } as PlaceMention,
  role,
  clause: 0,
});
const drafted = (date: string | null) => ({ date }) as Draft;

describe('inheritedCarry', () => {
  it.each([
    { name: 'same paragraph', c: carry(2), s: sentence(2), same: true, next: false },
    { name: 'next paragraph', c: carry(2), s: sentence(3), same: false, next: true },
    { name: 'two paragraphs on', c: carry(2), s: sentence(4), same: false, next: false },
    { name: 'another field', c: carry(2), s: sentence(2, 'title'), same: false, next: false },
  ])('$name', ({ c, s, same, next }) => {
    const got = inheritedCarry(c, s);
    expect([got.sameParagraph === c, got.nextParagraph === c]).toEqual([same, next]);
  });
  it('no carry, nothing inherited', () => {
    expect(inheritedCarry(null, sentence(0))).toEqual({ sameParagraph: null, nextParagraph: null });
  });
});

describe('carryAfterActs', () => {
  const base = {
    sentence: sentence(2),
    kept: [drafted('2024-05-01')],
    resolvedPlaces: [],
    ownPlaces: [],
    usedDate: null,
    sameParagraph: null,
    nextParagraph: null,
    actorNames: ['Fen Union'],
  };

  it("the sentence's own places and single day pass on", () => {
    const own = [{ place: town('Bexley'), near: false }];
    const got = carryAfterActs({ ...base, resolvedPlaces: own, usedDate: day('2024-05-03') });
    expect(got).toEqual({
      field: 'text',
      paragraphIndex: 2,
      places: own,
      date: day('2024-05-03'),
      actors: ['Fen Union'],
    });
  });

  it('a range is no day to pass on; the paragraph keeps its own', () => {
    const same = carry(2);
    const got = carryAfterActs({ ...base, sameParagraph: same, usedDate: day('2024-05', { date_end: '2024-06' }) });
    expect(got.date).toBe(same.date);
    expect(got.places).toBe(same.places);
  });

  it('locative places stand when no act was placed in the sentence', () => {
    const got = carryAfterActs({ ...base, ownPlaces: [placed('Bexley', 'bare'), placed('Crayford', 'locative')] });
    expect(got.places.map((p) => p.place.name)).toEqual(['Crayford']);
  });

  it("the next paragraph's day passes on only if an act took it", () => {
    const next = carry(1, { date: day('2024-05-09') });
    expect(carryAfterActs({ ...base, nextParagraph: next, kept: [drafted('2024-05-09')] }).date).toBe(next.date);
    expect(carryAfterActs({ ...base, nextParagraph: next }).date).toBeNull();
  });

  it('a sentence without acts passes on no place and no inherited day', () => {
    const got = carryAfterActs({ ...base, kept: [], sameParagraph: carry(2) });
    expect([got.places, got.date]).toEqual([[], null]);
  });
});
