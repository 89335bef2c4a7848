import { describe, expect, it } from 'vitest';
import { quietDocument, triggerAt } from './test-support.js';
import type { DateMention, GeoPlace, PlaceMention, Sentence, TriggerMention } from '../types.js';
import { assembleSentence, type Carry } from './index.js';

// A made-up town: the steps read the text and these hand-built mentions, not the gazetteer.
const ashford: GeoPlace = { name: 'Ashford', kind: 'settlement', country: 'RU', admin1: null, lat: 1, lon: 2 };
const ctx = quietDocument();
const sentence = (text: string): Sentence => ({
  text,
  field: 'text',
  start: 0,
  end: text.length,
  paragraph: 0,
  index: 0,
});
function span(text: string, words: string) {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
}
const trigger = (text: string, words: string, type: TriggerMention['type']) => triggerAt(text, words, type);
const place = (text: string, words: string): PlaceMention => ({
  ...span(text, words),
  place: ashford,
  near: false,
  adjective: false,
  score: 1,
});
const day = (text: string, words: string, date: string): DateMention => ({
  ...span(text, words),
  date,
  date_end: null,
  precision: 'day',
  relative: false,
});

describe('assembleSentence', () => {
  const text = 'A depot was set alight in Ashford on 12 May and again on 19 May.';
  const parts = {
    sentence: sentence(text),
    lang: 'en' as const,
    triggers: [trigger(text, 'set alight', 'arson')],
    places: [place(text, 'Ashford')],
    dates: [day(text, '12 May', '2024-05-12'), day(text, '19 May', '2024-05-19')],
    actors: [],
    quantities: [],
  };

  it("codes one record per day told together, at the sentence's place, and carries the place on", () => {
    const { drafts, carry } = assembleSentence(parts, ctx, null);
    expect(drafts.map((d) => [d.type, d.place?.name, d.placeSource, d.date, d.dateOwn])).toEqual([
      ['arson', 'Ashford', 'sentence', '2024-05-12', true],
      ['arson', 'Ashford', 'sentence', '2024-05-19', true],
    ]);
    expect(carry.places.map((p) => p.place.name)).toEqual(['Ashford']);
    // the act's own day (the clause's first) stays in force for the next sentences
    expect(carry.date?.date).toBe('2024-05-12');
  });

  it('an undated, unplaced act takes the day and place its paragraph carries', () => {
    const t2 = 'Another depot was set alight.';
    const before: Carry = {
      field: 'text',
      paragraphIndex: 0,
      places: [{ place: ashford, near: false }],
      date: day(text, '12 May', '2024-05-12'),
      actors: [],
    };
    const { drafts } = assembleSentence(
      { ...parts, sentence: sentence(t2), triggers: [trigger(t2, 'set alight', 'arson')], places: [], dates: [] },
      ctx,
      before,
    );
    expect(drafts.map((d) => [d.place?.name, d.placeSource, d.date, d.dateOwn])).toEqual([
      ['Ashford', 'context', '2024-05-12', false],
    ]);
  });

  it('an irrealis act codes nothing and passes no place on', () => {
    const t3 = 'A depot may be set alight in Ashford.';
    const planned = { ...trigger(t3, 'set alight', 'arson'), irrealis: true };
    const { drafts, carry } = assembleSentence(
      { ...parts, sentence: sentence(t3), triggers: [planned], places: [place(t3, 'Ashford')], dates: [] },
      ctx,
      null,
    );
    expect([drafts, carry.places]).toEqual([[], []]);
  });
});
