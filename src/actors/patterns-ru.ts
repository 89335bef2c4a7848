// Russian organisation names the registry lacks: a head noun in any case form followed by a quoted
// name ("движения «Свободная Карелия»"; the head may then be lower-case), or a capitalised head
// followed by a genitive phrase ("Комитета башкирского сопротивления"). The name is kept in Russian,
// with the head put back in the nominative; the tail does not inflect with the head, so the name is
// the same in every case form.
import type { ActorMention } from '../model/sentence-mentions.js';
import { patternData } from './pattern-data.js';
import type { RuHead } from './shapes.js';
import type { WordShape, WordToken } from './tokens.js';

const MAX_TAIL = 4;
const MAX_QUOTED = 6;
const CLOSE_QUOTE = /[»”"“]/;

/** A quoted name opening at word `from`: its last word and the offset after the closing quote. */
function quotedTail(words: WordToken[], text: string, from: number): { last: number; end: number } | undefined {
  if (from >= words.length || !words[from].quoted || !words[from].joinsPrev) return undefined;
  const close = text.slice(words[from].start, words[from].start + 200).search(CLOSE_QUOTE);
  if (close < 0) return undefined;
  const closeAt = words[from].start + close;
  let last = -1;
  for (let k = from; k < words.length && k - from < MAX_QUOTED && words[k].end <= closeAt; k++) last = k;
  return last < 0 || words[last].end + 3 < closeAt ? undefined : { last, end: closeAt + 1 };
}

/** Genitive words after the head; ends on a noun, not on an adjective. Index of the last, or -1. */
function genitiveTail(words: WordToken[], from: number): { last: number; proper: boolean } {
  const { genitive, adjective, verb, stopWords } = patternData().ru;
  let last = -1;
  for (let k = from; k < words.length && k - from < MAX_TAIL; k++) {
    const w = words[k];
    const lw = w.text.toLowerCase();
    // an abbreviation after the head is its own name: "Управления ФСБ" is the FSB
    if (
      !w.joinsPrev ||
      w.upper ||
      /\s-\s|[«“]/.test(w.gap) ||
      stopWords.has(lw) ||
      verb.test(lw) ||
      /[^а-яё-]/.test(lw)
    )
      break;
    if (adjective.test(lw)) continue;
    if (genitive.test(lw) || w.capital) {
      last = k;
      // a proper noun closes the name: "Совет народов Поволжья | Ивана Петрова…"
      if (w.capital) return { last, proper: true };
      continue;
    }
    break;
  }
  return { last, proper: false };
}

/**
 * "Антивоенный комитет России": capitalised adjectives in the nominative before a nominative head;
 * the name is then kept as written. Index of the first adjective, or -1.
 */
function nominativeAdjectives(words: WordToken[], h: number, nominative: string): number {
  const { nominativeAdjective } = patternData().ru;
  if (words[h].text.toLowerCase() !== nominative.toLowerCase() || words[h].capital) return -1;
  let first = -1;
  for (
    let j = h - 1;
    j >= 0 && h - j <= 2 && words[j + 1].joinsPrev && nominativeAdjective.test(words[j].text.toLowerCase());
    j--
  ) {
    if (words[j].capital) first = j;
  }
  return first;
}

/** The head entry of a word, memoised on its shape (the head lexicon never changes). */
function headEntry(shape: WordShape, heads: Map<string, RuHead>): RuHead | undefined {
  if (shape.ruHead === undefined) shape.ruHead = heads.get(shape.key) ?? null;
  return shape.ruHead ?? undefined;
}

export function findRussianOrgs(words: WordToken[], text: string): ActorMention[] {
  const { heads } = patternData().ru;
  const out: ActorMention[] = [];
  for (let h = 0; h < words.length; h++) {
    const head = words[h];
    const entry = head.upper ? undefined : headEntry(head.shape, heads);
    if (!entry) continue;
    const adjective = nominativeAdjectives(words, h, entry.nominative);
    if (adjective >= 0) {
      const g = genitiveTail(words, h + 1);
      // at sentence start the capital proves nothing: then a proper noun must follow
      if (words[adjective].sentenceInitial && !g.proper) continue;
      const last = g.last >= 0 ? g.last : h;
      const span = text.slice(words[adjective].start, words[last].end);
      out.push({
        start: words[adjective].start,
        end: words[last].end,
        text: span,
        name: span.replace(/\s+/g, ' '),
        kind: entry.kind,
        pattern: true,
      });
      h = last;
      continue;
    }
    const quoted = quotedTail(words, text, h + 1);
    // "участники движения «Свободная Карелия»": a lower-case head needs the quoted name
    if (!head.capital && !quoted) continue;
    let last: number;
    let end: number;
    let tail: string;
    if (quoted) {
      ({ last, end } = quoted);
      tail = ` «${text.slice(words[h + 1].start, words[last].end)}»`;
    } else {
      const g = genitiveTail(words, h + 1);
      // At sentence start a capital says nothing: then the tail must hold a proper noun.
      if (g.last < 0 || (head.sentenceInitial && !g.proper)) continue;
      last = g.last;
      end = words[last].end;
      tail = ' ' + text.slice(words[h + 1].start, words[last].end).replace(/\s+/g, ' ');
    }
    out.push({
      start: head.start,
      end,
      text: text.slice(head.start, end),
      name: entry.nominative + tail,
      kind: entry.kind,
      pattern: true,
    });
    h = last;
  }
  return out;
}
