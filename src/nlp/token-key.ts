// Token keys for name matching. Alias and text go through the same function, so a fold only has to
// be consistent, not linguistically exact: Latin spellings of Russian names vary (Ponomarev,
// Ponomaryov, Ponomarjov), and Russian names inflect (Легион, Легиона, Легионом). A Snowball
// stemmer was tried and dropped: it treats -ал/-ил as verb endings (Мемориал → мемориа, but
// Мемориале → мемориал), while names only need their case endings stripped.
import { readDataJson } from '../util/data-path.js';

const CYRILLIC = /[\u0400-\u04FF]/;
// Ukrainian and Belarusian letters folded onto Russian ones.
const CYR_FOLD: Record<string, string> = { ё: 'е', і: 'и', ї: 'и', є: 'е', ґ: 'г', ў: 'у', ъ: 'ь' };
const MIN_STEM = 2;

const endingList = (
  readDataJson<{ ru: { caseEndings: unknown } }>('actors-patterns.json').ru.caseEndings as string[]
).filter((e) => typeof e === 'string' && e.length > 0);
// Endings by length, longest tried first: three Set lookups per word instead of a scan of the list.
const endingsByLength = [3, 2, 1].map((n) => ({ n, set: new Set(endingList.filter((e) => e.length === n)) }));
if (endingList.some((e) => e.length > 3))
  throw new Error('actors-patterns.json: case endings longer than 3 letters are not supported');

const keyCache = new Map<string, string>();
const KEY_CACHE_MAX = 100_000;

/** Fold a lower-case Latin word: strip diacritics, then the usual transliteration variants. */
export function foldLatin(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');
  w = w.replace(/j/g, 'y').replace(/kh/g, 'h').replace(/w/g, 'v').replace(/x/g, 'ks');
  w = w.replace(/(?:iy|yy|yi|ii)$/, 'y').replace(/ei$/, 'ey');
  w = w.replace(/ia/g, 'ya').replace(/iu/g, 'yu');
  // Ponomaryov / Ponomaryev / Ponomarev: a y-glide after a consonant before o/e is dropped.
  w = w.replace(/([bcdfghklmnprstvz])y([oe])/g, '$1e');
  // Gabbasov / Gabasov, Russia / Rusia: doubled letters vary between transliterations.
  return w.replace(/(.)\1+/g, '$1');
}

/** Fold a lower-case Cyrillic word and strip its longest case ending (stem of 2+ letters kept). */
export function foldCyrillic(word: string): string {
  const w = word.replace(/[ёіїєґўъ]/g, (c) => CYR_FOLD[c] ?? c);
  let stem = w;
  for (const { n, set } of endingsByLength) {
    if (w.length - n >= MIN_STEM && set.has(w.slice(-n))) {
      stem = w.slice(0, -n);
      break;
    }
  }
  // Пономарёв / Пономарёва / Пономарёвым: the possessive -ов/-ев of surnames goes too, in every form.
  return stem.length > 4 && /[ое]в$/.test(stem) ? stem.slice(0, -2) : stem;
}

/** The lookup key of one word token (any script, any case). Abbreviations (СКУ, РДК) keep every letter. */
export function tokenKey(word: string): string {
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

function computeKey(word: string): string {
  const lower = word.toLowerCase().replace(/['’`ʼ]/g, '');
  if (!CYRILLIC.test(lower)) return foldLatin(lower);
  // Cyrillic abbreviations do not inflect: stripping "у" would make СКУ into СК.
  const abbreviation = word.length >= 2 && word === word.toUpperCase();
  return abbreviation ? lower.replace(/[ёіїєґўъ]/g, (c) => CYR_FOLD[c] ?? c) : foldCyrillic(lower);
}
