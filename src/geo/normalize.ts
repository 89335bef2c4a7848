// Name keys: the one normalisation applied both to gazetteer names (at load) and to text tokens (at lookup),
// so spelling variants meet in one Map key. Latin: lower-case, no diacritics, kh→h, -iy/-yy→-y, -ei→-ey.
// Cyrillic: lower-case, ё→е, case ending stripped (a small ending table, not a full stemmer: place names only
// need their nominative and oblique forms to meet, and stripping must be the same on both sides).
import { placeCues } from './cues.js';

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** normalised key of the token ("" when it normalises to nothing) */
  key: string;
  /** first letter upper-case */
  cap: boolean;
  /** every letter upper-case (acronyms: US, UK, РФ) */
  upper: boolean;
  cyrillic: boolean;
}

const CYRILLIC = /[а-яёіїєґ]/i;
const APOSTROPHES = /['’ʼʹ`´]/g;
const COMBINING = /[\u0300-\u036f]/g;
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
const POSSESSIVE = /['’ʼ]s$/i;

export function stemCyrillic(word: string): string {
  const { cyrillicEndings, minStem } = placeCues();
  for (const ending of cyrillicEndings) {
    if (word.length - ending.length >= minStem && word.endsWith(ending)) return word.slice(0, -ending.length);
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
    w = w.replace(/ё/g, 'е');
    w = placeCues().tokenSynonyms[w] ?? stemCyrillic(w);
  } else {
    w = foldLatin(w);
  }
  w = placeCues().tokenSynonyms[w] ?? w;
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(raw, w);
  return w;
}

/** Split text into word tokens with offsets; hyphens, dots and brackets separate words; a possessive 's is dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    let raw = m[0];
    const start = m.index;
    if (POSSESSIVE.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
    const first = raw[0];
    const cap = first !== first.toLowerCase();
    out.push({
      start,
      end: start + raw.length,
      raw,
      key: normWord(raw),
      cap,
      upper: cap && raw === raw.toUpperCase(),
      cyrillic: CYRILLIC.test(raw),
    });
  }
  return out;
}

/** Bump when the normalisation rules in this file change: the built gazetteer stores keys made by them. */
const NORMALIZER_REVISION = 1;

/** Identifies the key rules (code revision + the data they read); the gazetteer records the one it was built with. */
export function keyVersion(): string {
  const { cyrillicEndings, minStem, tokenSynonyms } = placeCues();
  const text = JSON.stringify([NORMALIZER_REVISION, [...cyrillicEndings].sort(), minStem, tokenSynonyms]);
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/** Key of a whole name: its tokens' keys joined by single spaces ("Ust-Ilimsk" → "ust ilimsk"). */
export function nameKey(name: string): string {
  return tokenize(name).map((t) => t.key).filter((k) => k !== '').join(' ');
}
