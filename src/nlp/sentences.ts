// Sentence spans of a plain text: lines/paragraphs first, then Intl.Segmenter inside each (or the same
// UAX #29 rules in sentence-breaks.ts, for paragraphs of the common characters), then a
// merge of splits that Segmenter makes after abbreviations and initials ("St. Petersburg", "г. Москва",
// "V. Putin"). Offsets always index the original string, so callers can quote evidence exactly.
import { readDataJson } from '../util/data-path.js';
import { SPACE, charClasses } from './char-classes.js';
import { simpleSentenceBreaks } from './sentence-breaks.js';

export interface SentenceSpan {
  start: number;
  end: number;
  /** 0-based number of the line block (paragraph) the sentence lies in */
  paragraph: number;
}

interface AbbreviationData {
  always: string[];
  notAfterNumber: string[];
  mayEnd: string[];
}

const abbreviations = readDataJson<AbbreviationData>('nlp-abbreviations.json');
const ALWAYS = new Set(abbreviations.always);
const NOT_AFTER_NUMBER = new Set(abbreviations.notAfterNumber);
const MAY_END = new Set(abbreviations.mayEnd);

/** Segmenter cost grows badly with input length: no single call sees more than this. */
export const MAX_SEGMENT_CHUNK = 2_000;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const SENTENCE_FINAL = /[.!?…:;»"”)]\s*$/u;
// A sentence may open with a number ("24 сентября прошёл митинг"), so digits do not continue one.
const CONTINUES = /^(?:[«"“„(]?\p{Ll}|[,;:–—-])/u;
const LOWER_START = /^\p{Ll}/u;
const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/;

/**
 * Split text into blocks at line breaks. A single line break inside running text (a hard-wrapped
 * paragraph: the line lacks final punctuation and the next starts in lower case) does not split.
 */
export function splitParagraphs(text: string): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  const lineRe = /[^\n\r]+/g;
  let current: { start: number; end: number } | null = null;
  let lastEnd = 0;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    const end = start + body.length;
    // A blank line between two lines always separates blocks (tested only when the line could join).
    if (
      current &&
      LOWER_START.test(body) &&
      !BLANK_LINE.test(text.slice(lastEnd, start)) &&
      !SENTENCE_FINAL.test(text.slice(current.start, current.end))
    ) {
      current.end = end;
    } else {
      current = { start, end };
      blocks.push(current);
    }
    lastEnd = end;
  }
  return blocks;
}

/** Characters that end the token before a stop: white space (as \s has it), "(", «, " and “. */
function opensToken(c: number): boolean {
  if (c === 0x20 || c === 0x28 || c === 0xab || c === 0x22 || c === 0x201c) return true;
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The word right before the final stop of a segment ("(e.g." → "e.g", "г." → "г"): the run of
 * characters back from the stop to white space, "(", «, " or “. A backward scan: the same answer as
 * /(?:^|[\s(«"“])([^\s(«"“]+)\.$/u without trying every start position of a long segment.
 */
function lastToken(segment: string): { token: string; before: string } | null {
  const stop = segment.length - 1;
  if (stop < 1 || segment.charCodeAt(stop) !== 0x2e) return null;
  let k = stop - 1;
  while (k >= 0 && !opensToken(segment.charCodeAt(k))) k--;
  if (k === stop - 1) return null;
  return { token: segment.slice(k + 1, stop), before: k < 0 ? '' : segment.slice(0, k + 1).trimEnd() };
}

/** True when the split between `left` and `right` was made at an abbreviation, not a sentence end. */
export function isFalseBoundary(left: string, right: string): boolean {
  const l = left.trimEnd();
  const r = right.trimStart();
  if (!r) return false;
  if (!l.endsWith('.')) return false;
  // Running text continues in lower case: "т. е. в", "and 5 p.m. on Friday".
  if (CONTINUES.test(r)) return true;
  const t = lastToken(l);
  if (!t || MAY_END.has(t.token)) return false;
  if (/^\p{Lu}$/u.test(t.token)) return true; // an initial: "V. Putin", "А. Навальный"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(t.token)) return true; // dotted letters: "U.S.", "т.е."
  if (ALWAYS.has(t.token)) return true;
  if (NOT_AFTER_NUMBER.has(t.token)) return !/\d$/.test(t.before);
  return false;
}

// Segmenter (UAX #29) breaks only after a sentence terminator or at a paragraph separator (line
// breaks are turned into spaces first). A piece with neither, except terminators and closing
// quotes at its very end, is one sentence: such titles and one-sentence paragraphs skip Segmenter.
const TERMINATOR = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]/u;
const PARAGRAPH_SEPARATOR = /[\u0085\u2028\u2029]/;
const FINAL_CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x201c, 0x29, 0x5d]);

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** 1: a sentence terminator, 2: a paragraph separator, 0: neither. ASCII and Cyrillic without a regex. */
function breakClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x2e || c === 0x21 || c === 0x3f ? 1 : 0;
  if (c >= 0x400 && c <= 0x4ff) return 0;
  // a surrogate: the whole code point it belongs to is tested
  if (c >= 0xd800 && c <= 0xdfff) {
    const from = c >= 0xdc00 && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
    const to = c < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
    return TERMINATOR.test(text.slice(from, to)) ? 1 : 0;
  }
  const ch = text.charAt(i);
  return PARAGRAPH_SEPARATOR.test(ch) ? 2 : TERMINATOR.test(ch) ? 1 : 0;
}

