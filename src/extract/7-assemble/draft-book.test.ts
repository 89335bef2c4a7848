import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.js';
import type { GeoPlace, Sentence } from '../types.js';
import { addDraft, draftKey, policyOverStatements, type DraftBook } from './draft-book.js';

const sentence: Sentence = { text: 'x', field: 'text', start: 0, end: 1, paragraph: 0, index: 0 };
const town: GeoPlace = { name: 'Ashford', kind: 'settlement', country: 'RU', admin1: 'RU-XX', lat: 1, lon: 2 };

function draft(over: Partial<Draft> = {}): Draft {
  return {
    type: 'arson',
    sentence,
    at: 0,
    place: town,
    near: false,
    placeSource: 'sentence',
    date: '2024-05-01',
    dateEnd: null,
    dateOwn: true,
    actors: [],
    targets: [],
    quantity: null,
    quantityUnit: null,
    fatalities: null,
    aggregate: false,
    weight: 0.5,
    ...over,
  };
}

describe('draftKey', () => {
  it.each([
    { over: {}, key: 'arson|settlement:RU-XX:RU:Ashford|2024-05-01' },
    { over: { place: null, date: null }, key: 'arson||' },
  ])('$key', ({ over, key }) => {
    expect(draftKey(draft(over))).toBe(key);
  });
});

describe('addDraft', () => {
  it('keeps drafts of different days apart', () => {
    const book: DraftBook = { drafts: [], keys: [] };
    addDraft(book, draft(), null);
    addDraft(book, draft({ date: '2024-05-02' }), null);
    expect(book.drafts.map((d) => d.date)).toEqual(['2024-05-01', '2024-05-02']);
  });

  it('joins a second record of the same act: higher weight, all targets, first count with its own unit', () => {
    const book: DraftBook = { drafts: [], keys: [] };
    addDraft(book, draft({ targets: ['railway'] }), null);
    addDraft(book, draft({ weight: 0.9, targets: ['railway', 'depot'], quantity: 3, quantityUnit: 'people' }), null);
    addDraft(book, draft({ quantity: 7, quantityUnit: 'people' }), 'people');
    expect(book.drafts).toHaveLength(1);
    expect(book.drafts[0]).toMatchObject({
      weight: 0.9,
      targets: ['railway', 'depot'],
      quantity: 3,
      quantityUnit: null,
    });
  });
});

describe('policyOverStatements', () => {
  const policy = draft({ type: 'policy', actors: ['Quill Ministry'] });
  const sameAuthor = draft({ type: 'statement', actors: ['Quill Ministry'] });
  const other = draft({ type: 'statement', actors: ['Lark Front'] });
  it('drops the statement of a policy author, keeps the others', () => {
    expect(policyOverStatements([policy, sameAuthor, other])).toEqual([policy, other]);
  });
  it('without a policy every statement stands', () => {
    const list = [sameAuthor, other];
    expect(policyOverStatements(list)).toBe(list);
  });
});
