// Finds place names in a sentence's words: at each token that can start a name, the longest token sequence whose
// joined key is in the name index wins (then the scan jumps past it). Case rules apply here: a name needs a
// capitalised word (Russian adjectives excepted), an acronym needs capitals.
import {
  entriesFor,
  firstWord,
  longerPrefix,
  namePrefix,
  type FirstWord,
  type NameEntry,
  type NamePrefix,
} from './name-index.js';
import { isCapitalAt, isCyrillicAt, tokenKey, type TokenList, type WordBounds } from './normalize.js';

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

function caseFits(e: NameEntry, tokens: TokenList, i: number, j: number): boolean {
  if (e.acronym) {
    for (let k = i; k < j; k++) {
      const raw = tokens.at(k).raw;
      if (raw !== raw.toUpperCase()) return false;
    }
    return true;
  }
  if (e.lowerOk) return true;
  for (let k = i; k < j; k++) if (tokens.cap(k)) return true;
  return false;
}

/** The entries whose case rules the tokens meet: the list itself when all do (the usual case), so no copy. */
function fitting(entries: NameEntry[] | undefined, tokens: TokenList, i: number, j: number): NameEntry[] | undefined {
  if (!entries) return undefined;
  for (let k = 0; k < entries.length; k++) {
    if (!caseFits(entries[k], tokens, i, j)) return entries.filter((e) => caseFits(e, tokens, i, j));
  }
  return entries;
}

/** The word's first letter is lower-case with an upper-case form of its own, so no acronym (all capitals) fits it. */
function lowerLetterAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c >= 0x430 && c <= 0x45f) return true;
  const ch = text[pos];
  return ch !== ch.toUpperCase();
}

/**
 * The first word that may start a name (-1: the text names no place), read from word offsets alone: most
 * sentences name none, and this answers for them without making a token. Never says -1 where scanNames
 * would find a name, and scanNames may start at the word it gives.
 */
export function firstNameStart(text: string, words: WordBounds): number {
  for (let k = 0; k < words.count; k++) {
    const start = words.start[k];
    const cap = isCapitalAt(text, start);
    if (!cap && !isCyrillicAt(text, start)) continue;
    const w = firstWord(text.slice(start, words.end[k]));
    if (w.span === 0) continue;
    if (cap || w.lowerStart || !lowerLetterAt(text, start)) return k;
    // a lower-case word needs a capital later in the name (how far the name's words stay joined is left to scanNames)
    for (let m = k + 1; m < words.count && m < k + w.span; m++) if (isCapitalAt(text, words.start[m])) return k;
  }
  return -1;
}

/**
 * Some entry's case rule (caseFits) may fit a name starting with this lower-case word: a lower-case name, an
 * acronym (only if the word has no lower-case letter first) or a name with a capital among its other words.
 */
function lowerCaseFits(w: FirstWord, tokens: TokenList, i: number, limit: number): boolean {
  if (w.lowerStart || !lowerLetterAt(tokens.text, tokens.start(i))) return true;
  for (let k = i + 1; k < limit; k++) if (tokens.cap(k)) return true;
  return false;
}

/** Only regions/countries answer to the name (no same-named settlement). */
function areasOnly(entries: NameEntry[]): boolean {
  for (const e of entries) if (e.kind === 'settlement') return false;
  return true;
}

/** The longest name (in words) that starts at word i and whose case rules fit; undefined if none. */
function nameAt(tokens: TokenList, i: number, limit: number, w: FirstWord): NameHit | undefined {
  // keys[m]: the key of words i..i+m, only as long as some name goes on with them (a fresh array:
  // emptying a kept one by setting its length is a call into the runtime, dearer than a small new one)
  const keys = [w.key];
  let prefix: NamePrefix | undefined = limit > i + 1 ? namePrefix(w.key) : undefined;
  for (let j = i + 2; j <= limit && prefix; j++) {
    prefix = longerPrefix(prefix, tokenKey(tokens.at(j - 1)));
    if (prefix) keys.push(prefix.key);
  }
  for (let j = i + keys.length; j > i; j--) {
    const key = keys[j - i - 1];
    const entries = fitting(entriesFor(key), tokens, i, j);
    if (entries && entries.length > 0) return { i, j, key, entries, areaOnly: areasOnly(entries) };
  }
  return undefined;
}

export function scanNames(tokens: TokenList, from = 0): NameHit[] {
  const text = tokens.text;
  const hits: NameHit[] = [];
  for (let i = from; i < tokens.length; ) {
    // A name starts with a capital, except Cyrillic adjectives and heads ("чеченские", "республике Коми").
    const cap = tokens.cap(i);
    if (!cap && !tokens.cyrillic(i)) {
      i++;
      continue;
    }
    const w = firstWord(tokens.raw(i));
    const span = w.span;
    if (span === 0) {
      i++;
      continue;
    }
    // how far the words stay joined
    let limit = i + 1;
    while (limit < tokens.length && limit - i < span && joined(text, tokens.end(limit - 1), tokens.start(limit)))
      limit++;
    // No entry's case rule can fit (see caseFits): skip building keys that could only be refused.
    if (!cap && !lowerCaseFits(w, tokens, i, limit)) {
      i++;
      continue;
    }
    const found = nameAt(tokens, i, limit, w);
    if (found) {
      hits.push(found);
      i = found.j;
    } else i++;
  }
  return hits;
}
