import { describe, expect, it } from 'vitest';
import { lookupPlaces } from './lookup.js';
import { lexWords, tokenize, TokenList, WordBounds } from './normalize.js';
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
    const all = scanNames(new TokenList(text, words));
    if (all.length > 0) {
      expect(from).toBeGreaterThanOrEqual(0);
      expect(scanNames(new TokenList(text, words), from)).toEqual(all);
    }
  });
});

describe('lexWords', () => {
  it('gives tokenize’s words, reusing and growing its buffers', () => {
    const words = new WordBounds();
    for (const text of ['', 'a', 'x '.repeat(5_000) + 'end', "a'b1'c2 Ẫn×'s", ...SENTENCES]) {
      lexWords(text, words);
      const list = new TokenList(text, words);
      const seen = Array.from({ length: list.length }, (_, k) => {
        const t = list.at(k);
        return [list.start(k), list.end(k), list.cap(k), list.cyrillic(k), t.start, t.end, t.raw, t.cap, t.cyrillic];
      });
      expect(seen).toEqual(
        tokenize(text).map((t) => [t.start, t.end, t.cap, t.cyrillic, t.start, t.end, t.raw, t.cap, t.cyrillic]),
      );
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
