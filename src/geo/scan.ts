// Finds place names in a token list: at each token that can start a name, the longest token sequence whose
// joined key is in the name index wins (then the scan jumps past it). Case rules apply here: a name needs a
// capitalised word (Russian adjectives excepted), an acronym needs capitals.
import { nameIndex, type NameEntry } from './name-index.js';
import type { Token } from './normalize.js';

export interface NameHit {
  /** token range [i, j) */
  i: number;
  j: number;
  entries: NameEntry[];
}

// Words of one name are separated by a space, hyphen or "St. " style dot, nothing heavier.
const JOINER = /^[\s\-–.’']{1,3}$/;

function caseFits(e: NameEntry, tokens: Token[], i: number, j: number): boolean {
  if (e.acronym) {
    for (let k = i; k < j; k++) if (!tokens[k].upper) return false;
    return true;
  }
  if (e.lowerOk) return true;
  for (let k = i; k < j; k++) if (tokens[k].cap) return true;
  return false;
}

export function scanNames(text: string, tokens: Token[]): NameHit[] {
  const { byKey, firstTokenSpan } = nameIndex();
  const hits: NameHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const span = firstTokenSpan.get(tokens[i].key);
    if (span === undefined) { i++; continue; }
    // how far the words stay joined
    let limit = i + 1;
    while (limit < tokens.length && limit - i < span && JOINER.test(text.slice(tokens[limit - 1].end, tokens[limit].start))) limit++;
    let found: NameHit | undefined;
    for (let j = limit; j > i && !found; j--) {
      let key = tokens[i].key;
      for (let k = i + 1; k < j; k++) key += ' ' + tokens[k].key;
      const entries = byKey.get(key)?.filter((e) => caseFits(e, tokens, i, j));
      if (entries && entries.length > 0) found = { i, j, entries };
    }
    if (found) { hits.push(found); i = found.j; } else i++;
  }
  return hits;
}
