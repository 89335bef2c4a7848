// Word tokens with the context that name matching needs: offsets, lookup key, letter case, and
// whether the word opens a sentence (where a capital says nothing) or follows an opening quote.
import { LETTER, MARK, NUMBER, charClasses } from '../nlp/char-classes.js';
import { tokenKey } from '../nlp/token-key.js';
import type { ActorKind, Registry, RuHead, TrieNode } from './shapes.js';
import { SpanMemo, hashStep } from '../nlp/span-memo.js';

/**
 * What a word's spelling alone says, memoised per spelling (`text` is the spelling itself), with
 * slots where the matchers keep what their lexicons say of the word.
 */
export interface WordShape {
  text: string;
  key: string;
  /** two or more letters, all capitals: FSB, РДК */
  upper: boolean;
  /** first letter is a capital */
  capital: boolean;
  /** lower case, a possessive 's dropped: how pattern lexicons know the word */
  lower: string;
  /** ends in a possessive 's (any apostrophe, any case) */
  possessive: boolean;
  /** holds a basic Latin letter (A-Z, a-z) */
  latin: boolean;
  /** holds a character of the Cyrillic block (U+0400–U+04FF) */
  cyrillic: boolean;
  /** registry trie node the key leads to from the root, for the registry in `startOf` (see match-registry.ts) */
  startOf: Registry | undefined;
  startNode: TrieNode | undefined;
  /** the kind of organisation the word heads in English names, null for none; undefined until asked (patterns-en.ts) */
  enHead: ActorKind | null | undefined;
  /** the same for Russian names, by key (patterns-ru.ts) */
  ruHead: RuHead | null | undefined;
}

/**
 * A word where it stands. The spelling's facts live in its shared shape (a token is made for every
 * word of every sentence, so it carries only what depends on the place).
 */
export class WordToken {
  constructor(
    readonly shape: WordShape,
    readonly start: number,
    readonly end: number,
    readonly sentenceInitial: boolean,
    /** an opening quote stands right before it */
    readonly quoted: boolean,
    /** the gap from the previous token is only spaces, hyphens, quotes or a slash (a name may span it) */
    readonly joinsPrev: boolean,
    /** the gap to the previous token (raw text) */
    readonly gap: string,
  ) {}

  get text(): string {
    return this.shape.text;
  }
  get key(): string {
    return this.shape.key;
  }
  get upper(): boolean {
    return this.shape.upper;
  }
  get capital(): boolean {
    return this.shape.capital;
  }
  get lower(): string {
    return this.shape.lower;
  }
  get possessive(): boolean {
    return this.shape.possessive;
  }
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu;
const JOINABLE_GAP = /^(?:[\s\-‐–«»“”„"'‘’/]{0,4}|\.\s?)$/;
const SENTENCE_END = /[.!?…]\s*[«“„"'‘([]*\s*$/;
const OPENING_ONLY = /^[\s«“„"'‘([]*$/;

/** « “ „ " ' ‘ */
const isQuote = (c: number) => c === 0xab || c === 0x201c || c === 0x201e || c === 0x22 || c === 0x27 || c === 0x2018;
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;

/** "Ukraine's" → "Ukraine": the possessive 's (any apostrophe, any case) is no part of the name. */
function withoutPossessive(raw: string): string {
  const n = raw.length;
  if (n <= 2) return raw;
  const s = raw.charCodeAt(n - 1);
  return (s === 0x73 || s === 0x53) && isApostrophe(raw.charCodeAt(n - 2)) ? raw.slice(0, -2) : raw;
}

function computeShape(raw: string): WordShape {
  const bare = withoutPossessive(raw);
  const first = bare.charAt(0);
  return {
    text: raw,
    key: tokenKey(bare),
    upper: bare.length >= 2 && bare === bare.toUpperCase() && bare !== bare.toLowerCase(),
    capital: first !== first.toLowerCase(),
    lower: raw.toLowerCase().replace(/['’ʼ]s$/, ''),
    possessive: bare !== raw,
    latin: /[A-Za-z]/.test(raw),
    cyrillic: /[\u0400-\u04FF]/.test(raw),
    startOf: undefined,
    startNode: undefined,
    enHead: undefined,
    ruHead: undefined,
  };
}

// Shapes by spelling; the scan below finds them by span and hash.
const shapes = new SpanMemo<WordShape>(computeShape);

/** A word of `text` at start..end, placed by the gap since the previous word (which ended at prevEnd). */
function makeToken(
  text: string,
  shape: WordShape,
  start: number,
  end: number,
  prevEnd: number,
  first: boolean,
): WordToken {
  let gap: string;
  let sentenceInitial: boolean;
  let joinsPrev: boolean;
  const g0 = text.charCodeAt(prevEnd);
  // Most gaps are one space (or none, or ", "): those are settled without a regular expression.
  if (start === prevEnd || (start === prevEnd + 1 && g0 === 0x20)) {
    gap = start === prevEnd ? '' : ' ';
    sentenceInitial = first;
    joinsPrev = !first;
  } else if (!first && start === prevEnd + 2 && g0 === 0x2c && text.charCodeAt(prevEnd + 1) === 0x20) {
    gap = ', ';
    sentenceInitial = false;
    joinsPrev = false;
  } else {
    gap = text.slice(prevEnd, start);
    sentenceInitial = first ? OPENING_ONLY.test(gap) : SENTENCE_END.test(gap);
    joinsPrev = !first && JOINABLE_GAP.test(gap);
  }
  // (charCodeAt stays in bounds: reading before the text would cost optimised code a bail-out)
  const b1 = start > 0 ? text.charCodeAt(start - 1) : 0;
  const quoted = isQuote(b1) || (b1 === 0x20 && start > 1 && isQuote(text.charCodeAt(start - 2)));
  return new WordToken(shape, start, end, sentenceInitial, quoted, joinsPrev, gap);
}

/** The WORD regex, for text with astral characters (outside the class table). */
function wordTokensByRegex(text: string): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    out.push(makeToken(text, shapes.of(m[0]), m.index, end, prevEnd, out.length === 0));
    prevEnd = end;
  }
  return out;
}

// Hot path (every sentence): words found by a hand-written scan that matches the WORD regex exactly
// (letters, marks, digits; then any "'letters" parts), per-spelling facts from the memo, and plain
// spaces take fast exits before any regular expression runs. Surrogates have no class, so the scan
// meets them between words and hands the text to the regex.
export function wordTokens(text: string): WordToken[] {
  const cls = charClasses();
  const WORD_CHAR = LETTER | MARK | NUMBER;
  const out: WordToken[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((cls[c] & WORD_CHAR) === 0) {
      if ((c & 0xf800) === 0xd800) return wordTokensByRegex(text);
      i++;
      continue;
    }
    const start = i;
    let h = hashStep(0, c);
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if ((cls[d] & WORD_CHAR) === 0) break;
      h = hashStep(h, d);
    }
    while (i + 1 < n && isApostrophe(text.charCodeAt(i)) && (cls[text.charCodeAt(i + 1)] & LETTER) !== 0) {
      h = hashStep(hashStep(h, text.charCodeAt(i)), text.charCodeAt(i + 1));
      for (i += 2; i < n; i++) {
        const d = text.charCodeAt(i);
        if ((cls[d] & LETTER) === 0) break;
        h = hashStep(h, d);
      }
    }
    out.push(makeToken(text, shapes.at(text, start, i, h), start, i, prevEnd, out.length === 0));
    prevEnd = i;
  }
  return out;
}
