import { describe, expect, it } from 'vitest';
import { wordTokens } from './tokens.js';

const view = (text: string) =>
  wordTokens(text).map((w) => ({
    text: w.text,
    gap: w.gap,
    initial: w.sentenceInitial,
    joins: w.joinsPrev,
    quoted: w.quoted,
  }));

describe('wordTokens', () => {
  it('places words by the gap before them', () => {
    expect(view('«Free Russia», he said. The FSB-linked / group')).toEqual([
      { text: 'Free', gap: '«', initial: true, joins: false, quoted: true },
      { text: 'Russia', gap: ' ', initial: false, joins: true, quoted: false },
      { text: 'he', gap: '», ', initial: false, joins: false, quoted: false },
      { text: 'said', gap: ' ', initial: false, joins: true, quoted: false },
      { text: 'The', gap: '. ', initial: true, joins: true, quoted: false },
      { text: 'FSB', gap: ' ', initial: false, joins: true, quoted: false },
      { text: 'linked', gap: '-', initial: false, joins: true, quoted: false },
      { text: 'group', gap: ' / ', initial: false, joins: true, quoted: false },
    ]);
    expect(view('a, b')[1]).toEqual({ text: 'b', gap: ', ', initial: false, joins: false, quoted: false });
    expect(view(' " x')[0]).toEqual({ text: 'x', gap: ' " ', initial: true, joins: false, quoted: true });
  });

  it('shares what the spelling says between its tokens', () => {
    const [a, b, c] = wordTokens("Ukraine's UKRAINE'S Ukraine’s");
    expect([a.text, a.lower, a.possessive, a.capital, a.upper]).toEqual(["Ukraine's", 'ukraine', true, true, false]);
    expect([b.upper, b.possessive, b.end - b.start]).toEqual([true, true, 9]);
    expect(c.key).toBe(a.key);
    expect(wordTokens('Ukraine Ukraine')[0].shape).toBe(wordTokens('Ukraine')[0].shape);
    expect(wordTokens('ФСБ и FSB').map((w) => [w.shape.latin, w.shape.cyrillic])).toEqual([
      [false, true],
      [false, true],
      [true, false],
    ]);
  });

  it('reads text with astral characters as the word regex does', () => {
    expect(wordTokens('𝐀bc FSB 😀 Легион').map((w) => [w.text, w.start])).toEqual([
      ['𝐀bc', 0],
      ['FSB', 5],
      ['Легион', 12],
    ]);
  });
});
