import { describe, expect, it } from 'vitest';
import { SpanMemo, hashOf, hashStep } from './span-memo.js';

describe('SpanMemo', () => {
  const made: string[] = [];
  const memo = new SpanMemo((text) => {
    made.push(text);
    return { text, upper: text.toUpperCase() };
  }, 5_000);

  it('finds a spelling by its span in any text, making it once', () => {
    const a = memo.at('the FSB said', 4, 7, hashOf('FSB'));
    const b = memo.at('FSB', 0, 3, hashOf('FSB'));
    expect(a).toBe(b);
    expect(a).toEqual({ text: 'FSB', upper: 'FSB' });
    expect(made.filter((m) => m === 'FSB')).toHaveLength(1);
    expect(memo.of('FSB')).toBe(a);
  });

  it('keeps spellings with equal hashes apart', () => {
    // "Aa" and "BB" collide under h * 31 + c
    expect(hashOf('Aa')).toBe(hashOf('BB'));
    expect(memo.of('Aa').text).toBe('Aa');
    expect(memo.of('BB').text).toBe('BB');
    expect(memo.of('Aa')).not.toBe(memo.of('BB'));
    expect(hashOf('AaAaAa')).toBe(hashOf('BBBBBB'));
    expect(memo.of('AaAaAa').text).toBe('AaAaAa');
    expect(memo.of('BBBBBB').text).toBe('BBBBBB');
    expect(memo.at('x AaAaAa', 2, 8, hashOf('AaAaAa'))).toBe(memo.of('AaAaAa'));
    // one character: below U+0500 from a plain array, above from the table
    expect(memo.of('ΩΩ').text).toBe('ΩΩ');
    expect(memo.of('Ω')).not.toBe(memo.of('ΩΩ'));
    expect(memo.of('€').text).toBe('€');
  });

  it('keeps finding what it holds as it grows, and starts over when full', () => {
    const words = Array.from({ length: 4_000 }, (_, i) => `w${i}`);
    const first = words.map((w) => memo.of(w));
    expect(words.map((w) => memo.of(w))).toEqual(first);
    expect(words.every((w, i) => memo.of(w) === first[i])).toBe(true);
    for (let i = 0; i < 2_000; i++) memo.of(`x${i}`);
    expect(memo.of('w1').text).toBe('w1');
  });

  it('hashOf is hashStep over the code units', () => {
    let h = 0;
    for (const c of 'Легион') h = hashStep(h, c.charCodeAt(0));
    expect(hashOf('Легион')).toBe(h);
  });
});
