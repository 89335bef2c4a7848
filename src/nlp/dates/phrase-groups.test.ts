import { describe, expect, it } from 'vitest';
import { phraseGroups } from './phrase-groups.js';
import { FOLD, lowerUnits, unitTables } from './code-unit-tables.js';

/** Every BMP code unit but surrogates, in one string (index = code unit). */
const ALL = Array.from({ length: 0x10000 }, (_, c) =>
  c >= 0xd800 && c <= 0xdfff ? '\u0000' : String.fromCharCode(c),
).join('');

describe('phraseGroups', () => {
  // The automaton compares lower-cased code units; a non-Unicode 'i' regex equates the same
  // characters with a Latin or Cyrillic letter, but for the FOLD ones (left to the regexes).
  it('equates what a case-insensitive regex equates, for Latin and Cyrillic letters', () => {
    const { kind } = unitTables();
    const letters = [
      ...'abcdefghijklmnopqrstuvwxyz',
      ...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0x430 + i)),
      'ґ',
    ];
    for (const letter of letters) {
      const viaRegex = new Set([...ALL.matchAll(new RegExp(letter, 'gi'))].map((m) => m[0]));
      const viaLower = new Set([...ALL].filter((x) => lowerUnits(x) === lowerUnits(letter)));
      const differ = [...viaRegex, ...viaLower].filter(
        (x) => viaRegex.has(x) !== viaLower.has(x) && (kind[x.charCodeAt(0)] & FOLD) === 0,
      );
      expect([letter, differ]).toEqual([letter, []]);
    }
  });

  it('answers as one regex per group does', () => {
    const groups = [
      ['next', 'day before', 'через'],
      ['since', 'с начала'],
      ['week', 'недел'],
    ];
    const set = phraseGroups(groups);
    const regexes = groups.map((g) => new RegExp(g.join('|'), 'i'));
    for (const text of [
      'The NEXT Day',
      'a dAY   before',
      'Через час',
      'С НАЧАЛА года',
      'weeknight',
      'ничего',
      '',
      'sinc',
      'Неделю спустя, since',
    ]) {
      const bits = set.test(text);
      expect(regexes.map((r) => [text, r.test(text)])).toEqual(regexes.map((_, i) => [text, (bits & (1 << i)) !== 0]));
    }
  });

  it('leaves text with letters only Unicode folding equates to the regexes', () => {
    expect(phraseGroups([['since']]).test('ſince')).toBe(-1);
  });
});
