// Case-insensitive tests of plain word alternations (no \p classes), for the cheap "can this pattern
// match at all" checks. A regex with flags 'iu' folds case by Unicode rules and is several times
// slower in V8 than one with 'i' alone, which folds through toUpperCase. The two differ only on a few
// letters ('ſ' is 's' and 'K' (Kelvin) is 'k' to 'iu' alone; the rest are Greek and symbol forms):
// text holding none of them gets the fast regex, other text the exact one.

/** Characters on which 'i' and 'iu' matching may disagree (a superset; see caseless.test.ts). */
// biome-ignore-start lint/suspicious/noMisleadingCharacterClass: U+0345 is listed as a character of its own, not to combine
export const UNICODE_ONLY_FOLDS =
  /[\u017f\u212a\u212b\u2126\u1e9e\u1e9b\u1fbe\u0345\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1c80-\u1c88\ufb05\ufb06]/;
// biome-ignore-end lint/suspicious/noMisleadingCharacterClass: (the class above)

export interface CaselessTest {
  /** the same test as `new RegExp(source, 'iu')` */
  test(text: string, unicodeFolds: boolean): boolean;
}

export function caselessTest(source: string): CaselessTest {
  const fast = new RegExp(source, 'i');
  const exact = new RegExp(source, 'iu');
  return { test: (text, unicodeFolds) => (unicodeFolds ? exact : fast).test(text) };
}
