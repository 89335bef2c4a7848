// Sentence breaks by the rules of Unicode UAX #29 (the rules Intl.Segmenter follows), for the
// characters that make up nearly all report text: ASCII, Russian letters and common punctuation.
// Intl.Segmenter is the costliest part of sentence splitting; a paragraph holding only these
// characters is split here instead, with the same result (sentence-breaks.test.ts compares the two
// on random text). Any other character sends the paragraph to Segmenter.

const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const UNSUPPORTED = -1;

/** UAX #29 Sentence_Break class per character; line breaks count as spaces (callers join wrapped lines). */
const CLASSES = (() => {
  const t = new Int8Array(0x10000).fill(UNSUPPORTED);
  const set = (chars: string, v: number) => {
    for (const ch of chars) t[ch.charCodeAt(0)] = v;
  };
  const range = (from: number, to: number, v: number) => {
    for (let c = from; c <= to; c++) t[c] = v;
  };
  range(0x61, 0x7a, LOWER);
  range(0x41, 0x5a, UPPER);
  range(0x430, 0x44f, LOWER);
  range(0x410, 0x42f, UPPER);
  set('ё', LOWER);
  set('Ё', UPPER);
  range(0x30, 0x39, NUMERIC);
  set(' \t\u00a0\r\n', SP);
  set('.', ATERM);
  set('!?', STERM);
  set('"\'()[]{}«»“”‘’„', CLOSE);
  set(',-:;\u2013\u2014', SCONTINUE);
  set('/%&+=*#@$_№<>|~`^\\…', OTHER);
  return t;
})();

function isTerminator(k: number): boolean {
  return k === ATERM || k === STERM;
}

/**
 * The ends of the sentences of text[start, end) (the last is `end`), or null when it holds a
 * character outside the supported set. A sentence may end only where a run "terminator Close* Sp*"
 * ends (SB9–SB11; elsewhere SB998 says no break): inside the run, SB9 and SB10 keep the closing
 * quotes and spaces with the sentence.
 */
export function simpleSentenceBreaks(text: string, start: number, end: number): number[] | null {
  const out: number[] = [];
  // One pass: every character is either read here or skipped as part of a run (Close and Sp
  // characters, all supported), so an unsupported one anywhere still gives null.
  for (let i = start; i < end; i++) {
    const stop = CLASSES[text.charCodeAt(i)];
    if (stop === UNSUPPORTED) return null;
    if (!isTerminator(stop)) continue;
    let p = i + 1;
    while (p < end && CLASSES[text.charCodeAt(p)] === CLOSE) p++;
    while (p < end && CLASSES[text.charCodeAt(p)] === SP) p++;
    if (p >= end) break;
    if (breaksBefore(text, start, end, i, p)) out.push(p);
    i = p - 1; // the run holds no terminator; one at p is read next
  }
  out.push(end);
  return out;
}

/** The rules for the position p right after the run that follows the terminator at t. */
function breaksBefore(text: string, start: number, end: number, t: number, p: number): boolean {
  const next = CLASSES[text.charCodeAt(p)];
  const full = CLASSES[text.charCodeAt(t)] === ATERM;
  if (full && p === t + 1) {
    if (next === NUMERIC) return false; // SB6: "3.5"
    const before = t > start ? CLASSES[text.charCodeAt(t - 1)] : UNSUPPORTED;
    if (next === UPPER && (before === UPPER || before === LOWER)) return false; // SB7: "U.S"
  }
  if (full && lowerFollows(text, p, end)) return false; // SB8: "5 p.m. on"
  if (next === SCONTINUE || isTerminator(next)) return false; // SB8a
  return true; // SB11 (the run took every Close and Sp that SB9 and SB10 keep)
}

/** SB8: after a full stop, does a lower-case letter come before any other letter or terminator? */
function lowerFollows(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const c = CLASSES[text.charCodeAt(k)];
    if (c === LOWER) return true;
    if (c === UPPER || isTerminator(c)) return false;
  }
  return false;
}
