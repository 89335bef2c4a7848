// Numbers in text: a tokenizer that keeps digit groups whole ("15,000", "15 000", "2,5", "1990s",
// "19-year-old"), and a reader for digits with scale words ("1.5 million", "2,5 тыс.") and for number
// words in English and Russian in any case form ("twenty-three", "a hundred", "двумястами").
import type { Lang } from '../model/document.js';
import { numberLexicon, type NumberLexicon } from './numbers-data.js';

export interface NumToken {
  text: string;
  /** lower-case, ё → е */
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
  /** for 'num': the digits read as a number */
  value?: number;
  /** for 'num': letters glued to the digits, lower-case, with any hyphen: "th", "-year-old", "-й", "k" */
  suffix?: string;
  /** for 'num': the digits are grouped (15,000 / 15 000) or have a decimal part */
  grouped?: boolean;
}

const TOKEN = /(\d{1,3}(?:(?:[\u00A0\u202F ]|,)\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?)((?:-?\p{L}+)(?:-\p{L}+)*)?|\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*|[^\s\p{L}\d]/gu;

/** Digits as written → number. A comma before exactly three digits groups thousands; else it is a decimal comma
 * (the tokenizer only lets one or two digits follow a decimal comma, so "April 18,2024" stays two numbers). */
export function parseDigits(raw: string): number {
  if (allDigits(raw)) return Number(raw);
  let s = raw.replace(/[\u00A0\u202F ]/g, '');
  s = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s) ? s.replace(/,/g, '') : s.replace(',', '.');
  return Number(s);
}

const lowerFold = (s: string) => {
  const l = s.toLowerCase();
  return l.includes('ё') ? l.replace(/ё/g, 'е') : l;
};

/** True when the matched token is a word (the letter alternative of TOKEN): ASCII answered without a regex. */
function startsWithLetter(tok: string): boolean {
  const c = tok.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(tok);
}
const LETTER = /\p{L}/u;

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

// Hot path (every sentence with a digit or number word): one regex pass, no per-token regex.
export function numberTokens(text: string): NumToken[] {
  const out: NumToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const t: NumToken = { text: raw, lower: lowerFold(raw), start, end: start + raw.length, kind: 'punct' };
    if (m[1] !== undefined) {
      t.kind = 'num';
      t.value = parseDigits(m[1]);
      t.grouped = !allDigits(m[1]);
      if (m[2]) t.suffix = lowerFold(m[2]);
    } else if (startsWithLetter(raw)) t.kind = 'word';
    out.push(t);
  }
  return out;
}

export interface NumberRead {
  value: number;
  /** index of the last token of the number */
  last: number;
}

function scaleAt(lex: NumberLexicon, toks: NumToken[], k: number): { factor: number; last: number } | undefined {
  const t = toks[k];
  if (!t || t.kind !== 'word') return undefined;
  const factor = lex.scales.get(t.lower) ?? lex.dozen.get(t.lower);
  if (factor === undefined) return undefined;
  // "тыс." / "mln." abbreviations take their dot along
  const dot = toks[k + 1]?.text === '.' && toks[k + 1].start === t.end && t.lower.length <= 4 ? 1 : 0;
  return { factor, last: k + dot };
}

/** Digits, with an attached or following scale word: "15", "1.5 million", "15k", "2,5 тыс.". */
function readDigits(lex: NumberLexicon, toks: NumToken[], i: number): NumberRead | undefined {
  const t = toks[i];
  if (t.kind !== 'num' || t.value === undefined || !Number.isFinite(t.value)) return undefined;
  const glued = t.suffix ? lex.scales.get(t.suffix) : undefined;
  if (glued !== undefined) return { value: t.value * glued, last: i };
  const scale = scaleAt(lex, toks, i + 1);
  return scale ? { value: t.value * scale.factor, last: scale.last } : { value: t.value, last: i };
}

/** Number words from token i: "twenty-three", "a hundred and five", "two dozen", "две тысячи пятьсот". */
function readWords(lex: NumberLexicon, toks: NumToken[], i: number, afterQualifier: boolean): NumberRead | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  let k = i;
  // "a hundred", "a dozen", "an estimated"… only the first two are numbers: 'a' counts as one
  if (lex.articles.has(toks[k]?.lower ?? '') && toks[k].lower !== 'one') {
    const next = toks[k + 1];
    if (!next || !(lex.hundred.has(next.lower) || lex.scales.has(next.lower) || lex.dozen.has(next.lower))) return undefined;
    current = 1;
    k++;
  }
  for (; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    const parts = t.lower.split('-');
    const partValues = parts.map((p) => lex.words.get(p));
    if (partValues.every((v) => v !== undefined)) {
      current += (partValues as number[]).reduce((a, b) => a + b, 0);
      last = k;
      continue;
    }
    const half = lex.half.get(t.lower);
    if (half !== undefined && last < 0) {
      current = half;
      last = k;
      continue;
    }
    const hundred = lex.hundred.get(t.lower);
    // a bare "hundred" is no number ("a couple of hundred" is a vague amount)
    if (hundred !== undefined && current > 0) {
      current = (current || 1) * hundred;
      last = k;
      continue;
    }
    const scale = lex.scales.get(t.lower) ?? lex.dozen.get(t.lower);
    if (scale !== undefined && (last >= 0 || current > 0)) {
      total += (current || 1) * scale;
      current = 0;
      last = k;
      continue;
    }
    // "one hundred and five": 'and' only between number words
    if (lex.joiners.has(t.lower) && last >= 0 && toks[k + 1] && lex.words.has(toks[k + 1].lower.split('-')[0])) continue;
    break;
  }
  if (last < 0) {
    const t = toks[i];
    const alone = t?.kind === 'word' ? lex.alone.get(t.lower) ?? (afterQualifier ? lex.aloneAfterQualifier.get(t.lower) : undefined) : undefined;
    return alone !== undefined ? { value: alone, last: i } : undefined;
  }
  return { value: total + current, last };
}

/** The number that starts at token i, if any. `afterQualifier`: a word like "более" precedes (then "тысячи" is 1000). */
export function readNumberAt(toks: NumToken[], i: number, lang: Lang, afterQualifier = false): NumberRead | undefined {
  const lex = numberLexicon(lang);
  return readDigits(lex, toks, i) ?? readWords(lex, toks, i, afterQualifier);
}

/** The value of a phrase that is wholly a number ("twenty-three", "двумястами", "1.5 million"); null otherwise. */
export function parseNumberWords(text: string, lang: Lang): number | null {
  const toks = numberTokens(text.slice(0, 200));
  if (toks.length === 0) return null;
  const read = readNumberAt(toks, 0, lang, true);
  return read && read.last === toks.length - 1 ? read.value : null;
}
