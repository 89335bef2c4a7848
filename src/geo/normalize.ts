// Name keys: the one normalisation applied both to gazetteer names (at load) and to text tokens (at lookup),
// so spelling variants meet in one Map key. Latin: lower-case, no diacritics, kh→h, -iy/-yy→-y, -ei→-ey.
// Cyrillic: lower-case, ё→е, case ending stripped (a small ending table, not a full stemmer: place names only
// need their nominative and oblique forms to meet, and stripping must be the same on both sides).
import { placeCues } from './cues.js';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** first letter upper-case */
  cap: boolean;
  cyrillic: boolean;
  /** normalised key, computed on first use (see tokenKey): most tokens of a text never need one */
  key?: string;
  /** lower-case form, computed on first use */
  lower?: string;
}

const CYRILLIC = /[а-яёіїєґ]/i;
const APOSTROPHES = /['’ʼʹ`´]/g;
const COMBINING = /[\u0300-\u036f]/g;

export function stemCyrillic(word: string): string {
  const { cyrillicEndings, minStem, minStemAfterOneLetter, keepWholeEndings } = placeCues();
  for (const ending of keepWholeEndings) if (word.endsWith(ending)) return word;
  for (const ending of cyrillicEndings) {
    const min = ending.length === 1 ? minStemAfterOneLetter : minStem;
    if (word.length - ending.length >= min && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/kh/g, 'h')
    .replace(/(?:iy|yy|ii|yi)$/, 'y')
    .replace(/ei$/, 'ey');
}

// Replaced when full, never cleared (see name-index.ts: a cleared Map keeps its successors alive).
let keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 100_000;

/** Normalised key of one word (no spaces in, none out). */
export function normWord(raw: string): string {
  const hit = keyCache.get(raw);
  if (hit !== undefined) return hit;
  let w = raw.toLowerCase().replace(APOSTROPHES, '');
  if (CYRILLIC.test(w)) {
    // Ukrainian і in a closed last syllable turns o/е when the word inflects: Харків → Харкові, Київ → Києві.
    w = w.replace(/ё/g, 'е').replace(/ів$/, 'ов').replace(/їв$/, 'єв');
    w = placeCues().tokenSynonyms[w] ?? stemCyrillic(w);
  } else {
    w = foldLatin(w);
  }
  w = placeCues().tokenSynonyms[w] ?? w;
  if (keyCache.size >= KEY_CACHE_MAX) keyCache = new Map();
  keyCache.set(raw, w);
  return w;
}

// Latin (with Latin-1 and Extended-A/B and Vietnamese-style additions), Cyrillic, digits; other scripts are
// not place names here. A word is /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0400-\u04FF]+/
// followed by any number of /['’ʼ][A-Za-z\u00C0-\u024F\u0400-\u04FF]+/. Scanned by hand: this runs over every
// character of every report, and a regex would allocate a match array per word.
const WORD = 1;
const TAIL = 2;
/** Per UTF-16 unit: WORD (may be in a word), TAIL (may follow an apostrophe inside a word). */
const CHAR_KIND = (() => {
  const t = new Uint8Array(0x10000);
  const mark = (from: number, to: number, bits: number) => {
    for (let c = from; c <= to; c++) t[c] |= bits;
  };
  mark(0x30, 0x39, WORD);
  for (const [from, to] of [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0x400, 0x4ff],
  ])
    mark(from, to, WORD | TAIL);
  mark(0xc0, 0x24f, TAIL);
  for (const [from, to] of [
    [0xc0, 0xd6],
    [0xd8, 0xf6],
    [0xf8, 0x24f],
    [0x1e00, 0x1eff],
  ])
    mark(from, to, WORD);
  return t;
})();

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** The letter at `pos` has a lower-case form of its own (A–Z and А–Я answered without toLowerCase). */
export function isCapitalAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x400 && c <= 0x42f) return true;
  if (c >= 0x430 && c <= 0x45f) return false;
  const ch = text[pos];
  return ch !== ch.toLowerCase();
}

/** The letter at `pos` is Cyrillic (words starting with one are matched even in lower case). */
export function isCyrillicAt(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return c >= 0x400 && c <= 0x4ff;
}

/**
 * Word offsets of one text, filled by lexWords. An owner keeps one and reuses it from text to text, so
 * that lexing allocates nothing: most sentences name no place and never need Token objects at all.
 */
export class WordBounds {
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);

  /** Room for at least `n` words. */
  reserve(n: number): void {
    if (this.start.length >= n) return;
    let size = this.start.length;
    while (size < n) size *= 2;
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
  }
}

