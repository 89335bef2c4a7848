import { describe, expect, it } from 'vitest';
import { quietDocument } from './test-support.js';
import type { GeoPlace, PlaceMention, QuantityMention, TriggerMention } from '../types.js';
import type { Group, PlacedMention } from './attach.js';
import type { Carry } from './carry.js';
import { locate, tallyOverPlaces, type Located } from './locate.js';

const town = (name: string, kind: GeoPlace['kind'] = 'settlement', country = 'RU'): GeoPlace => ({
  name,
  kind,
  country,
  admin1: null,
  lat: null,
  lon: null,
});
/** A place mention at the position of `name` in `text`. */
function at(
  text: string,
  name: string,
  role: PlacedMention['role'],
  over: { place?: GeoPlace; near?: boolean; clause?: number } = {},
): PlacedMention {
  const start = text.indexOf(name);
  const mention = {
    start,
    end: start + name.length,
    text: name,
    place: over.place ?? town(name),
    near: over.near ?? false,
    adjective: false,
    score: 1,
  } as PlaceMention;
  return { mention, role, clause: over.clause ?? 0 };
}
function groupAt(text: string, word: string, type: TriggerMention['type'] = 'arson'): Group {
  const start = text.indexOf(word);
  const t = { start, end: start + word.length, text: word, type, targets: [] } as unknown as TriggerMention;
  return { type, triggers: [t], clause: 0, start, end: t.end, weight: 0.9 };
}
const ctx = quietDocument();
const names = (l: Located) => [l.source, ...l.list.map((p) => p.place.name)];

describe('locate', () => {
  it("the act's own clause places it", () => {
    const text = 'In Ashford a depot was set alight.';
    const p = at(text, 'Ashford', 'locative');
    expect(names(locate('arson', groupAt(text, 'set alight'), [p], [p], [], null, ctx, text))).toEqual([
      'sentence',
      'Ashford',
    ]);
  });

  it('an appeal is placed before it, not at its addressees', () => {
    const text = 'In Ashford the group urged people in Bexley to rise.';
    const a = at(text, 'Ashford', 'locative');
    const b = at(text, 'Bexley', 'locative');
    expect(
      names(locate('statement', groupAt(text, 'urged', 'statement'), [a, b], [a, b], ['x'], null, ctx, text)),
    ).toEqual(['sentence', 'Ashford']);
  });

  it('a place "near" a town right after it only locates the town', () => {
    const text = 'A blast hit Ashford near Bexley.';
    const a = at(text, 'Ashford', 'locative');
    const b = at(text, 'Bexley', 'locative', { near: true });
    expect(names(locate('explosion', groupAt(text, 'blast'), [a, b], [a, b], [], null, ctx, text))).toEqual([
      'sentence',
      'Ashford',
    ]);
  });

  it("another clause's locative place comes next", () => {
    const text = 'In Ashford, police came; a depot burnt.';
    const a = at(text, 'Ashford', 'locative', { clause: 1 });
    expect(names(locate('arson', groupAt(text, 'burnt'), [], [a], [], null, ctx, text))).toEqual([
      'sentence',
      'Ashford',
    ]);
  });

  it('of weak mentions, where people come from wins', () => {
    const text = 'Two men from Ashford burnt a Bexley depot.';
    const a = at(text, 'Ashford', 'origin');
    const b = at(text, 'Bexley', 'weak');
    expect(names(locate('arson', groupAt(text, 'burnt'), [a, b], [], [], null, ctx, text))).toEqual([
      'weak',
      'Ashford',
    ]);
  });

  it('nationalities in a list name peoples, not places', () => {
    const text = 'Ashford, Bexley and Crayford men were seen.';
    const list = ['Ashford', 'Bexley', 'Crayford'].map((n) => at(text, n, 'weak'));
    expect(names(locate('arson', groupAt(text, 'seen'), list, [], [], null, ctx, text))).toEqual(['none']);
  });

  it("then the paragraph's place, the section, and the document", () => {
    const text = 'A depot burnt.';
    const g = groupAt(text, 'burnt');
    const carry: Carry = {
      field: 'text',
      paragraphIndex: 0,
      places: [{ place: town('Ashford'), near: false }],
      date: null,
      actors: [],
    };
    expect(names(locate('arson', g, [], [], [], carry, ctx, text))).toEqual(['context', 'Ashford']);
    expect(names(locate('arson', g, [], [], [], null, { ...ctx, section: town('Bexley') }, text))).toEqual([
      'context',
      'Bexley',
    ]);
    expect(names(locate('arson', g, [], [], [], null, { ...ctx, dateline: town('Crayford') }, text))).toEqual([
      'document',
      'Crayford',
    ]);
  });

  it('a policy with no place of its own is taken at the seat of the country it names', () => {
    const text = 'Russian authorities banned the rallies.';
    const p = at(text, 'Russian', 'weak', { place: town('Russia', 'country', 'RU') });
    const got = locate('policy', groupAt(text, 'banned', 'policy'), [p], [], [], null, ctx, text);
    expect(got.source).toBe('seat');
    expect(got.list[0]?.place.country).toBe('RU');
  });
});

describe('tallyOverPlaces', () => {
  const located: Located = { list: [{ place: town('Ashford'), near: false }], source: 'sentence' };
  const count = (text: string, words: string, value: number, unit: string): QuantityMention => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, value, unit, lowerBound: false };
  };
  const t = { clause: 0 } as TriggerMention;
  it('a tally over towns the text does not all name is coded for their country', () => {
    const text = 'Rallies in Ashford and 10 other cities.';
    const got = tallyOverPlaces(located, t, text, 'en', [count(text, '10 other cities', 10, 'cities')], [], () => 0);
    expect(got.map((p) => [p.place.kind, p.place.country])).toEqual([['country', 'RU']]);
  });
  it('a count of people leaves the places alone', () => {
    const text = 'In Ashford 10 people rallied.';
    expect(tallyOverPlaces(located, t, text, 'en', [count(text, '10 people', 10, 'people')], [], () => 0)).toBe(
      located.list,
    );
  });
});
