// Page furniture is not report text: stop at "Related articles", "Share this post" and the like,
// skip the lines a page inserts mid-article ("Advertisement"), and drop a trailing run of short headline-like lines (lists of links to other articles).
import type { Sentence } from '../types.js';
import type { CompiledLexicon } from '../lexicon/index.js';

const MARKER_MAX = 60;
const LINK_LINE_MAX = 160;
const LINK_RUN_MIN = 3;
const ENDS_LIKE_PROSE = /[.!?…]\s*$/u;

/** `length`: that of the paragraph's sentences joined by single spaces (its text, built when needed) */
interface Paragraph {
  sentences: Sentence[];
  length: number;
}

function paragraphs(sentences: Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  let last: Paragraph | undefined;
  let first: Sentence | undefined;
  for (const s of sentences) {
    if (last && first!.field === s.field && first!.paragraph === s.paragraph) {
      last.sentences.push(s);
      last.length += 1 + s.text.length;
    } else {
      last = { sentences: [s], length: s.text.length };
      first = s;
      out.push(last);
    }
  }
  return out;
}

function textOf(p: Paragraph): string {
  return p.sentences.length === 1 ? p.sentences[0].text : p.sentences.map((s) => s.text).join(' ');
}

const MARKER_COLON = /^[^:\n]{0,30}:\s*[\p{Lu}«"“]/u;

/** "Read also: Blasts in the Belgorod region" inside the text: another article's headline, not this
 *  report's news. Only that line goes; the report goes on after it. */
function isLinkLine(p: Paragraph, lex: CompiledLexicon): boolean {
  if (p.sentences[0].field !== 'text' || p.length > LINK_LINE_MAX) return false;
  const text = textOf(p);
  return lex.boilerplate.test(text) && MARKER_COLON.test(text);
}

export function contentSentences(sentences: Sentence[], lex: CompiledLexicon): Sentence[] {
  const paras = paragraphs(sentences);
  let end = paras.length;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (
      p.sentences[0].field === 'text' &&
      p.length <= MARKER_MAX &&
      lex.boilerplate.test(textOf(p)) &&
      !isLinkLine(p, lex)
    ) {
      end = i;
      break;
    }
  }
  // A trailing run of short lines without final punctuation reads as a list of links.
  let runStart = end;
  while (runStart > 0) {
    const p = paras[runStart - 1];
    if (p.sentences[0].field !== 'text' || p.length > LINK_LINE_MAX || ENDS_LIKE_PROSE.test(textOf(p))) break;
    runStart--;
  }
  if (end - runStart >= LINK_RUN_MIN) end = runStart;
  const out: Sentence[] = [];
  for (let i = 0; i < end; i++) {
    if (isLinkLine(paras[i], lex)) continue;
    if (lex.inserts && paras[i].length <= MARKER_MAX && lex.inserts.test(textOf(paras[i]))) continue;
    for (const s of paras[i].sentences) out.push(s);
  }
  return out;
}
