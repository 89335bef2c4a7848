// Coarse clause bounds inside a sentence: places, dates and targets attach to the trigger of
// their own clause first. Boundaries: ; : dashes, brackets and contrastive conjunctions.
export interface Clause { start: number; end: number }

const BOUNDARY = /\s*[;:]\s+|\s+[–—]\s+|\s*\(\s*|\s*\)\s*|,\s+(?:while|whereas|but|although|though|а|но|хотя|тогда как|однако)\s+/giu;

// The trigger and assembly stages both ask for the same sentence in a row: remember the last one.
let lastSentence = '';
let lastClauses: Clause[] = [];

export function clauseBounds(sentence: string): Clause[] {
  if (sentence === lastSentence) return lastClauses;
  lastClauses = computeClauses(sentence);
  lastSentence = sentence;
  return lastClauses;
}

function computeClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < sentence.length || out.length === 0) out.push({ start, end: sentence.length });
  return out;
}

export function clauseAt(clauses: Clause[], offset: number): number {
  for (let i = 0; i < clauses.length; i++) if (offset < clauses[i].end) return i;
  return clauses.length - 1;
}
