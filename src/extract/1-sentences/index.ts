// Stage 1: the title and body of a document as sentences, with exact offsets into their field.
import { sentenceSpans } from '../../nlp/sentences.js';
import { ownString } from '../../nlp/own-string.js';
import type { Sentence } from '../types.js';

export interface SentenceSource {
  title?: string | null;
  text: string;
}

export function splitSentences(doc: SentenceSource): Sentence[] {
  const out: Sentence[] = [];
  const fields: Array<['title' | 'text', string]> = [
    ['title', doc.title ?? ''],
    ['text', doc.text ?? ''],
  ];
  for (const [field, value] of fields) {
    if (typeof value !== 'string' || value.length === 0) continue;
    for (const span of sentenceSpans(value)) {
      out.push({
        // each sentence a string of its own, one-byte where it can be (own-string.ts)
        text: ownString(value.slice(span.start, span.end)),
        field,
        start: span.start,
        end: span.end,
        paragraph: span.paragraph,
        index: out.length,
      });
    }
  }
  return out;
}