/** Find the words of text (see WORD above); hyphens, dots and brackets separate words; a possessive 's is dropped. */
export function lexWords(text: string, into: WordBounds): void {
  const n = text.length;
  // Room for every word up front, so no check per word: a word and the separator after it take two characters
  // or more (a word touches the next only after an apostrophe tail, "a'b1", three at least): ⌈n/2⌉ words at most.
  into.reserve((n >> 1) + 1);
  const starts = into.start,
    ends = into.end;
  let count = 0;
  let i = 0;
  while (i < n) {
    if ((CHAR_KIND[text.charCodeAt(i)] & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (CHAR_KIND[text.charCodeAt(i)] & WORD) !== 0) i++;
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (CHAR_KIND[text.charCodeAt(i + 1)] & TAIL) !== 0) {
      i += 2;
      while (i < n && (CHAR_KIND[text.charCodeAt(i)] & TAIL) !== 0) i++;
    }
    let end = i;
    const last = text.charCodeAt(end - 1);
    if (end - start > 2 && (last === 0x73 || last === 0x53) && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
    starts[count] = start;
    ends[count++] = end;
  }
  into.count = count;
}

/** A word of a text. Its spelling is sliced from the text on first use: most words are never read. */
class TextToken implements Token {
  readonly start: number;
  readonly end: number;
  readonly cap: boolean;
  readonly cyrillic: boolean;
  key: string | undefined;
  lower: string | undefined;
  private readonly text: string;
  private spelled: string | undefined;

  constructor(text: string, start: number, end: number) {
    this.start = start;
    this.end = end;
    this.cap = isCapitalAt(text, start);
    this.cyrillic = isCyrillicAt(text, start);
    this.key = undefined;
    this.lower = undefined;
    this.text = text;
    this.spelled = undefined;
  }

  get raw(): string {
    return (this.spelled ??= this.text.slice(this.start, this.end));
  }
}

/**
 * The words of one sentence as the lookup reads them: offsets for every word, a Token object only for the
 * words something reads (most words are neither part of a name nor next to one).
 */
export class TokenList {
  readonly text: string;
  readonly length: number;
  /** word k runs from bounds[2k] to bounds[2k + 1] */
  private readonly bounds: number[];
  private readonly made: Array<Token | undefined>;

  constructor(text: string, words: WordBounds) {
    this.text = text;
    this.length = words.count;
    const bounds = new Array<number>(2 * words.count);
    for (let k = 0; k < words.count; k++) {
      bounds[2 * k] = words.start[k];
      bounds[2 * k + 1] = words.end[k];
    }
    this.bounds = bounds;
    this.made = new Array<Token | undefined>(words.count);
  }

  start(k: number): number {
    return this.bounds[2 * k];
  }

  end(k: number): number {
    return this.bounds[2 * k + 1];
  }

  /** first letter upper-case (as Token.cap) */
  cap(k: number): boolean {
    return isCapitalAt(this.text, this.bounds[2 * k]);
  }

  /** first letter Cyrillic (as Token.cyrillic) */
  cyrillic(k: number): boolean {
    return isCyrillicAt(this.text, this.bounds[2 * k]);
  }

  /** Word k as written (from its Token when one was made: no Token is made for it here). */
  raw(k: number): string {
    return this.made[k]?.raw ?? this.text.slice(this.bounds[2 * k], this.bounds[2 * k + 1]);
  }

  /** Word k as a Token, made on first use and kept (its key and lower-case form are cached on it). */
  at(k: number): Token {
    return (this.made[k] ??= new TextToken(this.text, this.bounds[2 * k], this.bounds[2 * k + 1]));
  }
}

// tokenize's own bounds: callers of tokenize (nameKey while the gazetteer loads) may run in the middle of
// another owner's lexing, so no two owners share one.
const tokenizeWords = new WordBounds();

/** Split text into word tokens with offsets; hyphens, dots and brackets separate words; a possessive 's is dropped. */
export function tokenize(text: string): Token[] {
  lexWords(text, tokenizeWords);
  const out: Token[] = new Array(tokenizeWords.count);
  for (let k = 0; k < tokenizeWords.count; k++)
    out[k] = new TextToken(text, tokenizeWords.start[k], tokenizeWords.end[k]);
  return out;
}

/** The token's normalised key (cached on the token). */
export function tokenKey(t: Token): string {
  if (t.key === undefined) t.key = normWord(t.raw);
  return t.key;
}

/** Key of a whole name: its tokens' keys joined by single spaces ("Ust-Ilimsk" → "ust ilimsk"). */
export function nameKey(name: string): string {
  let key = '';
  for (const t of tokenize(name)) {
    const k = tokenKey(t);
    if (k) key = key ? key + ' ' + k : k;
  }
  return key;
}

/** Bump when the normalisation rules in this file change: the built gazetteer stores keys made by them. */
const NORMALIZER_REVISION = 2;

/** Identifies the key rules (code revision + the data they read); the gazetteer records the one it was built with. */
export function keyVersion(): string {
  const { cyrillicEndings, minStem, minStemAfterOneLetter, keepWholeEndings, tokenSynonyms } = placeCues();
  return fnv1a(
    JSON.stringify([
      NORMALIZER_REVISION,
      [...cyrillicEndings].sort(),
      minStem,
      minStemAfterOneLetter,
      keepWholeEndings,
      tokenSynonyms,
    ]),
  );
}

/** FNV-1a hash of a string, in hex: a cheap fingerprint for "was this built from the same input". */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}
