import { describe, expect, it } from 'vitest';
import { LETTER, MARK, NUMBER, SPACE, charClasses, hasSurrogates } from './char-classes.js';

describe('charClasses', () => {
  it.each([
    ['a', LETTER],
    ['Ж', LETTER],
    ['ё', LETTER],
    ['\u0301', MARK],
    ['7', NUMBER],
    ['٣', NUMBER],
    ['Ⅻ', NUMBER],
    [' ', SPACE],
    ['\u00a0', SPACE],
    ['\u2028', SPACE],
    ['-', 0],
    ['«', 0],
  ] as const)('%j → %i', (ch, bits) => {
    expect(charClasses()[ch.charCodeAt(0)]).toBe(bits);
  });

  it('agrees with the regex classes on every BMP character', () => {
    const t = charClasses();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) {
        if (t[c] !== 0) wrong.push(c);
        continue;
      }
      const ch = String.fromCharCode(c);
      const bits =
        (/\p{L}/u.test(ch) ? LETTER : 0) |
        (/\p{M}/u.test(ch) ? MARK : 0) |
        (/\p{N}/u.test(ch) ? NUMBER : 0) |
        (/\s/u.test(ch) ? SPACE : 0);
      if (t[c] !== bits) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('finds surrogates', () => {
    expect(hasSurrogates('plain текст')).toBe(false);
    expect(hasSurrogates('emoji 😀')).toBe(true);
    expect(hasSurrogates('broken \ud800')).toBe(true);
  });
});
