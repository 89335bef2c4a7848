import { describe, expect, it } from 'vitest';
import { LANG_FILES, dateLexicon } from '../dates/lexicon.js';
import { findPatternDates } from '../dates/patterns.js';
import { UNICODE_ONLY_FOLDS } from './caseless.js';
import { bmpLetterClass, bmpLetterOrNumberClass, needsUnicodeMatching, unicodeFreeSource } from './unicode-free.js';

describe('unicodeFreeSource', () => {
  it.each([
    ['[\\p{L}\\p{N}]', /^[\p{L}\p{N}]$/iu, () => bmpLetterOrNumberClass()],
    ['[\\p{L}]', /^[\p{L}]$/iu, () => bmpLetterClass()],
  ] as const)(
    'spells out %s so that, without the u flag, it matches the same BMP characters',
    (_name, exact, spelled) => {
      const fast = new RegExp(`^[${spelled()}]$`, 'i');
      const wrong: string[] = [];
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (UNICODE_ONLY_FOLDS.test(ch)) continue;
        if (exact.test(ch) !== fast.test(ch)) wrong.push(`U+${c.toString(16)}`);
      }
      expect(wrong).toEqual([]);
    },
  );

  it.each([
    ['(?![\\p{L}\\p{N}])', true],
    ['[\\p{L}\\p{N}%]', true],
    ['(?![\\p{L}])', true],
    ['\\p{Lu}', false],
    ['\\u{1F600}', false],
  ] as const)('%s → fast form %s', (source, convertible) => {
    expect(unicodeFreeSource(source) !== null).toBe(convertible);
  });

  it.each([
    ['Акция 25 сентября', false],
    ['On 5 May 😀', true],
    ['On 5 ſeptember', true],
  ] as const)('%j needs Unicode matching: %s', (text, expected) => {
    expect(needsUnicodeMatching(text)).toBe(expected);
  });

  // The same dates whichever regex reads them: text with an emoji takes the 'u' regexes.
  it.each(LANG_FILES)('%s: fast and exact regexes find the same dates', (lang) => {
    const lex = dateLexicon(lang);
    const samples = {
      en: [
        'Police came on 5 May 2022 and again on Monday',
        'between 21 and 25 September, since 2014',
        'in mid-March 2023 and in 2021x',
      ],
      ru: [
        'Акция прошла 25 сентября 2022 года, а в ночь с 23 на 24 июня снова',
        'с 28 февраля по 3 марта, в 2014–2022 годах',
        'в начале сентября и в 2022 раза',
      ],
      uk: ['Акція відбулася 24 червня 2022 року', 'з 1 по 3 березня', 'восени 2021 року'],
    }[lang];
    for (const text of samples) {
      const plain = findPatternDates(text, lex).map((d) => [d.start, d.end, d.kind]);
      const viaUnicode = findPatternDates(`${text} 😀`, lex).map((d) => [d.start, d.end, d.kind]);
      expect(plain.length).toBeGreaterThan(0);
      expect(plain).toEqual(viaUnicode);
    }
  });
});
