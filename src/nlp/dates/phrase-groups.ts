// Which of several groups of phrases occur anywhere in a text, case-insensitively, in one pass
// (an Aho–Corasick automaton over lower-cased code units) instead of one regex scan per group. It
// answers as `new RegExp(phrases.join('|'), 'i').test(text)` would for each group (phrases are
// literal): lower-casing code unit by code unit equates what such a regex equates, except on the
// letters only Unicode case folding equates (FOLD); for text holding one the answer is -1 and the
// caller asks its regexes (checked in phrase-groups.test.ts).
import { FOLD, lowerUnits, unitTables } from './code-unit-tables.js';

export interface PhraseGroups {
  /** bit i set where a phrase of group i occurs; -1: the text needs the regexes */
  test(text: string): number;
}

/** In the symbol table: a code unit the automaton must not read (see FOLD). */
const NEEDS_REGEX = 0xffff;

export function phraseGroups(groups: string[][]): PhraseGroups {
  if (groups.length > 30) throw new Error('phraseGroups: at most 30 groups');
  const { kind, lower } = unitTables();
  // Symbols: 0 for any unit no phrase holds, 1.. for the (lower-cased) units the phrases hold.
  const symbolOf = new Map<number, number>();
  const phrases: Array<[string, number]> = [];
  groups.forEach((list, g) => {
    for (const p of list) {
      const word = lowerUnits(p);
      if (word.length === 0) continue;
      phrases.push([word, 1 << g]);
      for (let i = 0; i < word.length; i++)
        if (!symbolOf.has(word.charCodeAt(i))) symbolOf.set(word.charCodeAt(i), symbolOf.size + 1);
    }
  });
  const width = symbolOf.size + 1;
  const symbol = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) symbol[c] = (kind[c] & FOLD) !== 0 ? NEEDS_REGEX : (symbolOf.get(lower[c]) ?? 0);

  // The trie, then failure links breadth first, folded into a full transition table.
  const edges: Array<Map<number, number>> = [new Map()];
  const found: number[] = [0];
  for (const [word, bit] of phrases) {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const sym = symbolOf.get(word.charCodeAt(i))!;
      let next = edges[state].get(sym);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        found.push(0);
        edges[state].set(sym, next);
      }
      state = next;
    }
    found[state] |= bit;
  }
  const step = new Int32Array(edges.length * width);
  const hits = Int32Array.from(found);
  const fail = new Int32Array(edges.length);
  const queue: number[] = [];
  for (let sym = 0; sym < width; sym++) {
    const next = edges[0].get(sym) ?? 0;
    step[sym] = next;
    if (next !== 0) queue.push(next);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    hits[state] |= hits[fail[state]];
    for (let sym = 0; sym < width; sym++) {
      const next = edges[state].get(sym);
      if (next === undefined) step[state * width + sym] = step[fail[state] * width + sym];
      else {
        fail[next] = step[fail[state] * width + sym];
        step[state * width + sym] = next;
        queue.push(next);
      }
    }
  }

  return {
    test(text: string): number {
      let state = 0;
      let bits = 0;
      for (let i = 0; i < text.length; i++) {
        const sym = symbol[text.charCodeAt(i)];
        if (sym === NEEDS_REGEX) return -1;
        state = step[state * width + sym];
        bits |= hits[state];
      }
      return bits;
    },
  };
}
