// Stage 6: counts in a sentence with their qualifier and counted noun: "at least twelve offices",
// "не менее 840 человек", "several dozen protesters" (value null). Numbers that are not counts
// (years, dates, times, ordinals, ages, money, references, phone numbers) are skipped.
import type { Lang, QuantityMention } from '../types.js';
import { numberLexicon, type NumberLexicon, type Phrase, type PhraseIndex } from '../../nlp/numbers-data.js';
import { numberTokens, readNumberWith, type NumberRead, type NumToken } from '../../nlp/numbers.js';
import { notACount } from '../../nlp/numbers-context.js';
import { findUnit } from '../../nlp/numbers-unit.js';

/** Longest sentence we look at; longer strings are cut (offsets stay valid). */
export const MAX_SENTENCE_CHARS = 5_000;
const HAS_DIGIT = /\d/;

function phraseAt(index: PhraseIndex, toks: NumToken[], i: number): number {
  const list = i < toks.length ? index.get(toks[i].lower) : undefined;
  if (list) for (const p of list) if (phraseIsAt(p, toks, i)) return p.length;
  return 0;
}

/** Do the tokens from i on spell the phrase (its first word is known to match)? */
function phraseIsAt(p: Phrase, toks: NumToken[], i: number): boolean {
  if (i + p.length > toks.length) return false;
  for (let k = 1; k < p.length; k++) if (toks[i + k].lower !== p[k]) return false;
  return true;
}

/** "dozens", "several hundred", "hundreds, possibly thousands": index of the last token, or -1. */
function vagueAt(lex: NumberLexicon, toks: NumToken[], i: number): number {
  const n = phraseAt(lex.vague, toks, i);
  if (n === 0) return -1;
  let last = i + n - 1;
  // ", possibly thousands" / ", если не тысячи"
  let k = last + 1;
  if (toks[k]?.text === ',') k++;
  const join = phraseAt(lex.vagueJoin, toks, k);
  if (join > 0) {
    const more = phraseAt(lex.vague, toks, k + join);
    if (more > 0) last = k + join + more - 1;
  }
  return last;
}

/** A plain range "10-15 people" / "10–15": index of the second number, or -1. */
function rangeEnd(toks: NumToken[], last: number): number {
  const dash = toks[last + 1];
  const second = toks[last + 2];
  if (!dash || !second || !/^[-–—]$/.test(dash.text) || second.kind !== 'num' || second.suffix) return -1;
  if (dash.start - toks[last].end > 1 || second.start - dash.end > 1) return -1;
  return toks[last + 3]?.text === '-' ? -1 : last + 2;
}

interface Amount {
  value: number | null;
  /** last token of the amount (of the second number for a range) */
  last: number;
  /** the number as read, before any range; absent for a vague amount */
  read?: NumberRead;
  /** "10-15 people": the lower end is kept, as a lower bound */
  range: boolean;
}

/** A number, a range or a vague amount starting at token `first`. */
function amountAt(lex: NumberLexicon, toks: NumToken[], first: number, qualified: boolean): Amount | undefined {
  const read = readNumberWith(lex, toks, first, qualified);
  if (!read) {
    const last = vagueAt(lex, toks, first);
    return last < 0 ? undefined : { value: null, last, range: false };
  }
  // "one said", "один из": the word "one" is rarely a count; digits "1" still are
  if (read.value === 1 && toks[first].kind === 'word' && !qualified) return undefined;
  const range = rangeEnd(toks, read.last);
  return { value: read.value, last: range > 0 ? range : read.last, read, range: range > 0 };
}

/** Can a word open an amount, itself or by its first hyphenated part ("twenty-three")? */
function opensAmount(lex: NumberLexicon, lower: string): boolean {
  if (lex.starters.has(lower)) return true;
  const hyphen = lower.indexOf('-');
  return hyphen >= 0 && lex.starters.has(lower.slice(0, hyphen));
}

/** opensAmount for a word token, memoised on its spelling: per lexicon, one bit says "known", the next the answer. */
function startsAmount(lex: NumberLexicon, t: NumToken): boolean {
  const s = t.spelling;
  if (s === undefined) return opensAmount(lex, t.lower);
  const known = 1 << (2 * lex.id);
  if ((s.facts & known) === 0) s.facts |= opensAmount(lex, s.lower) ? known | (known << 1) : known;
  return (s.facts & (known << 1)) !== 0;
}

export function findQuantities(sentence: string, lang: Lang): QuantityMention[] {
  const text = sentence.length > MAX_SENTENCE_CHARS ? sentence.slice(0, MAX_SENTENCE_CHARS) : sentence;
  const lex = numberLexicon(lang);
  if (!HAS_DIGIT.test(text) && !lex.anyWord.test(text)) return [];
  const toks = numberTokens(text);
  const out: QuantityMention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'punct' || (t.kind === 'word' && !startsAmount(lex, t))) continue;
    const lower = phraseAt(lex.lowerBound, toks, i);
    const approx = lower ? 0 : phraseAt(lex.approx, toks, i);
    const qualified = lower + approx > 0;
    let first = i + lower + approx;
    if (qualified && lex.qualifierGap.has(toks[first]?.lower ?? '') && toks[first + 1]?.kind === 'num') first++;
    if (first >= toks.length) break;

    const amount = amountAt(lex, toks, first, qualified);
    if (!amount) continue;
    const { value, read } = amount;
    let last = amount.last;
    // "a dozen or more protesters", "forty-odd", "тысяча с лишним человек"
    const moreAfter = phraseAt(lex.trailingLowerBound, toks, last + 1);
    const approxAfter = moreAfter ? 0 : phraseAt(lex.trailingApprox, toks, last + 1);
    const lowerBound = lower > 0 || amount.range || moreAfter > 0;
    const unit = findUnit(lex, toks, last + 1 + moreAfter + approxAfter, lang, value === 1);
    last += moreAfter + approxAfter;
    if (read && notACount(lex, toks, first, read.last, qualified, unit !== undefined)) {
      i = last;
      continue;
    }
    // "several said": some vague words are an amount only with a counted noun
    if (value === null && !unit && lex.vagueNeedsUnit.has(text.slice(toks[first].start, toks[last].end).toLowerCase()))
      continue;
    const start = toks[i].start;
    const end = unit ? toks[unit.last].end : toks[last].end;
    const people = lex.collective.has(toks[first].lower);
    out.push({ start, end, text: text.slice(start, end), value, unit: unit?.unit ?? null, lowerBound, people });
    i = unit ? unit.last : last;
  }
  return out;
}
