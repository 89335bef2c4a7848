// Coarse clause bounds inside a sentence: places, dates and targets attach to the trigger of
// their own clause first. Boundaries: ; : dashes, brackets and contrastive conjunctions.
import { SPACE, charClasses } from '../../nlp/char-classes.js';

export interface Clause {
  start: number;
  end: number;
}

const BOUNDARY =
  /\s*[;:]\s+|\s+[–—]\s+|\s*\(\s*|\s*\)\s*|,\s+(?:while|whereas|but|although|though|а|но|хотя|тогда как|однако)\s+/iuy;

/** The clauses of a sentence: a new array at each call. */
export function clauseBounds(sentence: string): Clause[] {
  return computeClauses(sentence);
}

/** One sentence's clauses, worked out on first request: the trigger and assembly stages read the
 *  same sentence, and extract() hands both this one object, so nothing is kept between sentences. */
export class SentenceClauses {
  private bounds: Clause[] | null = null;
  constructor(readonly sentence: string) {}

  get(): Clause[] {
    return (this.bounds ??= computeClauses(this.sentence));
  }
}

/** The characters every boundary holds: ; : – — ( ) , (letters and spaces fail the first test) */
function boundaryChar(c: number): boolean {
  if (c > 0x3b) return c === 0x2013 || c === 0x2014;
  return c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2c;
}

/**
 * The boundaries BOUNDARY finds scanning the sentence (as a global regex would), tried only where
 * one can start: a boundary is white space then one of its characters, or a comma. So at each such
 * character the regex is tried once, from the start of the white space before it (no later start
 * in that white space matches where the earliest does not); a comma starts its own alternative.
 */
function computeClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  const space = charClasses();
  let start = 0;
  for (let k = 0; k < sentence.length; k++) {
    const c = sentence.charCodeAt(k);
    if (!boundaryChar(c)) continue;
    let from = k;
    if (c !== 0x2c) while (from > start && (space[sentence.charCodeAt(from - 1)] & SPACE) !== 0) from--;
    BOUNDARY.lastIndex = from;
    if (!BOUNDARY.test(sentence)) continue;
    if (from > start) out.push({ start, end: from });
    start = BOUNDARY.lastIndex;
    k = start - 1;
  }
  if (start < sentence.length || out.length === 0) out.push({ start, end: sentence.length });
  return out;
}

export function clauseAt(clauses: Clause[], offset: number): number {
  for (let i = 0; i < clauses.length; i++) if (offset < clauses[i].end) return i;
  return clauses.length - 1;
}
