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

const keyCache = new Map<string, string>();
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
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(raw, w);
  return w;
}

// Latin (with Latin-1 and Extended-A/B and Vietnamese-style additions), Cyrillic, digits; other scripts are
// not place names here. No /u property classes: this runs over every character of every report.
const TOKEN_RE = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0400-\u04FF]+(?:['’ʼ][A-Za-z\u00C0-\u024F\u0400-\u04FF]+)*/g;

function isCapital(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** Split text into word tokens with offsets; hyphens, dots and brackets separate words; a possessive 's is dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    const n = raw.length;
    if (n > 2 && (raw[n - 1] === 's' || raw[n - 1] === 'S') && (raw[n - 2] === "'" || raw[n - 2] === '’' || raw[n - 2] === 'ʼ')) raw = raw.slice(0, -2);
    const code = raw.charCodeAt(0);
    out.push({ start: m.index, end: m.index + raw.length, raw, cap: isCapital(raw[0]), cyrillic: code >= 0x400 && code <= 0x4ff });
  }
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
  return fnv1a(JSON.stringify([NORMALIZER_REVISION, [...cyrillicEndings].sort(), minStem, minStemAfterOneLetter, keepWholeEndings, tokenSynonyms]));
}

/** FNV-1a hash of a string, in hex: a cheap fingerprint for "was this built from the same input". */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

