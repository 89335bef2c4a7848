// Word tokens with the context that name matching needs: offsets, lookup key, letter case, and
// whether the word opens a sentence (where a capital says nothing) or follows an opening quote.
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
const POSSESSIVE = /['’ʼ]s$/i;
const JOINABLE_GAP = /^(?:[\s\-‐–«»“”„"'‘’\/]{0,4}|\.\s?)$/;
const SENTENCE_END = /[.!?…]\s*[«“„"'‘(\[]*\s*$/;

const QUOTES = new Set(['«', '“', '„', '"', "'", '‘']);

// Hot path (every sentence): plain spaces take fast exits before any regular expression runs.
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const end = start + raw.length;
    const gap = text.slice(prevEnd, start);
    const bare = raw.length > 2 && POSSESSIVE.test(raw) ? raw.slice(0, -2) : raw;
    const first = bare.charAt(0);
    const before1 = text.charAt(start - 1);
    out.push({
      text: raw,
      start,
      end,
      key: tokenKey(bare),
      upper: bare.length >= 2 && bare === bare.toUpperCase() && bare !== bare.toLowerCase(),
      capital: first !== first.toLowerCase(),
      sentenceInitial: out.length === 0 ? gap === '' || /^[\s«“„"'‘(\[]*$/.test(gap) : gap !== ' ' && SENTENCE_END.test(gap),
      quoted: QUOTES.has(before1) || (before1 === ' ' && QUOTES.has(text.charAt(start - 2))),
      joinsPrev: out.length > 0 && (gap === ' ' || JOINABLE_GAP.test(gap)),
      gap,
    });
    prevEnd = end;
  }
  return out;
}
