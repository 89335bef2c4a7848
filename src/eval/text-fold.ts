// Case- and accent-insensitive folding of names and evidence, so that "Ponomarev" from one coder and
// "PONOMARËV" from another compare equal and evidence overlap ignores punctuation and case.

/** Lower-case, strip combining marks (é→e, ё→е, й→и), unify apostrophes and dashes, squeeze spaces. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`ʼ‘]/g, '')
    .replace(/[‐‑‒–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded word tokens of a string (letters and digits only), as a set. */
export function tokenSet(text: string): Set<string> {
  const tokens = foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(tokens);
}

/**
 * Overlap of two evidence strings, 0..1: shared tokens over the smaller set. The smaller set is the
 * denominator because an extractor may quote one sentence where the coder quoted two, or vice versa.
 */
export function evidenceOverlap(a: string, b: string): number {
  const ta = tokenSet(a);
  const tb = tokenSet(b);
  const smaller = Math.min(ta.size, tb.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared += 1;
  return shared / smaller;
}
