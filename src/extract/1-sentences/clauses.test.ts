import { describe, expect, it } from 'vitest';
import { clauseBounds, SentenceClauses, type Clause } from './clauses.js';

/** The clause bounds as the boundary regex gives them, scanned as a global regex. */
function reference(sentence: string): Clause[] {
  const re =
    /\s*[;:]\s+|\s+[–—]\s+|\s*\(\s*|\s*\)\s*|,\s+(?:while|whereas|but|although|though|а|но|хотя|тогда как|однако)\s+/giu;
  const out: Clause[] = [];
  let start = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < sentence.length || out.length === 0) out.push({ start, end: sentence.length });
  return out;
}

describe('clauseBounds', () => {
  it('gives each caller its own array: what one caller does with it reaches no other', () => {
    const s = 'The strike went on; the plant stood idle.';
    const first = clauseBounds(s);
    first[0].end = 3;
    first.pop();
    expect(clauseBounds(s)).toEqual([
      { start: 0, end: 18 },
      { start: 20, end: 41 },
    ]);
  });

  it('reads a sentence once for all the stages that share its SentenceClauses', () => {
    const reading = new SentenceClauses('Workers marched (about two hundred) to the square.');
    expect(reading.get()).toBe(reading.get());
    expect(reading.get()).toEqual(clauseBounds(reading.sentence));
  });

  it('splits at semicolons, dashes, brackets and contrastive conjunctions', () => {
    const s = 'Police detained ten people; others fled — the rally (in the centre) went on, but no one was hurt.';
    expect(clauseBounds(s).map((c) => s.slice(c.start, c.end))).toEqual([
      'Police detained ten people',
      'others fled',
      'the rally',
      'in the centre',
      'went on',
      'no one was hurt.',
    ]);
  });

  it('finds the bounds the boundary regex finds', () => {
    const pieces = [
      ' ',
      '  ',
      '\u00a0',
      ';',
      ':',
      '–',
      '—',
      '(',
      ')',
      ',',
      ' but ',
      ', but',
      ', тогда как ',
      ', Однако ',
      ', whereaſ ',
      'word',
      'a',
      'но',
      '\n',
      ',',
      ' , ',
      ';;',
      '( ',
      ' )',
      ' – ',
      '—',
    ];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 3000; t++) {
      let s = '';
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) s += pieces[Math.floor(next() * pieces.length)];
      expect(clauseBounds(s), JSON.stringify(s)).toEqual(reference(s));
    }
  });
});
