import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/data-path.js';
import { LANG_FILES } from '../dates/lexicon.js';
import { UNICODE_ONLY_FOLDS, caselessTest } from './caseless.js';

/** Every letter the date and number word lists and date patterns use, lower and upper case. */
function lexiconLetters(): string[] {
  const letters = new Set<string>();
  for (const ch of 'abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ')
    letters.add(ch).add(ch.toUpperCase());
  for (const file of [...LANG_FILES.map((lang) => `dates-${lang}.json`), 'numbers-en.json', 'numbers-ru.json']) {
    for (const ch of readFileSync(dataPath(file), 'utf8')) {
      if (/\p{L}/u.test(ch)) letters.add(ch.toLowerCase()).add(ch.toUpperCase());
    }
  }
  return [...letters].filter((l) => l.length === 1);
}

describe('caselessTest', () => {
  it.each([
    ['september', 'On 5 SEPTEMBER', false, true],
    ['september', 'On 5 ſeptember', true, true],
    ['сентября', 'Акция 25 СЕНТЯБРЯ', false, true],
    ['вчера', 'Акция прошла в центре', false, false],
  ] as const)('/%s/ on %j (unicode folds %s) → %s', (source, text, folds, expected) => {
    expect(UNICODE_ONLY_FOLDS.test(text)).toBe(folds);
    expect(caselessTest(source).test(text, folds)).toBe(expected);
    expect(new RegExp(source, 'iu').test(text)).toBe(expected);
  });

  it('lists every character that only Unicode case folding matches to a letter of our word lists', () => {
    const missed: string[] = [];
    const letters = lexiconLetters().join('');
    const iu = new RegExp(`^[${letters}]$`, 'iu');
    const i = new RegExp(`^[${letters}]$`, 'i');
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      if (iu.test(ch) && !i.test(ch) && !UNICODE_ONLY_FOLDS.test(ch)) missed.push(`${ch} (U+${c.toString(16)})`);
    }
    expect(missed).toEqual([]);
  });
});
