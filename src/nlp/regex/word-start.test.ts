import { describe, expect, it } from 'vitest';
import en from '../../extract/lexicon/en.json' with { type: 'json' };
import ru from '../../extract/lexicon/ru.json' with { type: 'json' };
import uk from '../../extract/lexicon/uk.json' with { type: 'json' };
import { expand } from '../../extract/lexicon/index.js';
import { combinedSource, entryScanner, firstGroup } from './word-start.js';
import { matchPrefixes } from './prefixes.js';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Characters where word bounds and case folding are easy to get wrong. */
const ODD = [
  '\u212a',
  'ſ',
  '\u0345',
  'İ',
  'ß',
  'ẞ',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  '’',
  "'",
  '-',
  '“',
  '”',
  '"',
  '«',
  '»',
  '2022',
  'Ё',
  'ё',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', ' — ', '-', '', '\n', ' (', ') ', ': '];

/** Random text made of the words the patterns spell (in random case), separators and odd characters. */
function texts(patterns: string[], seed: number, count: number): string[] {
  const words = [...new Set(patterns.join(' ').match(/\p{L}+/gu) ?? [])];
  const next = random(seed);
  const pick = <T>(a: T[]) => a[Math.floor(next() * a.length)];
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let s = '';
    const n = 3 + Math.floor(next() * 14);
    for (let i = 0; i < n; i++) {
      let w = next() < 0.15 ? pick(ODD) : pick(words);
      const r = next();
      if (r < 0.2) w = w.toUpperCase();
      else if (r < 0.4) w = w[0].toUpperCase() + w.slice(1);
      else if (r < 0.5) w = w.slice(0, 1 + Math.floor(next() * w.length));
      s += w + (next() < 0.1 ? pick(ODD) : pick(SEPARATORS));
    }
    out.push(s);
  }
  return out;
}

function all(scan: ReturnType<typeof entryScanner>, text: string): string[] {
  const out: string[] = [];
  for (let m = scan.exec(text, 0); m; m = scan.exec(text, m.index + m[0].length))
    out.push(`${m.index}:${m[0]}:${scan.entry}`);
  return out;
}

function reference(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}:${firstGroup(m)}`);
  return out;
}

describe('entryScanner', () => {
  const lexicons = { en, ru, uk } as const;
  const cases: [string, string[], string][] = [];
  for (const [lang, raw] of Object.entries(lexicons)) {
    cases.push([`${lang} triggers`, raw.triggers.map((e) => expand(e.p)), 'iu']);
    cases.push([`${lang} targets`, raw.targets.map((e) => expand(e.p)), 'iu']);
    cases.push([`${lang} irrealis`, [expand(raw.irrealis)], lang === 'en' ? 'u' : 'iu']);
    cases.push([`${lang} irrealis clause`, [expand(raw.irrealis_clause)], 'iu']);
    cases.push([`${lang} negation`, [expand(raw.negation)], 'iu']);
    if ('charges_cue' in raw) cases.push([`${lang} charges cue`, [expand(raw.charges_cue)], 'iu']);
  }

  it.each(cases)('%s: the same matches, in the same entries, as the combined regex', (_name, patterns, flags) => {
    const scan = entryScanner(patterns, flags);
    const re = new RegExp(combinedSource(patterns), `${flags}g`);
    let compared = 0;
    for (const text of texts(patterns, patterns.length * 7919, 400)) {
      const want = reference(re, text);
      expect(all(scan, text), text).toEqual(want);
      // and from a position inside the text
      const from = Math.floor(text.length / 3);
      const m = scan.exec(text, from);
      re.lastIndex = from;
      const r = re.exec(text);
      expect(m && `${m.index}:${m[0]}:${scan.entry}`, text).toBe(r && `${r.index}:${r[0]}:${firstGroup(r)}`);
      compared += want.length;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('finds a word after an astral letter only where the regex does', () => {
    const scan = entryScanner(['riot'], 'iu');
    expect(all(scan, '𝐀riot riot')).toEqual(['7:riot:0']);
    expect(all(scan, '😀riot')).toEqual(['2:riot:0']);
    expect(all(scan, '\u0345riot')).toEqual([]); // ypogegrammeni folds to ι: a letter to 'iu'
    expect(all(entryScanner(['riot'], 'u'), '\u0345riot')).toEqual(['1:riot:0']);
  });

  it('folds case as the regex does', () => {
    expect(all(entryScanner(['kick\\p{L}*'], 'iu'), '\u212aicked')).toEqual(['0:\u212aicked:0']); // the Kelvin sign
    expect(all(entryScanner(['stop'], 'iu'), 'ſtop')).toEqual(['0:ſtop:0']);
    expect(all(entryScanner(['may'], 'u'), 'May may')).toEqual(['4:may:0']);
  });
});

describe('matchPrefixes', () => {
  it.each([
    ['rall(?:y|ied)', 3, ['ral']],
    ['walk-?out', 6, ['walk-o', 'walkou']],
    ['(?:people|men) gathered', 4, ['peop', 'men ']],
    ['[“"]?Z', 2, ['“Z', '"Z', 'Z']],
    ['picket\\p{L}*', 8, ['picket']],
    ['a(?:b|c)*d', 3, ['ab', 'ac', 'ad']],
    ['(?=x)y', 2, ['y']],
    ['\\p{L}+', 2, null],
    ['x?', 2, null],
  ] as const)('%s (%i characters) → %j', (source, k, expected) => {
    const got = matchPrefixes(source, k);
    expect(got === null ? null : [...got].sort()).toEqual(expected === null ? null : [...expected].sort());
  });
});
