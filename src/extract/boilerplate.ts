// Page furniture is not report text: stop at "Related articles", "Share this post" and the like,
// and drop a trailing run of short headline-like lines (lists of links to other articles).
import type { Sentence } from './types.js';
import type { CompiledLexicon } from './lexicon/index.js';

const MARKER_MAX = 60;
const LINK_LINE_MAX = 160;
const LINK_RUN_MIN = 3;
const ENDS_LIKE_PROSE = /[.!?…]\s*$/u;

interface Paragraph { key: string; sentences: Sentence[]; text: string }

function paragraphs(sentences: Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const s of sentences) {
    const key = `${s.field}:${s.paragraph}`;
    const last = out[out.length - 1];
    if (last && last.key === key) {
      last.sentences.push(s);
      last.text += ' ' + s.text;
    } else out.push({ key, sentences: [s], text: s.text });
  }
  return out;
}

export function contentSentences(sentences: Sentence[], lex: CompiledLexicon): Sentence[] {
  const paras = paragraphs(sentences);
  let end = paras.length;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.sentences[0].field === 'text' && p.text.length <= MARKER_MAX && lex.boilerplate.test(p.text)) {
      end = i;
      break;
    }
  }
  // A trailing run of short lines without final punctuation reads as a list of links.
  let runStart = end;
  while (runStart > 0) {
    const p = paras[runStart - 1];
    if (p.sentences[0].field !== 'text' || p.text.length > LINK_LINE_MAX || ENDS_LIKE_PROSE.test(p.text)) break;
    runStart--;
  }
  if (end - runStart >= LINK_RUN_MIN) end = runStart;
  return paras.slice(0, end).flatMap((p) => p.sentences);
}
