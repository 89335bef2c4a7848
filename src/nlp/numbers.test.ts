import { describe, expect, it } from 'vitest';
import type { Lang } from '../model/document.js';
import { numberTokens, parseDigits, parseNumberWords } from './numbers.js';
import { numberLexicon } from './numbers-data.js';

describe('parseNumberWords', () => {
  it.each<[string, Lang, number | null]>([
    ['nineteen', 'en', 19],
    ['twenty-three', 'en', 23],
    ['a hundred', 'en', 100],
    ['one hundred and five', 'en', 105],
    ['two thousand five hundred', 'en', 2500],
    ['five hundred thousand', 'en', 500_000],
    ['a dozen', 'en', 12],
    ['two dozen', 'en', 24],
    ['1.5 million', 'en', 1_500_000],
    ['15,000', 'en', 15_000],
    ['15k', 'en', 15_000],
    ['двенадцать', 'ru', 12],
    ['двенадцати', 'ru', 12],
    ['сто', 'ru', 100],
    ['тысяча', 'ru', 1000],
    ['двумястами', 'ru', 200],
    ['трёхсот', 'ru', 300],
    ['две тысячи пятьсот', 'ru', 2500],
    ['сорока двух', 'ru', 42],
    ['полторы тысячи', 'ru', 1500],
    ['двое', 'ru', 2],
    ['пятерых', 'ru', 5],
    ['15 000', 'ru', 15_000],
    ['2,5 тыс.', 'ru', 2500],
    ['3 млн', 'ru', 3_000_000],
    ['hello', 'en', null],
    ['twenty people', 'en', null],
    ['', 'en', null],
  ])('%s (%s) → %s', (text, lang, value) => {
    expect(parseNumberWords(text, lang)).toBe(value);
  });
});

describe('parseDigits', () => {
  it.each<[string, number]>([
    ['15,000', 15_000],
    ['1,234,567', 1_234_567],
    ['2,5', 2.5],
    ['1.5', 1.5],
    ['15 000', 15_000],
    ['15\u00A0000', 15_000],
  ])('%s → %s', (raw, value) => {
    expect(parseDigits(raw)).toBe(value);
  });
});

describe('numberTokens', () => {
  it('keeps digit groups whole and separates glued suffixes', () => {
    const toks = numberTokens('A 19-year-old, 15 000 people, the 8th and 2022-09-25.');
    const nums = toks.filter((t) => t.kind === 'num').map((t) => [t.value, t.suffix ?? null]);
    expect(nums).toEqual([
      [19, '-year-old'],
      [15_000, null],
      [8, 'th'],
      [2022, null],
      [9, null],
      [25, null],
    ]);
  });

  // Lower-case forms are each spelling's own (memoised per spelling): "İ" grows when lower-cased,
  // and "Σ" is lower-cased by its place in the word, not in the sentence.
  it.each([
    ['Ещё 5ТЫС. человек, ВСЕГО 12', ['еще', '5тыс', '.', 'человек', ',', 'всего', '12'], 'тыс'],
    ['İzmir: 20K protesters', ['i̇zmir', ':', '20k', 'protesters'], 'k'],
    ['ΟΔΟΣ 3Σ units', ['οδος', '3σ', 'units'], 'σ'],
    ['Ёлки 2Ё', ['елки', '2е'], 'е'],
  ] as const)('%j → lower forms %j', (text, lower, suffix) => {
    const toks = numberTokens(text);
    expect(toks.map((t) => t.lower)).toEqual(lower);
    expect(toks.find((t) => t.kind === 'num')?.suffix).toBe(suffix);
  });
});

// The anyWord pre-check scans words for the plain letters of English and Russian and leaves other
// text to its regex (/(?<!\p{L})(?:words)(?!\p{L})/iu); both must answer alike.
describe('numberLexicon().anyWord', () => {
  it.each<[Lang, string, boolean]>([
    ['en', 'Twenty people came', true],
    ['en', 'THOUSANDS marched', true],
    ['en', 'thousandsx', false],
    ['en', 'Someone came', false],
    ['en', 'no-one came', true],
    ['en', "l'one", true],
    ['en', 'café dozen', true],
    ['en', 'dozen😀', true],
    // the regex folds ſ to s, and é is no e
    ['en', 'ſeven came', true],
    ['en', 'Se\u0301ven', false],
    ['ru', 'Двенадцать человек', true],
    ['ru', 'ТРЕХ человек', true],
    // ё is no е to the regex; ᲀ folds to в
    ['ru', 'трёх человек', false],
    ['ru', 'ᲀосемь', true],
    ['ru', 'Сотниҁ', false],
  ])('%s %j → %s', (lang, text, expected) => {
    expect(numberLexicon(lang).anyWord.test(text)).toBe(expected);
  });
});
