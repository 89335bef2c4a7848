// A quotation that a report attributes to a source telling facts («…», — сообщили в полиции; МВД
// сообщило: «…») is the report's account of what happened, not a speaker's opinion or appeal: the
// acts it tells are coded like the rest of the sentence. The attribution cues are language data
// (lexicon `reported_quote`); a language without them keeps every quotation as speech.
import type { Span } from '../1-sentences/quotes.js';
import type { CompiledLexicon } from '../lexicon/index.js';

/** How far after a closing mark, or before an opening one, the attribution is looked for. */
const REACH = 80;

/** The spans that remain speech: those no attribution of reported facts stands next to.
 *  `openReported`: the quotation the sentence opens and leaves open is closed, in a sentence after
 *  it, by such an attribution (openQuoteReported). */
export function speechOnly(sentence: string, spans: Span[], lex: CompiledLexicon, openReported = false): Span[] {
  const cue = lex.reportedQuote;
  if (!cue || spans.length === 0) return spans;
  return spans.filter(
    (s) =>
      !(openReported && s.end === sentence.length && OPENS.test(sentence.slice(s.start, s.start + 1))) &&
      !(s.end < sentence.length && cue.after.test(sentence.slice(s.end, s.end + REACH))) &&
      !cue.before.test(sentence.slice(Math.max(0, s.start - REACH), s.start)),
  );
}

const OPENS = /[«“„]/u;
const CLOSES = /[»”]/u;
/** How many sentences on a quotation is followed to its close. */
const FOLLOW = 3;

/** Sentence `i` opens a quotation that it leaves open, and a later sentence of its paragraph closes
 *  it with an attribution of reported facts («… Возгорание потушили», — сообщили в МВД). */
export function openQuoteReported(
  texts: readonly string[],
  paragraphs: readonly number[],
  i: number,
  lex: CompiledLexicon,
): boolean {
  const cue = lex.reportedQuote;
  const text = texts[i];
  if (!cue || !OPENS.test(text)) return false;
  const open = text.lastIndexOf('«') >= 0 ? text.lastIndexOf('«') : text.search(OPENS);
  if (CLOSES.test(text.slice(open))) return false;
  for (let k = i + 1; k < texts.length && k <= i + FOLLOW && paragraphs[k] === paragraphs[i]; k++) {
    const close = texts[k].search(CLOSES);
    if (close < 0) continue;
    return cue.after.test(texts[k].slice(close + 1, close + 1 + REACH));
  }
  return false;
}
