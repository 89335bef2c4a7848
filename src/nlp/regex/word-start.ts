// Word-list alternations scanned word start by word start. A combined lexicon regex
// `(?<![\p{L}\p{N}])(?:((?:e1)(?![\p{L}\p{N}]))|((?:e2)(?![\p{L}\p{N}]))|…)` makes V8 try its
// hundreds of alternatives at nearly every position of the text. Yet each alternative can begin only
// in a few ways ("protest~" with "protes" in any case): here the first characters of each word are
// walked down a trie of those beginnings, and only the alternatives the walk leaves possible are
// tried there, as one sticky regex per such set. The matches are exactly those of the combined
// regex: at a position, an alternative that cannot begin as the text does fails there anyway, and
// the others are tried in the same order, inside the same groups.
import { alternatives, matchPrefixes } from './prefixes.js';

const L = '[\\p{L}\\p{N}]';
const LOW_SURROGATE = 2;

/** The next match of a combined expression, and which entry it came from. */
export interface EntryScanner {
  /** the next match that starts at or after `from`, or null */
  exec(text: string, from: number): RegExpExecArray | null;
  /** the entry (index into the patterns) of the match exec returned last */
  entry: number;
}

/** `(?<!L)(?:((?:p0)(?!L))|((?:p1)(?!L))|…)`: entry i is capture group i + 1. */
export function combinedSource(patterns: string[]): string {
  return `(?<!${L})(?:${entryGroups(patterns)})`;
}

function entryGroups(patterns: string[]): string {
  return patterns.map((p) => `((?:${p})(?!${L}))`).join('|');
}

/** Which entry a combined-expression match came from (its first defined group), or -1. */
export function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

/** The plain combined regex, for patterns whose beginnings cannot be told. */
class RegexScanner implements EntryScanner {
  entry = -1;
  constructor(private readonly re: RegExp) {}
  exec(text: string, from: number): RegExpExecArray | null {
    this.re.lastIndex = from;
    const m = this.re.exec(text);
    this.entry = m === null ? -1 : firstGroup(m);
    return m;
  }
}

/** Every code unit of the Basic Multilingual Plane, at its own index (surrogates as U+0000). */
let allUnits: string | undefined;
function units(): string {
  if (allUnits === undefined) {
    const parts: string[] = [];
    for (let u = 0; u < 0x10000; u++) parts.push(u >= 0xd800 && u <= 0xdfff ? '\u0000' : String.fromCharCode(u));
    allUnits = parts.join('');
  }
  return allUnits;
}

/**
 * Where `(?<![\p{L}\p{N}])` holds in a text: the positions not right after a letter or digit (word
 * starts, and punctuation or spaces after punctuation or spaces). The scanners of one sentence
 * share them: the last long text's list is kept.
 */
class WordStarts {
  /** code unit → 1 for a letter or digit (with 'i' a few marks that fold to a letter count too:
   *  U+0345 is ι, so the table comes from the regex class itself), LOW_SURROGATE, or 0 */
  readonly word: Uint8Array;
  private readonly astral: RegExp;
  private lastText: string | null = null;
  /** positions of the last text; read up to `count` only */
  list = new Int32Array(256);
  count = 0;

  constructor(flags: string) {
    this.word = new Uint8Array(0x10000);
    for (const m of units().matchAll(new RegExp(`${L}+`, flags + 'g')))
      this.word.fill(1, m.index, m.index + m[0].length);
    // the low half of a surrogate pair: the whole character decides (see follows)
    this.word.fill(LOW_SURROGATE, 0xdc00, 0xe000);
    this.astral = new RegExp(`^${L}$`, flags);
  }

  /** Is there a letter or digit right before p? */
  follows(text: string, p: number): boolean {
    if (p === 0) return false;
    const w = this.word[text.charCodeAt(p - 1)];
    if (w !== LOW_SURROGATE) return w !== 0;
    // the low half of an astral character: the whole character is tested
    if (p < 2) return false;
    const h = text.charCodeAt(p - 2);
    return h >= 0xd800 && h <= 0xdbff && this.astral.test(text.slice(p - 2, p));
  }

  /** The positions of `text` where a match may start, in order, in `list` up to `count`. */
  of(text: string): this {
    if (text !== this.lastText) {
      if (this.list.length < text.length) this.list = new Int32Array(text.length * 2);
      const { list, word } = this;
      let n = 0;
      let after = 0;
      for (let p = 0; p < text.length; p++) {
        // every position is written; only those not after a word character are kept
        list[n] = p;
        n += 1 - after;
        after = word[text.charCodeAt(p)];
        if (after > 1) after = this.follows(text, p + 1) ? 1 : 0;
      }
      this.count = n;
      this.lastText = text;
    }
    return this;
  }
}

