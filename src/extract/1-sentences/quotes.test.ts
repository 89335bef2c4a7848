import { describe, expect, it } from 'vitest';
import { speechSpans } from './quotes.js';

describe('speechSpans', () => {
  it.each([
    ['He said: «We will go out to the square again» and left.', [[9, 45]]],
    ['Members of «Весна» were detained.', []],
    ['“Railway partisans” claimed it.', []],
    ['She wrote "we will not stop the strike now" on the wall.', [[10, 43]]],
    ['» the rest of a quotation from before, ended', []],
    ['one two three four five» and more', [[0, 24]]],
    ['He said “this runs to the end of the sentence', [[8, 45]]],
    ['“one two three four” and “one  two\tthree four\nfive”', [[25, 51]]],
  ] as const)('%s', (sentence, expected) => {
    expect(speechSpans(sentence).map((s) => [s.start, s.end])).toEqual(expected);
  });
});
