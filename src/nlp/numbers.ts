// Numbers in text: a tokenizer that keeps digit groups whole ("15,000", "15 000", "2,5", "1990s",
// "19-year-old"), and a reader for digits with scale words ("1.5 million", "2,5 тыс.") and for number
// words in English and Russian in any case form ("twenty-three", "a hundred", "двумястами").
import type { Lang } from '../model/document.js';
import { LETTER, SPACE, charClasses } from './char-classes.js';
import { numberLexicon, type NumberLexicon } from './numbers-data.js';
import { SpanMemo, hashStep } from './span-memo.js';

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
  /** for words and marks: the entry of the spelling, shared by all its tokens */
  spelling?: Spelling;
}

/** Digits as one token ("15,000", "15 000", "2,5"), with letters glued to them ("1990s", "19-year-old"). */
const NUMBER_SRC = String.raw`(\d{1,3}(?:(?:[\u00A0\u202F ]|,)\d{3})+(?![\d])(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?!\d))?)((?:-?\p{L}+)(?:-\p{L}+)*)?`;
const TOKEN = new RegExp(String.raw`${NUMBER_SRC}|\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+)*|[^\s\p{L}\d]`, 'gu');

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

function allDigits(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A word or a mark as spelt, with its lower-case form: memoised per spelling (see SpanMemo). */
export interface Spelling {
  readonly text: string;
  readonly lower: string;
  /** what lexicons said of the word, kept by their users (see startsAmount in extract/6-quantities/index.ts) */
  facts: number;
}
const spellings = new SpanMemo<Spelling>((text) => ({ text, lower: lowerFold(text), facts: 0 }));

/** One token, every field set, so that all tokens share one object layout. */
function token(
  text: string,
  lower: string,
  start: number,
  kind: NumToken['kind'],
  spelling?: Spelling,
  value?: number,
  suffix?: string,
  grouped?: boolean,
): NumToken {
  return { text, lower, start, end: start + text.length, kind, value, suffix, grouped, spelling };
}

function spelt(s: Spelling, start: number, kind: NumToken['kind']): NumToken {
  return token(s.text, s.lower, start, kind, s);
}

/** Digits as TOKEN's first alternative read them (group 1), with the letters glued on (group 2). */
function digitsToken(raw: string, start: number, digits: string, glued: string | undefined): NumToken {
  return token(
    raw,
    lowerFold(raw),
    start,
    'num',
    undefined,
    parseDigits(digits),
    glued ? lowerFold(glued) : undefined,
    !allDigits(digits),
  );
}

const LETTER_RE = /\p{L}/u;

/** TOKEN over text with astral characters (outside the class table). */
function numberTokensByRegex(text: string): NumToken[] {
  const out: NumToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m[1] !== undefined) out.push(digitsToken(m[0], m.index, m[1], m[2]));
    else out.push(spelt(spellings.of(m[0]), m.index, LETTER_RE.test(m[0]) ? 'word' : 'punct'));
  }
  return out;
}

/** TOKEN's first alternative (digits, glued letters), tried at one position. */
const DIGITS_AT = new RegExp(NUMBER_SRC, 'uy');
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

// Hot path (every sentence with a digit or number word): a hand-written scan that matches TOKEN
// exactly. Every character but white space starts a token: a digit the number alternative (read by
// DIGITS_AT), a letter a word (letters, then "'letters" parts, then "-letters" parts), anything else
// a one-character mark. Words and marks are hashed as they are read and found in the spelling memo,
// so their lower-case forms are shared strings (whose hashes V8 keeps for the lexicon lookups).
export function numberTokens(text: string): NumToken[] {
  const cls = charClasses();
  const out: NumToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      DIGITS_AT.lastIndex = i;
      const m = DIGITS_AT.exec(text)!;
      out.push(digitsToken(m[0], i, m[1], m[2]));
      i += m[0].length;
    } else if ((cls[c] & LETTER) !== 0) {
      const start = i;
      let h = hashStep(0, c);
      let hyphens = false;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        // a mark joins letters on both sides: "'letters" parts, then "-letters" parts
        if ((cls[d] & LETTER) === 0) {
          if (i + 1 >= n || (cls[text.charCodeAt(i + 1)] & LETTER) === 0) break;
          if (d === 0x2d) hyphens = true;
          else if (hyphens || !isApostrophe(d)) break;
        }
        h = hashStep(h, d);
      }
      out.push(spelt(spellings.at(text, start, i, h), start, 'word'));
    } else if ((cls[c] & SPACE) !== 0) {
      i++;
    } else {
      // Surrogates have no class and come here (but for astral letters glued to digits, which
      // DIGITS_AT reads as TOKEN does): the text goes to the regex.
      if ((c & 0xf800) === 0xd800) return numberTokensByRegex(text);
      out.push(spelt(spellings.at(text, i, i + 1, hashStep(0, c)), i, 'punct'));
      i++;
    }
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
  if (t?.kind !== 'word') return undefined;
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

const firstPart = (lower: string) => {
  const hyphen = lower.indexOf('-');
  return hyphen < 0 ? lower : lower.slice(0, hyphen);
};

/** A number word, or a hyphenated one whose every part is one ("twenty-three"): the sum; else undefined. */
function wordValue(lex: NumberLexicon, lower: string): number | undefined {
  if (lower.indexOf('-') < 0) return lex.words.get(lower);
  let sum = 0;
  for (const part of lower.split('-')) {
    const v = lex.words.get(part);
    if (v === undefined) return undefined;
    sum += v;
  }
  return sum;
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
    if (!next || !(lex.hundred.has(next.lower) || lex.scales.has(next.lower) || lex.dozen.has(next.lower)))
      return undefined;
    current = 1;
    k++;
  }
  for (; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'word') break;
    const value = wordValue(lex, t.lower);
    if (value !== undefined) {
      current += value;
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
    if (lex.joiners.has(t.lower) && last >= 0 && toks[k + 1] && lex.words.has(firstPart(toks[k + 1].lower))) continue;
    break;
  }
  if (last < 0) {
    const t = toks[i];
    const alone =
      t?.kind === 'word'
        ? (lex.alone.get(t.lower) ?? (afterQualifier ? lex.aloneAfterQualifier.get(t.lower) : undefined))
        : undefined;
    return alone !== undefined ? { value: alone, last: i } : undefined;
  }
  return { value: total + current, last };
}

/** The number that starts at token i, if any. `afterQualifier`: a word like "более" precedes (then "тысячи" is 1000). */
export function readNumberAt(toks: NumToken[], i: number, lang: Lang, afterQualifier = false): NumberRead | undefined {
  return readNumberWith(numberLexicon(lang), toks, i, afterQualifier);
}

/** readNumberAt with the language's lexicon at hand. */
export function readNumberWith(
  lex: NumberLexicon,
  toks: NumToken[],
  i: number,
  afterQualifier = false,
): NumberRead | undefined {
  return readDigits(lex, toks, i) ?? readWords(lex, toks, i, afterQualifier);
}

/** The value of a phrase that is wholly a number ("twenty-three", "двумястами", "1.5 million"); null otherwise. */
export function parseNumberWords(text: string, lang: Lang): number | null {
  const toks = numberTokens(text.slice(0, 200));
  if (toks.length === 0) return null;
  const read = readNumberAt(toks, 0, lang, true);
  return read && read.last === toks.length - 1 ? read.value : null;
}