const wordStarts = new Map<string, WordStarts>();
function wordStartsFor(flags: string): WordStarts {
  let w = wordStarts.get(flags);
  if (!w) wordStarts.set(flags, (w = new WordStarts(flags)));
  return w;
}

/** At most this many characters of a word pick the alternatives to try there. */
const KEY = 6;
/** Shorter texts (the few words before a trigger) are walked directly, not listed. */
const SHORT = 64;

class TrieScanner implements EntryScanner {
  entry = -1;
  /** compiled on first use: most sets are rare, and V8 compiles each regex on its first run anyway */
  private readonly buckets: (RegExp | null)[];

  constructor(
    /** code unit → class id (units that match the same prefix characters); 0: matches none */
    private readonly ids: Uint8Array,
    /** the number of class ids */
    private readonly size: number,
    /** trie of beginnings: node * size + class id → child node; 0: none (node 0 is the root) */
    private readonly next: Uint16Array,
    /** per node: 1 + the set of alternatives to try where the walk stops; 0: none */
    private readonly stops: Uint16Array,
    private readonly sources: string[],
    private readonly flags: string,
    /** per set: capture group i + 1 → entry */
    private readonly entries: number[][],
    private readonly starts: WordStarts,
  ) {
    this.buckets = sources.map(() => null);
  }

  exec(text: string, from: number): RegExpExecArray | null {
    if (text.length < SHORT) return this.execShort(text, from);
    const { list, count } = this.starts.of(text);
    // the first listed position at or after `from`
    let lo = 0,
      hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    const { ids, next } = this;
    for (let k = lo; k < count; k++) {
      const p = list[k];
      if (next[ids[text.charCodeAt(p)]] === 0) continue;
      const m = this.tryAt(text, p);
      if (m !== null) return m;
    }
    this.entry = -1;
    return null;
  }

  /** The same scan, testing each position as it comes. */
  private execShort(text: string, from: number): RegExpExecArray | null {
    const word = this.starts.word;
    let p = from;
    while (p < text.length) {
      const unit = text.charCodeAt(p);
      if (this.next[this.ids[unit]] !== 0 && !this.starts.follows(text, p)) {
        const m = this.tryAt(text, p);
        if (m !== null) return m;
      }
      p++;
      // the rest of a word follows a letter or digit: no match starts there
      if (word[unit] === 1) while (p < text.length && word[text.charCodeAt(p)] === 1) p++;
    }
    this.entry = -1;
    return null;
  }

  /** The match at p (where the lookbehind holds), walking the trie to the alternatives to try. */
  private tryAt(text: string, p: number): RegExpExecArray | null {
    const { ids, size, next } = this;
    let node = next[ids[text.charCodeAt(p)]];
    if (node === 0) return null;
    for (let q = p + 1; q < text.length; q++) {
      const child = next[node * size + ids[text.charCodeAt(q)]];
      if (child === 0) break;
      node = child;
    }
    const b = this.stops[node] - 1;
    if (b < 0) return null;
    const re = (this.buckets[b] ??= new RegExp(this.sources[b], this.flags + 'y'));
    re.lastIndex = p;
    const m = re.exec(text);
    if (m !== null) this.entry = this.entries[b][firstGroup(m)];
    return m;
  }
}

interface Alternative {
  entry: number;
  source: string;
  prefixes: string[];
}

/** Escape one character for a regex character class ('u' flag). */
function classChar(c: string): string {
  return `\\u{${c.codePointAt(0)!.toString(16)}}`;
}

/**
 * Code units grouped by which of `chars` they match under `flags` (the regex engine's own case
 * folding: the Kelvin sign finds the alternatives of "k" as the regex would). Returns the class id
 * of every unit (0: matches none) and, per character, the ids of the units that match it.
 */
function unitClasses(
  chars: string[],
  flags: string,
): { ids: Uint8Array; size: number; idsOf: Map<string, number[]> } | null {
  const ids = new Uint8Array(0x10000);
  const idsOf = new Map<string, number[]>(chars.map((c) => [c, []]));
  const each = chars.map((c) => [c, new RegExp(`^[${classChar(c)}]$`, flags)] as const);
  const bySignature = new Map<string, number>();
  for (const m of units().matchAll(new RegExp(`[${chars.map(classChar).join('')}]`, flags + 'g'))) {
    const unit = m.index;
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    const matched = each.filter(([, re]) => re.test(m[0])).map(([c]) => c);
    const signature = matched.join('');
    let id = bySignature.get(signature);
    if (id === undefined) {
      id = bySignature.size + 1;
      if (id > 255) return null;
      bySignature.set(signature, id);
      for (const c of matched) idsOf.get(c)!.push(id);
    }
    ids[unit] = id;
  }
  return { ids, size: bySignature.size + 1, idsOf };
}

