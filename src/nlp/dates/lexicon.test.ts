import { describe, expect, it } from 'vitest';
import { LANG_FILES, dateLexicon, monthNumber } from './lexicon.js';

describe('dateLexicon', () => {
  it.each(LANG_FILES)('%s: every month and weekday form maps back to its number', (lang) => {
    const lex = dateLexicon(lang);
    lex.words.months.forEach((forms, i) => {
      for (const f of forms) expect(monthNumber(lex, f)).toBe(i + 1);
    });
    lex.words.weekdays.forEach((forms, i) => {
      for (const f of forms) expect(lex.weekdayOf.get(f.toLowerCase())).toBe(i);
    });
  });

  it.each([
    ['en', 'On 5 May police came', true],
    ['en', 'Police came and left', false],
    ['en', 'They left 3 days ago', true],
    ['ru', 'Акция прошла 25 сентября', true],
    ['ru', 'Акция прошла в центре', false],
    ['ru', 'Задержан 24.06.2022', true],
    ['uk', 'Акція відбулася 24 червня', true],
    ['uk', 'Акція відбулася вчора', true],
  ] as const)('%s prefilter %j → %s', (lang, text, expected) => {
    expect(dateLexicon(lang).prefilter.test(text)).toBe(expected);
  });

  it('accepts "Sept." with its stop as an English month', () => {
    expect(monthNumber(dateLexicon('en'), 'Sept.')).toBe(9);
  });
});
