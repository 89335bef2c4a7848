// A detention whose object is no one names no act (lexicon/cancel-en.json); one with people detained
// still does. Fixtures in our own words.
import { describe, expect, it } from 'vitest';
import { findTriggers } from './index.js';

const live = (s: string) =>
  findTriggers(s, 'en')
    .filter((t) => !t.irrealis && !t.background)
    .map((t) => t.type);

describe('a detention of no one', () => {
  it.each([
    'Riot police stood by the picket but detained nobody.',
    'Officers watched the march and arrested no one, the organisers said.',
    'The police detained none of the protesters.',
  ])('%s', (sentence) => {
    expect(live(sentence)).not.toContain('arrest');
  });
  it('people detained are still a detention', () => {
    expect(live('Police detained nine protesters outside the station.')).toContain('arrest');
  });
});
