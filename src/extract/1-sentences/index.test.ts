import { describe, expect, it } from 'vitest';
import { splitSentences } from './index.js';

describe('splitSentences', () => {
  it('puts the title first, then the body, with running indices and exact offsets', () => {
    const doc = {
      title: 'Rally in Omsk: 14 detained. Court next',
      text: 'Police broke up a rally in Omsk. Fourteen people were held.\nCaption: the square',
    };
    const out = splitSentences(doc);
    expect(out.map((s) => [s.field, s.text, s.index, s.paragraph])).toEqual([
      ['title', 'Rally in Omsk: 14 detained.', 0, 0],
      ['title', 'Court next', 1, 0],
      ['text', 'Police broke up a rally in Omsk.', 2, 0],
      ['text', 'Fourteen people were held.', 3, 0],
      ['text', 'Caption: the square', 4, 1],
    ]);
    for (const s of out) {
      const field = s.field === 'title' ? doc.title : doc.text;
      expect(field.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it.each([
    [{ text: '' }, 0],
    [{ title: null, text: 'One.' }, 1],
    [{ title: '   ', text: 'One. Two.' }, 2],
  ])('handles missing or empty fields: %j', (doc, n) => {
    expect(splitSentences(doc)).toHaveLength(n);
  });
});
