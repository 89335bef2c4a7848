import { describe, expect, it } from 'vitest';
import { IU_WORD_CLASS, fastBoundariesIn, withFastBoundaries } from './word-boundary.js';

/** Every match (index and text) of a regex over a text, as a global scan finds them. */
function matches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return [...text.matchAll(g)].map((m) => `${m.index}:${m[0]}`);
}

describe('IU_WORD_CLASS', () => {
  it('is what \\w matches under the i and u flags, over the whole of Unicode', () => {
    const word = new RegExp(`^${IU_WORD_CLASS}$`, 'iu');
    const differs: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (/^\w$/iu.test(ch) !== word.test(ch)) differs.push(cp.toString(16));
    }
    expect(differs).toEqual([]);
  });
});

describe('withFastBoundaries', () => {
  it.each([
    // a leading \b before words: respelled
    [/\b(?:war|invasion)\s+(?:in|on)\s+(?:the\s+)?$/iu, true],
    [/\bfrom\s+territory\s+of\s+$/iu, true],
    [/\b(?:said|told)\b/giu, true],
    // each top-level alternative on its own
    [/\b(?:court|tribunal)s?\b|(?<!\p{L})(?:суд|суда)(?!\p{L})/iu, true],
    // what may follow \b is not always a word character: kept
    [/\b(?:-|war)/iu, false],
    [/\b\s*war/iu, false],
    [/\b.war/iu, false],
    // no 'u' or no 'i': \b is fast there, kept
    [/\bwar\b/i, false],
    [/\bwar\b/u, false],
  ])('%s respelled: %s', (re, respelled) => {
    const fast = withFastBoundaries(re);
    expect(fast !== re).toBe(respelled);
    expect(fast.flags).toBe(re.flags);
  });

  it('finds the same matches as the original on text with odd word characters', () => {
    const texts = [
      'The war in Ukraine; the invasion on the border',
      'Kwar in  the ', // K is the Kelvin sign, a word character under 'iu'
      'ſwar in the ',
      'éwar in the ',
      '_war on ',
      '9war on ',
      'WAR IN THE ',
      'war in the ',
      'x-war in the ',
      '😀war in the ',
      'He said, and tOLd, SAID; ſaid Ksaid told',
      'a court; courts. ſcourt Kcourt суда суд',
    ];
    const regexes = [
      /\b(?:war|invasion)\s+(?:in|on)\s+(?:the\s+)?$/iu,
      /\b(?:said|told)\b/giu,
      /\b(?:court|tribunal)s?\b|(?<!\p{L})(?:суд|суда)(?!\p{L})/iu,
      /\b(?:war|kwar)/iu,
    ];
    for (const re of regexes) {
      const fast = withFastBoundaries(re);
      expect(fast).not.toBe(re);
      for (const text of texts)
        expect(matches(fast, text), `${re} on ${JSON.stringify(text)}`).toEqual(matches(re, text));
    }
  });

  it('respells the regexes of tables in place', () => {
    const table: Record<string, RegExp> = { en: /\bwar\s+$/iu, ru: /(?<![\p{L}])война\s+$/iu };
    const ru = table.ru;
    fastBoundariesIn(table);
    expect(table.en.source).not.toContain('\\b');
    expect(table.en.test('the war ')).toBe(true);
    expect(table.en.test('postwar ')).toBe(false);
    expect(table.ru).toBe(ru);
  });
});
