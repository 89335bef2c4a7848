// Sentence spans of a plain text: lines/paragraphs first, then Intl.Segmenter inside each, then a
// merge of splits that Segmenter makes after abbreviations and initials ("St. Petersburg", "г. Москва",
// "V. Putin"). Offsets always index the original string, so callers can quote evidence exactly.
import { readDataJson } from '../util/data-path.js';

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
    // A blank line between two lines always separates blocks.
    const blankSince = current !== null && /\n[ \t\u00a0]*\r?\n/.test(text.slice(lastEnd, start));
    if (current && !blankSince && !SENTENCE_FINAL.test(text.slice(current.start, current.end)) && /^\p{Ll}/u.test(body)) {
      current.end = end;
    } else {
      current = { start, end };
      blocks.push(current);
    }
    lastEnd = end;
  }
  return blocks;
}

/** The word right before the final stop of a segment ("(e.g." → "e.g", "г." → "г"). */
function lastToken(segment: string): { token: string; before: string } | null {
  const m = /(?:^|[\s(«"“])([^\s(«"“]+)\.$/u.exec(segment);
  if (!m) return null;
  const before = segment.slice(0, m.index + (m[0].length - m[1].length - 1)).trimEnd();
  return { token: m[1], before };
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
const BREAKS_AFTER = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\u0085\u2028\u2029]/u;
const FINAL_TERMINATORS = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E]+["'”’»“)\]]*$/u;

function isOneSentence(piece: string): boolean {
  const tail = FINAL_TERMINATORS.exec(piece);
  return !BREAKS_AFTER.test(tail ? piece.slice(0, tail.index) : piece);
}

function segmentRange(text: string, start: number, end: number, out: Array<{ start: number; end: number }>): void {
  if (end - start <= MAX_SEGMENT_CHUNK && isOneSentence(text.slice(start, end))) {
    out.push({ start, end });
    return;
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
const MISSED_END = /[.!?…]+[»"”’)]*[\s\u00a0]+(?=[«"“„(\[]?[\p{Lu}\d])/gu;

/** Segmenter does not break before an opening «quote» or after "…": split there unless abbreviated. */
function splitMissed(text: string, span: { start: number; end: number }): Array<{ start: number; end: number }> {
  const slice = text.slice(span.start, span.end);
  const out: Array<{ start: number; end: number }> = [];
  let from = 0;
  MISSED_END.lastIndex = 0;
  for (let m = MISSED_END.exec(slice); m; m = MISSED_END.exec(slice)) {
    const cut = m.index + m[0].length;
    if (cut >= slice.length || isFalseBoundary(slice.slice(from, m.index + m[0].trimEnd().length), slice.slice(cut))) continue;
    out.push({ start: span.start + from, end: span.start + cut });
    from = cut;
  }
  out.push({ start: span.start + from, end: span.end });
  return out;
}

/** Sentence spans of `text`, trimmed of surrounding whitespace, in order. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const result: SentenceSpan[] = [];
  splitParagraphs(text).forEach((block, paragraph) => {
    const raw: Array<{ start: number; end: number }> = [];
    segmentRange(text, block.start, block.end, raw);
    const merged: Array<{ start: number; end: number }> = [];
    for (const piece of raw) {
      const prev = merged[merged.length - 1];
      if (prev && isFalseBoundary(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end))) {
        prev.end = piece.end;
      } else {
        merged.push({ ...piece });
      }
    }
    for (const s of merged.flatMap((m) => splitMissed(text, m))) {
      const slice = text.slice(s.start, s.end);
      const lead = slice.length - slice.trimStart().length;
      const trimmed = slice.trim();
      if (!trimmed) continue;
      result.push({ start: s.start + lead, end: s.start + lead + trimmed.length, paragraph });
    }
  });
  return result;
}
