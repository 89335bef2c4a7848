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

// Hot path (every sentence): per-spelling facts come from the memo; plain spaces take fast exits
// before any regular expression runs.
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const gap = start === prevEnd ? '' : text.slice(prevEnd, start);
    const shape = shapeOf(raw);
    const before1 = text.charAt(start - 1);
    out.push({
      text: raw,
      start,
      end,
      key: shape.key,
      upper: shape.upper,
      capital: shape.capital,
      sentenceInitial: out.length === 0 ? gap === '' || OPENING_ONLY.test(gap) : gap !== ' ' && SENTENCE_END.test(gap),
      quoted: QUOTES.has(before1) || (before1 === ' ' && QUOTES.has(text.charAt(start - 2))),
      joinsPrev: out.length > 0 && (gap === ' ' || JOINABLE_GAP.test(gap)),
      gap,
    });
    prevEnd = end;
  }
  return out;
}
