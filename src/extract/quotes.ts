// Quoted speech inside a sentence. Acts told inside a quotation are the speaker's words (opinions,
// appeals, scenarios), not the report's own account, so they are not coded. Short quoted names and
// terms («Весна», “railway partisans”) are not speech and are left alone.
export interface Span { start: number; end: number }

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);
const MIN_SPEECH_WORDS = 5;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

const ANY_QUOTE = /[“”«»„"]/;

export function speechSpans(sentence: string): Span[] {
  if (!ANY_QUOTE.test(sentence)) return [];
  const spans: Span[] = [];
  const stack: number[] = [];
  let ascii = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (OPEN.has(c)) stack.push(i);
    else if (CLOSE.has(c)) {
      // an unmatched closing mark ends a quotation opened in an earlier sentence
      const start = stack.length ? stack.pop()! : 0;
      if (stack.length === 0) spans.push({ start, end: i + 1 });
    } else if (c === '"') {
      if (ascii < 0) ascii = i;
      else { spans.push({ start: ascii, end: i + 1 }); ascii = -1; }
    }
  }
  // an unmatched opening mark runs to the end of the sentence
  if (stack.length) spans.push({ start: stack[0], end: sentence.length });
  if (ascii >= 0) spans.push({ start: ascii, end: sentence.length });
  return spans.filter((s) => words(sentence.slice(s.start, s.end)) >= MIN_SPEECH_WORDS);
}

export function inside(spans: Span[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
