// Page furniture: fixtures in our own words.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../1-sentences/index.js';
import { contentSentences } from './boilerplate.js';
import { lexicon } from '../lexicon/index.js';
import type { Lang } from '../types.js';

const kept = (text: string, lang: Lang) =>
  contentSentences(splitSentences({ title: null, text }), lexicon(lang)).map((s) => s.text);

describe("a 'read also' line inside the text is another article's headline: only that line goes", () => {
  const rows: [Lang, string, string[]][] = [
    [
      'ru',
      'В Курске подожгли машину полиции.\n\nЧИТАЙТЕ ТАКЖЕ: В Брянской области прогремели взрывы\n\nПоджигателя задержали утром.',
      ['В Курске подожгли машину полиции.', 'Поджигателя задержали утром.'],
    ],
    [
      'en',
      'A police car was set on fire in Kursk.\n\nRead also: Blasts heard in the Bryansk region\n\nThe arsonist was detained in the morning.',
      ['A police car was set on fire in Kursk.', 'The arsonist was detained in the morning.'],
    ],
  ];
  it.each(rows)('%s', (lang, text, want) => {
    expect(kept(text, lang)).toEqual(want);
  });
  it('a tags line still ends the report', () => {
    expect(kept('Пикет прошёл в Омске.\n\nТеги: пикеты, Омск\n\nВ Томске задержали активиста', 'ru')).toEqual([
      'Пикет прошёл в Омске.',
    ]);
  });
  it('a short marker line still ends the report (what follows is a list of links)', () => {
    expect(kept('Пикет прошёл в Омске.\n\nЧитайте также\n\nВ Томске задержали активиста', 'ru')).toEqual([
      'Пикет прошёл в Омске.',
    ]);
  });
});
