import { describe, expect, it } from 'vitest';
import { ownString } from './own-string.js';

describe('ownString', () => {
  const report = 'He said “no”. Police detained 40 people in Moscow on Saturday.';
  it.each([
    ['an ASCII sentence cut from a text with curly quotes', report.slice(15)],
    ['curly quotes themselves', report.slice(0, 14)],
    ['Cyrillic', 'Полиция задержала 40 человек в Москве.'],
    ['quotes, backslashes and control characters', 'a "quoted" \\ back\tslash\n\u0000'],
    ['astral characters and lone surrogates', 'flag 🇺🇦, lone \ud800 and \udc00 halves'],
    ['the empty string', ''],
  ])('keeps %s as it was', (_, text) => {
    expect(ownString(text)).toBe(text);
  });
});
