// chrono-node behind a wrapper: its results are read only through what the text states
// (isCertain), trimmed, and its known misreadings dropped: times of day alone ("at 19:44", "с 23"),
// "now", durations ("for two years", "seven months later"), slash fractions ("3/4"), lower-case
// English month words ("they march on"), and a following number taken for a year ("24 February, 15").
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Lang } from '../../model/document.js';
import { alternation, type DateLexicon } from './lexicon.js';
import type { Point, RawDate } from './raw.js';

const PARSERS: Record<Lang, chrono.Chrono> = { en: chrono.en.casual, ru: chrono.ru.casual, uk: chrono.uk.casual };

/** Any fixed day serves when publication is unknown: only stated values are kept then. */
const NEUTRAL_REF = new Date(Date.UTC(2000, 5, 15, 12));

const LEADING_TIME = /^(?:(?:at|в|о|об)\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)[,.]?\s+/iu;

const TRAILING_TIME = /(?:[\sT,]+(?:at|в|о|об)?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)$/iu;

interface ChronoOptions {
  published: Date | null;
}

function certainPoint(c: ParsedComponents, text: string): Point | null {
  if (!c.isCertain('month')) return null;
  const p: Point = { month: c.get('month')! };
  if (c.isCertain('day')) p.day = c.get('day')!;
  // chrono reads "24 February, 15,000" as the year 15: trust a year only when written in full.
  if (c.isCertain('year')) {
    const y = c.get('year')!;
    if (new RegExp(`(?<!\\d)${y}(?!\\d)`).test(text) || new RegExp(`'${String(y).slice(2)}(?!\\d)`).test(text))
      p.year = y;
  }
  return p;
}

function trimSpan(sentence: string, start: number, end: number): [number, number] {
  let text = sentence.slice(start, end);
  const lead = LEADING_TIME.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const l = text.length - text.trimStart().length;
  start += l;
  text = text.slice(l);
  // A time after the date ("2023-12-30 19:44:00", "May 5 at 10:30") is not part of the day.
  end = start + text.replace(TRAILING_TIME, '').replace(/[\s,;:]+$/u, '').length;
  // chrono stops before the stop of an abbreviated year word ("2022 г.", "2023 р.").
  if (/\d[\s\u00a0]*(?:г|гг|р|рр)$/u.test(sentence.slice(start, end)) && sentence[end] === '.') end++;
  return [start, end];
}

function toRaw(r: ParsedResult, sentence: string, lex: DateLexicon, ref: Date): RawDate | null {
  const tags = r.tags();
  if (tags.has('casualReference/now')) return null;
  const relative = tags.has('result/relativeDate');
  if (relative && !regexes(lex).ago.test(r.text)) return null; // "for two years", "seven months later"
  const [start, end] = trimSpan(sentence, r.index, r.index + r.text.length);
  if (end <= start) return null;
  const text = sentence.slice(start, end);
  const s = r.start;

  if (relative) return agoRaw(sentence, start, end, lex, ref);
  const from = certainPoint(s, text);
  if (from && from.year === undefined && s.isCertain('year')) {
    // The "year" was a following number ("24 February, 15,000"): leave it out of the mention.
    const cut = /[,\s]+\d{1,3}$/.exec(text);
    if (cut) return { kind: 'point', point: from, start, end: end - cut[0].length };
  }
  if (!from) {
    if (s.isCertain('weekday') && !s.isCertain('day')) {
      return { kind: 'weekday', weekday: s.get('weekday')!, future: regexes(lex).future.test(text), start, end };
    }
    return null; // a time of day alone, or nothing chrono was sure of
  }
  if (from.day !== undefined && !/\p{L}/u.test(text) && from.year === undefined) return null; // "3/4"
  if (from.day === undefined && from.year === undefined && !monthAloneIsDate(sentence, start, text, lex)) return null;
  if (r.end) {
    const to = certainPoint(r.end, text);
    if (to && (to.day !== undefined) === (from.day !== undefined)) {
      if (to.year === undefined && from.year !== undefined)
        to.year = from.month <= to.month ? from.year : from.year + 1;
      if (from.year === undefined && to.year !== undefined) from.year = from.month <= to.month ? to.year : to.year - 1;
      return { kind: 'range', from, to, start, end };
    }
  }
  return { kind: 'point', point: from, start, end };
}

