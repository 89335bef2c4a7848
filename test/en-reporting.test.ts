// The table of English reporting (test/en-reporting/table.ts): each sentence, as a one-sentence
// report, yields the types it tells and none of the types it only seems to tell.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { ALL, type Row } from './en-reporting/table.js';
import { lexicon } from '../src/extract/lexicon/index.js';

const types = (s: string) =>
  new Set(extract({ id: 't', title: null, text: s, published: '2024-05-20', lang: 'en' }).map((r) => r.type));

describe.each(ALL)('$group', ({ rows }) => {
  const check = (row: Row) => {
    const got = types(row.s);
    for (const t of row.yes ?? []) expect(got, `${t} in: ${row.s}`).toContain(t);
    for (const t of row.no ?? []) expect(got, `no ${t} in: ${row.s}`).not.toContain(t);
  };
  const ready = rows.filter((r) => !r.gap);
  const gaps = rows.filter((r) => r.gap);
  it.each(ready.map((r) => [r.s, r] as const))('%s', (_s, row) => check(row));
  if (gaps.length) it.skip.each(gaps.map((r) => [`${r.s} (${r.gap})`, r] as const))('%s', (_s, row) => check(row));
});

describe('the English trigger lexicon stays fast', () => {
  it('every alternative begins in a known way, so the scanner walks its prefix trie', () => {
    // a pattern opening with \d or a class of letters makes the scanner fall back to one combined regex
    expect(lexicon('en').triggers.constructor.name).not.toBe('RegexScanner');
  });
});

describe('days told relative to the report', () => {
  const run = (text: string) => extract({ id: 't', title: null, text, published: '2024-05-20', lang: 'en' });
  it('"this weekend" is the weekend before publication', () => {
    const got = run('Couriers in Kazan went on strike this weekend over cuts to pay.');
    expect(got.map((r) => [r.type, r.date, r.date_end])).toEqual([['protest', '2024-05-18', '2024-05-19']]);
  });
  it('"two days earlier" counts back from the day told before', () => {
    const got = run(
      'Police in Omsk reported a burnt-out car outside the enlistment office on Sunday. Anarchists said they had set fire to the car two days earlier.',
    );
    expect(got.filter((r) => r.type === 'arson').map((r) => r.date)).toContain('2024-05-17');
  });
});