/** True when `text[start, end)` holds no break but terminators and closing quotes at its very end. */
function isOneSentence(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = breakClass(text, i);
    if (b === 0) continue;
    if (b === 2) return false;
    // the first terminator: only terminators and closers may follow it
    for (let k = i + 1; k < end; k++) {
      const c = text.charCodeAt(k);
      if (FINAL_CLOSERS.has(c)) continue;
      if (breakClass(text, k) !== 1) return false;
    }
    return true;
  }
  return true;
}

function segmentRange(text: string, start: number, end: number, out: Array<{ start: number; end: number }>): void {
  if (end - start <= MAX_SEGMENT_CHUNK) {
    if (isOneSentence(text, start, end)) {
      out.push({ start, end });
      return;
    }
    const breaks = simpleSentenceBreaks(text, start, end);
    if (breaks) {
      let from = start;
      for (const b of breaks) {
        out.push({ start: from, end: b });
        from = b;
      }
      return;
    }
  }
  let pos = start;
  while (pos < end) {
    let chunkEnd = Math.min(end, pos + MAX_SEGMENT_CHUNK);
    if (chunkEnd < end) {
      // Cut at whitespace so no word is split; a chunk without any takes the hard cut.
      const ws = text.lastIndexOf(' ', chunkEnd);
      if (ws > pos + MAX_SEGMENT_CHUNK / 2) chunkEnd = ws;
    }
    const pieces: Array<{ start: number; end: number }> = [];
    // A line break is a hard break to Segmenter; blocks that join wrapped lines need it as a space.
    for (const s of segmenter.segment(text.slice(pos, chunkEnd).replace(/[\r\n]/g, ' '))) {
      pieces.push({ start: pos + s.index, end: pos + s.index + s.segment.length });
    }
    if (chunkEnd < end && pieces.length > 1) {
      // The last piece may be a sentence cut by the chunk boundary: segment it again with what follows.
      const last = pieces.pop()!;
      out.push(...pieces);
      pos = last.start;
    } else {
      out.push(...pieces);
      pos = chunkEnd;
    }
  }
}

/** A sentence end followed by a capital or an opening quote ("человек. «Мы", "знает… Суд"). */
const MISSED_END = /[.!?…]+[»"”’)]*[\s\u00a0]+(?=[«"“„([]?[\p{Lu}\d])/gu;

const STOP = /[.!?…]/g;

/**
 * The stops of a text, found by a native search as the spans are read in order: each search goes on
 * from where the last one left off, so the text is searched once in all.
 */
class Stops {
  /** the first stop at or after `from`: valid for any position in [from, next] */
  private from = 0;
  private next = -1;
  constructor(private readonly text: string) {}

  /** The first stop at or after i (Infinity when none). */
  at(i: number): number {
    if (this.next < i || i < this.from) {
      STOP.lastIndex = i;
      this.next = STOP.test(this.text) ? STOP.lastIndex - 1 : Infinity;
      this.from = i;
    }
    return this.next;
  }
}

/** Could MISSED_END match inside the span? It needs a stop with at least two more characters after it. */
function hasInteriorStop(stops: Stops, start: number, end: number): boolean {
  return stops.at(start) < end - 2;
}

/** Segmenter does not break before an opening «quote» or after "…": split there unless abbreviated. */
function splitMissed(
  text: string,
  stops: Stops,
  span: { start: number; end: number },
  out: Array<{ start: number; end: number }>,
): void {
  if (!hasInteriorStop(stops, span.start, span.end)) {
    out.push(span);
    return;
  }
  const slice = text.slice(span.start, span.end);
  let from = 0;
  MISSED_END.lastIndex = 0;
  for (let m = MISSED_END.exec(slice); m; m = MISSED_END.exec(slice)) {
    const cut = m.index + m[0].length;
    if (cut >= slice.length || isFalseBoundary(slice.slice(from, m.index + m[0].trimEnd().length), slice.slice(cut)))
      continue;
    out.push({ start: span.start + from, end: span.start + cut });
    from = cut;
  }
  out.push({ start: span.start + from, end: span.end });
}

/** White space as trim() and \s have it (the same set). */
function isSpace(text: string, i: number): boolean {
  return (charClasses()[text.charCodeAt(i)] & SPACE) !== 0;
}

/** Does the span, less trailing white space, end with a stop? (isFalseBoundary is false otherwise.) */
function endsWithStop(text: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isSpace(text, k)) k--;
  return k >= start && text.charCodeAt(k) === 0x2e;
}

/** Sentence spans of `text`, trimmed of surrounding whitespace, in order. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  const blocks = splitParagraphs(text);
  const stops = new Stops(text);
  for (let paragraph = 0; paragraph < blocks.length; paragraph++) {
    const block = blocks[paragraph];
    const raw: Array<{ start: number; end: number }> = [];
    segmentRange(text, block.start, block.end, raw);
    const merged: Array<{ start: number; end: number }> = [];
    for (const piece of raw) {
      const prev = merged[merged.length - 1];
      if (
        prev &&
        endsWithStop(text, prev.start, prev.end) &&
        isFalseBoundary(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end))
      ) {
        prev.end = piece.end;
      } else {
        merged.push(piece);
      }
    }
    const spans: Array<{ start: number; end: number }> = [];
    for (const m of merged) splitMissed(text, stops, m, spans);
    for (const s of spans) {
      let start = s.start;
      let end = s.end;
      while (start < end && isSpace(text, start)) start++;
      while (end > start && isSpace(text, end - 1)) end--;
      if (start < end) result.push({ start, end, paragraph });
    }
  }
  return result;
}
