// Finds place names in a token list: at each token that can start a name, the longest token sequence whose
// joined key is in the name index wins (then the scan jumps past it). Case rules apply here: a name needs a
// capitalised word (Russian adjectives excepted), an acronym needs capitals.
import { entriesFor, firstSpan, type NameEntry } from './name-index.js';
import { tokenKey, type Token } from './normalize.js';

export interface NameHit {
  /** token range [i, j) */
  i: number;
  j: number;
  /** the joined key of the tokens */
  key: string;
  entries: NameEntry[];
  /** only regions/countries answer to the name (no same-named settlement) */
  areaOnly: boolean;
}

// Words of one name are separated by a space, hyphen or "St. " style dot, nothing heavier.
function joined(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c !== ' ' && c !== '-' && c !== '.' && c !== '–' && c !== '\u00a0' && c !== '’' && c !== "'") return false;
  }
  return true;
}

function caseFits(e: NameEntry, tokens: Token[], i: number, j: number): boolean {
  if (e.acronym) {
    for (let k = i; k < j; k++) if (tokens[k].raw !== tokens[k].raw.toUpperCase()) return false;
    return true;
  }
  if (e.lowerOk) return true;
  for (let k = i; k < j; k++) if (tokens[k].cap) return true;
  return false;
}

/** The entries whose case rules the tokens meet: the list itself when all do (the usual case), so no copy. */
function fitting(entries: NameEntry[] | undefined, tokens: Token[], i: number, j: number): NameEntry[] | undefined {
  if (!entries) return undefined;
  for (let k = 0; k < entries.length; k++) {
    if (!caseFits(entries[k], tokens, i, j)) return entries.filter((e) => caseFits(e, tokens, i, j));
  }
  return entries;
}

export function scanNames(text: string, tokens: Token[]): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    // A name starts with a capital, except Cyrillic adjectives and heads ("чеченские", "республике Коми").
    if (!tokens[i].cap && !tokens[i].cyrillic) { i++; continue; }
    const span = firstSpan(tokenKey(tokens[i]));
    if (span === undefined) { i++; continue; }
    // how far the words stay joined
    let limit = i + 1;
    while (limit < tokens.length && limit - i < span && joined(text, tokens[limit - 1].end, tokens[limit].start)) limit++;
    let found: NameHit | undefined;
    for (let j = limit; j > i && !found; j--) {
      let key = tokenKey(tokens[i]);
      for (let k = i + 1; k < j; k++) key += ' ' + tokenKey(tokens[k]);
      const entries = fitting(entriesFor(key), tokens, i, j);
      if (entries && entries.length > 0) found = { i, j, key, entries, areaOnly: entries.every((e) => e.kind !== 'settlement') };
    }
    if (found) { hits.push(found); i = found.j; } else i++;
  }
  return hits;
}
