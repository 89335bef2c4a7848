// A quotation that a report attributes to a source telling facts («…», — сообщили в полиции; МВД
// сообщило: «…») is the report's account of what happened, not a speaker's opinion or appeal: the
// acts it tells are coded like the rest of the sentence. The attribution cues are language data
// (lexicon `reported_quote`); a language without them keeps every quotation as speech.
import type { Span } from '../1-sentences/quotes.js';
import type { CompiledLexicon } from '../lexicon/index.js';

/** How far after a closing mark, or before an opening one, the attribution is looked for. */
const REACH = 80;

/** The spans that remain speech: those no attribution of reported facts stands next to. */
export function speechOnly(sentence: string, spans: Span[], lex: CompiledLexicon): Span[] {
  const cue = lex.reportedQuote;
  if (!cue || spans.length === 0) return spans;
  return spans.filter(
    (s) =>
      !(s.end < sentence.length && cue.after.test(sentence.slice(s.end, s.end + REACH))) &&
      !cue.before.test(sentence.slice(Math.max(0, s.start - REACH), s.start)),
  );
}