/** Regexes built from a language's date words, once per language. */
interface WordRegexes {
  /** ends with "ago" / "назад" / "тому" */
  ago: RegExp;
  /** "three days ago": at most two words before the ago word, at the end */
  agoPhrase: RegExp;
  /** text before a lone month ends with a preposition ("in", "since") */
  monthContext: RegExp;
  /** a preposition at the start of chrono's text ("in May") */
  monthLead: RegExp;
  /** "next", "следующий" at the start of a weekday mention */
  future: RegExp;
}

const regexCache = new Map<DateLexicon, WordRegexes>();

function regexes(lex: DateLexicon): WordRegexes {
  let r = regexCache.get(lex);
  if (!r) {
    const ago = alternation(lex.words.ago);
    const preps = alternation(lex.words.monthOnlyPrepositions);
    r = {
      ago: new RegExp(`${ago}$`, 'iu'),
      agoPhrase: new RegExp(`(?:[\\p{L}\\d-]+[\\s\\u00a0]+)?\\p{L}+[\\s\\u00a0]+${ago}$`, 'iu'),
      monthContext: new RegExp(`(?:^|[\\s(])${preps}[\\s-]*$`, 'iu'),
      monthLead: new RegExp(`^${preps}[\\s-]+`, 'iu'),
      future: new RegExp(`^${alternation(lex.words.futureMarkers)}(?![\\p{L}])`, 'iu'),
    };
    regexCache.set(lex, r);
  }
  return r;
}

/**
 * "three days ago" as its own span: chrono sometimes glues a preceding word to it ("году, три дня
 * назад"), so the phrase is cut to at most two words before "ago" and parsed again on its own.
 */
function agoRaw(sentence: string, start: number, end: number, lex: DateLexicon, ref: Date): RawDate | null {
  const phrase = regexes(lex).agoPhrase.exec(sentence.slice(start, end));
  if (!phrase) return null;
  const again = PARSERS[lex.lang].parse(phrase[0], { instant: ref, timezone: 0 })[0];
  if (!again || again.text.length !== phrase[0].length) return null;
  const c = again.start;
  const lower = phrase[0].toLowerCase();
  const has = (stems: string[]) => stems.some((stem) => lower.includes(stem));
  const unit = has(lex.words.agoUnitStems.year) ? 'year' : has(lex.words.agoUnitStems.month) ? 'month' : 'day';
  return {
    kind: 'ago',
    year: c.get('year')!,
    month: c.get('month')!,
    day: c.get('day')!,
    unit,
    start: start + phrase.index,
    end,
  };
}

/** "in May", "в сентябре" are dates; "may", "They march on", "лютий мороз" are not. */
function monthAloneIsDate(sentence: string, start: number, text: string, lex: DateLexicon): boolean {
  const { monthContext, monthLead } = regexes(lex);
  // chrono may include the preposition ("in May"): look at the month word and what precedes it.
  const lead = monthLead.exec(text);
  const monthWord = lead ? text.slice(lead[0].length) : text;
  const before = sentence.slice(0, start) + (lead ? ' ' + lead[0] : '');
  if (lex.words.capitalisedMonths && !/^\p{Lu}/u.test(monthWord)) return false;
  return lex.words.monthOnlyPrepositions.length === 0 || monthContext.test(before);
}

/** chrono's reading of `sentence`, as raw dates. */
export function findChronoDates(sentence: string, lex: DateLexicon, opts: ChronoOptions): RawDate[] {
  const ref = opts.published ?? NEUTRAL_REF;
  const out: RawDate[] = [];
  for (const r of PARSERS[lex.lang].parse(sentence, { instant: ref, timezone: 0 })) {
    const raw = toRaw(r, sentence, lex, ref);
    if (raw) out.push(raw);
  }
  return out;
}
