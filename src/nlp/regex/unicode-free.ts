// Word-list regexes (dates, number words) need the 'u' flag only for their "no letter or digit here"
// lookarounds ([\p{L}\p{N}], [\p{L}]) and pay for it: V8 runs a case-insensitive 'iu' alternation of
// month names several times slower than an 'i' one. Without 'u', those classes are spelled out as
// their Basic Multilingual Plane ranges, which match the same on text free of surrogates (astral
// characters) and of the few letters that only Unicode case folding equates (see caseless.ts); such
// text, nearly all of it, gets the fast regex.
import { LETTER, NUMBER, charClasses, hasSurrogates } from '../char-classes.js';
import { UNICODE_ONLY_FOLDS } from './caseless.js';

/** inside a character class: [\p{L}\p{N}], [\p{L}\p{N}%], [\p{L}] */
const LETTER_OR_DIGIT = '\\p{L}\\p{N}';
const LETTER_ONLY = '\\p{L}';
const ranges = new Map<number, string>();

/** The BMP code points whose class bits meet `bits`, as ranges for the body of a character class. */
function bmpClass(bits: number): string {
  let out = ranges.get(bits);
  if (out !== undefined) return out;
  const t = charClasses();
  const hex = (c: number) => '\\u' + c.toString(16).padStart(4, '0');
  out = '';
  for (let c = 0; c < 0x10000; c++) {
    if ((t[c] & bits) === 0) continue;
    let end = c;
    while (end + 1 < 0x10000 && (t[end + 1] & bits) !== 0) end++;
    out += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
    c = end;
  }
  ranges.set(bits, out);
  return out;
}

/** The BMP ranges of \p{L} and \p{N}, as the body of a character class. */
export function bmpLetterOrNumberClass(): string {
  return bmpClass(LETTER | NUMBER);
}

/** The BMP ranges of \p{L}, as the body of a character class. */
export function bmpLetterClass(): string {
  return bmpClass(LETTER);
}

/** The source for use without 'u', or null when it relies on Unicode matching otherwise too. */
export function unicodeFreeSource(source: string): string | null {
  const out = source.split(LETTER_OR_DIGIT).join(bmpLetterOrNumberClass()).split(LETTER_ONLY).join(bmpLetterClass());
  return /\\[pPu]\{|\\u\{/.test(out) ? null : out;
}

let lastText: string | undefined;
let lastAnswer = false;

/** Must `text` be matched with the 'u' regexes? Remembers the last text (asked once per pattern). */
export function needsUnicodeMatching(text: string): boolean {
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer = hasSurrogates(text) || UNICODE_ONLY_FOLDS.test(text);
  return lastAnswer;
}
