import { describe, expect, it } from 'vitest';
import { findTriggers } from './index.js';

const liveProtestOrRiot = (s: string) =>
  findTriggers(s, 'en').filter((t) => (t.type === 'protest' || t.type === 'riot') && !t.irrealis).length;

describe('a capitalised protest or riot word inside running text is a name', () => {
  it.each([
    'The punk band Pussy Riot played in Vilnius on Friday.',
    'She is an activist of the Protest Movement of Belarus.',
  ])('%s', (s) => {
    expect(liveProtestOrRiot(s)).toBe(0);
  });
  it.each([
    // sentence start, after a dateline dash, and a headline in title case keep the act
    'Protests spread to Ufa on Monday.',
    'UFA - Protests spread to the town on Monday.',
    'Thousands Protest Against Mobilisation In Dagestan',
  ])('%s', (s) => {
    expect(liveProtestOrRiot(s)).toBeGreaterThan(0);
  });
});
