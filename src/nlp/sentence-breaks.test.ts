import { describe, expect, it } from 'vitest';
import { simpleSentenceBreaks } from './sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const segmenterBreaks = (text: string) =>
  [...segmenter.segment(text.replace(/[\r\n]/g, ' '))].map((s) => s.index + s.segment.length);

/** A small deterministic PRNG (mulberry32), so that the random cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('simpleSentenceBreaks', () => {
  it.each([
    ['Police came. They left.', [13, 23]],
    ['Rally in the U.S. Army base at 5 p.m. on Friday. Then rain.', [18, 49, 59]],
    ['Акция прошла в г. Москва. «Мы придём», — сказал он!', [18, 26, 51]],
    ['Price 3.5 rose?! Yes: "No." Then.', [17, 28, 33]],
    ['Wait… Nothing', [13]],
  ] as const)('%j → %j, as Intl.Segmenter', (text, breaks) => {
    expect(simpleSentenceBreaks(text, 0, text.length)).toEqual(breaks);
    expect(segmenterBreaks(text)).toEqual(breaks);
  });

  it.each(['Emoji 😀. Next', 'Café. Next', 'Tab\u2028sep'])('leaves %j to Segmenter', (text) => {
    expect(simpleSentenceBreaks(text, 0, text.length)).toBeNull();
  });

  it('agrees with Intl.Segmenter on random text of the supported characters', () => {
    const next = random(7);
    const pieces = [
      'a',
      'Z',
      'ж',
      'Д',
      'ё',
      ' ',
      ' ',
      '\u00a0',
      '\n',
      '1',
      '.',
      '.',
      '!',
      '?',
      '"',
      "'",
      '(',
      ')',
      '«',
      '»',
      '“',
      '”',
      '’',
      ',',
      '-',
      ':',
      ';',
      '–',
      '—',
      '/',
      '%',
      '№',
      '…',
      'The',
      'U.S.',
      'p.m.',
      'St.',
      'г.',
      'Москва',
      '12.5',
      '...',
    ];
    const wrong: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const len = 1 + Math.floor(next() * 14);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(next() * pieces.length)];
      const mine = simpleSentenceBreaks(text, 0, text.length);
      if (mine && mine.join() !== segmenterBreaks(text).join()) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });
});
