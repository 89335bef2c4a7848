// Quoted speech inside a sentence. Acts told inside a quotation are the speaker's words (opinions,
// appeals, scenarios), not the report's own account, so they are not coded. Short quoted names and
// terms («Весна», “railway partisans”) are not speech and are left alone.
import { SPACE, charClasses } from '../../nlp/char-classes.js';

export interface Span {
  start: number;
  end: number;
}

const OPEN_MARKS = new Set([0x201c, 0xab, 0x201e]); // “ « „
const CLOSE_MARKS = new Set([0x201d, 0xbb]); // ” »
const ASCII_QUOTE = 0x22;
const MIN_SPEECH_WORDS = 5;

/** Does [start, end) hold at least `min` words (runs of non-space, as split(/\s+/) has them)? */
function hasWords(s: string, start: number, end: number, min: number): boolean {
  const classes = charClasses();
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = (classes[s.charCodeAt(i)] & SPACE) !== 0;
    if (!space && !inWord && ++n >= min) return true;
    inWord = !space;
  }
  return false;
}

const ANY_QUOTE = /[“”«»„"]/;

export function speechSpans(sentence: string): Span[] {
  if (!ANY_QUOTE.test(sentence)) return [];
  const spans: Span[] = [];
  const stack: number[] = [];
  let ascii = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c !== ASCII_QUOTE && c < 0xab) continue; // every mark but " lies above
    if (OPEN_MARKS.has(c)) stack.push(i);
    else if (CLOSE_MARKS.has(c)) {
      // an unmatched closing mark ends a quotation opened in an earlier sentence
      const start = stack.length ? stack.pop()! : 0;
      if (stack.length === 0) spans.push({ start, end: i + 1 });
    } else if (c === ASCII_QUOTE) {
      if (ascii < 0) ascii = i;
      else {
        spans.push({ start: ascii, end: i + 1 });
        ascii = -1;
      }
    }
  }
  // an unmatched opening mark runs to the end of the sentence
  if (stack.length) spans.push({ start: stack[0], end: sentence.length });
  if (ascii >= 0) spans.push({ start: ascii, end: sentence.length });
  return spans.filter((s) => hasWords(sentence, s.start, s.end, MIN_SPEECH_WORDS));
}

export function inside(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
