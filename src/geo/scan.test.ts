import { describe, expect, it } from 'vitest';
import { lookupPlaces } from './lookup.js';
import { lexWords, tokenize, WordBounds } from './normalize.js';
import { firstNameStart, scanNames } from './scan.js';

// The pre-check and the lower-case shortcuts skip work only where scanNames could find nothing.
const SENTENCES = [
  'Police detained activists in Makhachkala on Sunday.',
  'nothing capitalised here at all',
  'The village of Gubden and the Leningrad region.',
  'В Махачкале задержали активистов.',
  'задержания в махачкале и в чеченской республике',
  'чеченские силовики провели обыски',
  'акция прошла в республике Коми и в ХМАО',
  'в ао и обл без имён',
  'Rostov-on-Don, Nizhny Novgorod and Ust-Ilimsk.',
  'Ханты-Мансийском автономном округе — Югре',
];

describe('firstNameStart', () => {
  it.each(SENTENCES)('never hides a name scanNames finds: %s', (text) => {
    const words = new WordBounds();
    lexWords(text, words);
    const from = firstNameStart(text, words);
    const all = scanNames(text, tokenize(text));
    if (all.length > 0) {
      expect(from).toBeGreaterThanOrEqual(0);
      expect(scanNames(text, tokenize(text), from)).toEqual(all);
    }
  });
});

describe('lexWords', () => {
  it('gives tokenize’s offsets, reusing and growing its buffers', () => {
    const words = new WordBounds();
    for (const text of ['', 'a', 'x '.repeat(5_000) + 'end', ...SENTENCES]) {
      lexWords(text, words);
      const offsets = Array.from({ length: words.count }, (_, k) => [words.start[k], words.end[k]]);
      expect(offsets).toEqual(tokenize(text).map((t) => [t.start, t.end]));
    }
  });
});

describe('lookupPlaces', () => {
  it('answers a repeated sentence (kept scan) as it answered the first time', () => {
    for (const text of SENTENCES) {
      const lang = /[а-я]/i.test(text) ? 'ru' : 'en';
      const first = lookupPlaces(text, lang);
      expect(lookupPlaces(text, lang)).toEqual(first);
      expect(lookupPlaces(` ${text}`.slice(1), lang)).toEqual(first);
    }
  });
});