/** The beginnings of an alternative, as long as can be told without too many of them. */
function prefixesOf(source: string): string[] | null {
  for (let k = KEY; k >= 1; k--) {
    const p = matchPrefixes(source, k);
    if (p !== null) return p;
  }
  return null;
}

/** The trie of beginnings as class ids; `ending[node]`: the alternatives one of whose beginnings
 *  ends there. */
function buildTrie(alts: Alternative[], idsOf: Map<string, number[]>): { children: number[][]; ending: number[][] } {
  const children: number[][] = [[]];
  const ending: number[][] = [[]];
  alts.forEach((alt, index) => {
    for (const s of alt.prefixes) {
      let nodes = [0];
      for (const ch of s) {
        const reached: number[] = [];
        for (const node of nodes) {
          for (const id of idsOf.get(ch)!) {
            let child = children[node][id];
            if (child === undefined) {
              child = children.length;
              children[node][id] = child;
              children.push([]);
              ending.push([]);
            }
            reached.push(child);
          }
        }
        nodes = reached;
      }
      for (const node of nodes) if (ending[node][ending[node].length - 1] !== index) ending[node].push(index);
    }
  });
  return breadthFirst(children, ending);
}

/** The same trie with its nodes numbered level by level: the first levels, walked for every word,
 *  lie together in memory. */
function breadthFirst(children: number[][], ending: number[][]): { children: number[][]; ending: number[][] } {
  const order = [0];
  for (let i = 0; i < order.length; i++)
    for (const child of children[order[i]]) if (child !== undefined) order.push(child);
  const renumbered = new Array<number>(children.length);
  order.forEach((old, i) => {
    renumbered[old] = i;
  });
  return {
    children: order.map((old) => {
      const c: number[] = [];
      children[old].forEach((child, id) => {
        c[id] = renumbered[child];
      });
      return c;
    }),
    ending: order.map((old) => ending[old]),
  };
}

/**
 * A scanner with the matches of `new RegExp(combinedSource(patterns), flags + 'g')`. Falls back
 * to that regex when some alternative may begin otherwise than with known characters of the
 * Basic Multilingual Plane.
 */
export function entryScanner(patterns: string[], flags: string): EntryScanner {
  const base = flags.replace(/[gy]/g, '');
  const fallback = () => new RegexScanner(new RegExp(combinedSource(patterns), base + 'g'));
  const alts: Alternative[] = [];
  for (let entry = 0; entry < patterns.length; entry++) {
    for (const source of alternatives(patterns[entry])) {
      const prefixes = prefixesOf(source);
      if (prefixes === null) return fallback();
      alts.push({ entry, source, prefixes });
    }
  }
  const classes = unitClasses([...new Set(alts.flatMap((a) => a.prefixes.flatMap((s) => [...s])))], base);
  if (!classes) return fallback();
  const { ids, size, idsOf } = classes;
  const { children, ending } = buildTrie(alts, idsOf);
  if (children.length > 0xffff) return fallback();

  // Where the walk stops at a node (the text goes on otherwise, or the trie ends), the alternatives
  // to try are those with a beginning that ends on the path to it.
  const next = new Uint16Array(children.length * size);
  const stops = new Uint16Array(children.length);
  const sources: string[] = [];
  const entries: number[][] = [];
  const setOf = new Map<string, number>();
  const visit = (node: number, above: number[]) => {
    const list = ending[node].length ? [...new Set([...above, ...ending[node]])].sort((a, b) => a - b) : above;
    children[node].forEach((child, id) => {
      next[node * size + id] = child;
      visit(child, list);
    });
    if (list.length === 0) return;
    const name = list.join(',');
    let b = setOf.get(name);
    if (b === undefined) {
      b = sources.length;
      setOf.set(name, b);
      const groups: string[][] = [];
      const groupEntries: number[] = [];
      for (const i of list) {
        const a = alts[i];
        // consecutive alternatives of one entry share its group, in their original order
        if (groupEntries[groupEntries.length - 1] === a.entry) groups[groups.length - 1].push(a.source);
        else {
          groups.push([a.source]);
          groupEntries.push(a.entry);
        }
      }
      // the lookbehind is the scanner's own test (WordStarts)
      sources.push(`(?:${entryGroups(groups.map((g) => g.join('|')))})`);
      entries.push(groupEntries);
    }
    stops[node] = b + 1;
  };
  visit(0, []);
  return new TrieScanner(ids, size, next, stops, sources, base, entries, wordStartsFor(base));
}
