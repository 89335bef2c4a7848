// Word tokens with the context that name matching needs: offsets, lookup key, letter case, and
// whether the word opens a sentence (where a capital says nothing) or follows an opening quote.
import { LETTER, MARK, NUMBER, charClasses, hasSurrogates } from '../nlp/char-classes.js';
import { tokenKey } from './normalise.js';

export interface WordToken {
  text: string;
  start: number;
  end: number;
  key: string;
  /** two or more letters, all capitals: FSB, РДК */
  upper: boolean;
  /** first letter is a capital */
  capital: boolean;
  sentenceInitial: boolean;
  /** an opening quote stands right before it */
  quoted: boolean;
  /** the gap from the previous token is only spaces, hyphens, quotes or a slash (a name may span it) */
  joinsPrev: boolean;
  /** the gap to the previous token (raw text) */
  gap: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
const JOINABLE_GAP = /^(?:[\s\-‐–«»“”„"'‘’\/]{0,4}|\.\s?)$/;
const SENTENCE_END = /[.!?…]\s*[«“„"'‘(\[]*\s*$/;
const OPENING_ONLY = /^[\s«“„"'‘(\[]*$/;

const QUOTES = new Set(['«', '“', '„', '"', "'", '‘']);

/** What a word's spelling alone says: its key and letter case. Pure, so memoised per spelling. */
interface WordShape {
  bare: string;
  key: string;
  upper: boolean;
  capital: boolean;
}

const shapes = new Map<string, WordShape>();
const SHAPES_MAX = 50_000;

/** "Ukraine's" → "Ukraine": the possessive 's (any apostrophe, any case) is no part of the name. */
function withoutPossessive(raw: string): string {
  const n = raw.length;
  if (n <= 2) return raw;
  const s = raw.charCodeAt(n - 1);
  const a = raw.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (a === 0x27 || a === 0x2019 || a === 0x2bc) ? raw.slice(0, -2) : raw;
}

function shapeOf(raw: string): WordShape {
  let s = shapes.get(raw);
  if (s === undefined) {
    const bare = withoutPossessive(raw);
    const first = bare.charAt(0);
    s = {
      bare,
      key: tokenKey(bare),
      upper: bare.length >= 2 && bare === bare.toUpperCase() && bare !== bare.toLowerCase(),
      capital: first !== first.toLowerCase(),
    };
    if (shapes.size >= SHAPES_MAX) shapes.clear();
    shapes.set(raw, s);
  }
  return s;
}

function pushToken(out: WordToken[], text: string, raw: string, start: number, prevEnd: number): void {
  const gap = start === prevEnd ? '' : text.slice(prevEnd, start);
  const shape = shapeOf(raw);
  const before1 = text.charAt(start - 1);
  out.push({
    text: raw,
    start,
    end: start + raw.length,
    key: shape.key,
    upper: shape.upper,
    capital: shape.capital,
    sentenceInitial: out.length === 0 ? gap === '' || OPENING_ONLY.test(gap) : gap !== ' ' && SENTENCE_END.test(gap),
    quoted: QUOTES.has(before1) || (before1 === ' ' && QUOTES.has(text.charAt(start - 2))),
    joinsPrev: out.length > 0 && (gap === ' ' || JOINABLE_GAP.test(gap)),
    gap,
  });
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** The WORD regex, for text with astral characters (outside the class table). */
function wordTokensByRegex(text: string): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    pushToken(out, text, m[0], m.index, prevEnd);
    prevEnd = m.index + m[0].length;
  }
  return out;
}

// Hot path (every sentence): words found by a hand-written scan that matches the WORD regex exactly
// (letters, marks, digits; then any "'letters" parts), per-spelling facts from the memo, and plain
// spaces take fast exits before any regular expression runs.
export function wordTokens(text: string): WordToken[] {
  if (hasSurrogates(text)) return wordTokensByRegex(text);
  const cls = charClasses();
  const WORD_CHAR = LETTER | MARK | NUMBER;
  const out: WordToken[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if ((cls[text.charCodeAt(i)] & WORD_CHAR) === 0) { i++; continue; }
    const start = i;
    while (i < n && (cls[text.charCodeAt(i)] & WORD_CHAR) !== 0) i++;
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (cls[text.charCodeAt(i + 1)] & LETTER) !== 0) {
      i += 2;
      while (i < n && (cls[text.charCodeAt(i)] & LETTER) !== 0) i++;
    }
    pushToken(out, text, text.slice(start, i), start, prevEnd);
    prevEnd = i;
  }
  return out;
}
