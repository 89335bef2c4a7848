// Date words of one language (data/dates-<lang>.json), validated once and compiled into regex
// pieces that the date patterns share. Regexes here are sources, joined by patterns.ts.
import type { Lang } from '../../model/document.js';
import { readDataJson } from '../../util/data-path.js';
import { boundedRegExp, testBounded, type BoundedRegExp } from '../regex/bounded.js';
import { UNICODE_ONLY_FOLDS, caselessTest } from '../regex/caseless.js';
import { LEAD, stickyBody, testAtLeads, type Leads, type StickyBody } from './leads.js';

interface DateWordsFile {
  months: string[][];
  capitalisedMonths: boolean;
  monthOnlyPrepositions: string[];
  agoUnitStems: { year: string[]; month: string[] };
  weekdays: string[][];
  relativeDays: Record<string, number>;
  weeks: Record<string, number>;
  monthOffsets: Record<string, number>;
  yearOffsets: Record<string, number>;
  futureMarkers: string[];
  seasons: Record<string, [number, number]>;
  seasonLinks: string[];
  /** between a day and its month: "the 5th of May" */
  dayMonthLinks: string[];
  monthParts: string[];
  since: string[];
  rangeFrom: string[];
  rangeTo: string[];
  nightRange: string[];
  nightRangeTo: string[];
  nightSingle: string[];
  yearWords: string[];
  /** after a year range: "в 2014–2022 годах" */
  yearWordsPlural: string[];
  yearPrepositions: string[];
  ago: string[];
  dayOrder: Array<'dmy' | 'mdy'>;
}

export interface DateLexicon {
  lang: Lang;
  words: DateWordsFile;
  /** lower-case word form → 1..12 */
  monthOf: Map<string, number>;
  /** lower-case word form → 0 (Sunday) … 6 */
  weekdayOf: Map<string, number>;
  /** lower-case phrase → day offset from publication */
  relativeDayOf: Map<string, number>;
  weekOf: Map<string, number>;
  monthOffsetOf: Map<string, number>;
  yearOffsetOf: Map<string, number>;
  /** source of an alternation over all month forms (with an optional abbreviation stop) */
  month: string;
  weekday: string;
  /** cheap test: can this sentence hold a date at all? (testAt: the same on the sentence's scan) */
  prefilter: { test(text: string): boolean; testAt(text: string, leads: Leads): boolean };
  /** words chrono is needed for (months, weekdays, numeric dates, "ago"); scan with bodyFor and execBounded */
  chronoTrigger: BoundedRegExp;
  /** chronoTrigger's body, to try at the positions of a scan (leads.ts) */
  chronoTriggerAt: StickyBody;
  /** cheap test that must hold wherever chronoTrigger can match */
  chronoGate: { test(text: string): boolean };
}

export const LANG_FILES: readonly Lang[] = ['en', 'ru', 'uk'];

/** No letter or digit on the left / right: \b is ASCII-only in JavaScript and fails on Cyrillic. */
export const L = '(?<![\\p{L}\\p{N}])';
export const R = '(?![\\p{L}\\p{N}])';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first so "в ночь с" wins over "в ночь"; spaces match any whitespace. */
export function alternation(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return '(?!)';
  return '(?:' + list.map((p) => escapeRegExp(p).replace(/ +/g, '\\s+')).join('|') + ')';
}

function check(file: DateWordsFile, lang: Lang): DateWordsFile {
  const fail = (what: string) => {
    throw new Error(`data/dates-${lang}.json: ${what}`);
  };
  if (!Array.isArray(file.months) || file.months.length !== 12) fail('months must list 12 months');
  if (!Array.isArray(file.weekdays) || file.weekdays.length !== 7) fail('weekdays must list 7 days');
  for (const key of ['relativeDays', 'weeks', 'monthOffsets', 'yearOffsets', 'seasons'] as const) {
    if (typeof file[key] !== 'object' || file[key] === null) fail(`${key} must be an object`);
  }
  for (const key of [
    'monthParts',
    'since',
    'rangeFrom',
    'rangeTo',
    'nightRange',
    'nightRangeTo',
    'nightSingle',
    'yearWords',
    'yearWordsPlural',
    'yearPrepositions',
    'ago',
    'dayOrder',
    'futureMarkers',
    'seasonLinks',
    'monthOnlyPrepositions',
    'dayMonthLinks',
  ] as const) {
    if (!Array.isArray(file[key])) fail(`${key} must be a list`);
  }
  if (!Array.isArray(file.agoUnitStems?.year) || !Array.isArray(file.agoUnitStems?.month))
    fail('agoUnitStems needs year and month lists');
  for (const [word, months] of Object.entries(file.seasons)) {
    if (
      !Array.isArray(months) ||
      months.length !== 2 ||
      !months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12) ||
      months[0] > months[1]
    ) {
      fail(`season ${word} must give [first month, last month] within one year`);
    }
  }
  return file;
}

function build(lang: Lang): DateLexicon {
  const words = check(readDataJson<DateWordsFile>(`dates-${lang}.json`), lang);
  const monthOf = new Map<string, number>();
  for (const [i, forms] of words.months.entries()) for (const f of forms) monthOf.set(f.toLowerCase(), i + 1);
  // English abbreviations (every form after the full name) may carry a stop: "Sept.", "Feb.".
  const monthForms = words.months.flatMap((forms) =>
    forms.flatMap((f, i) => (lang === 'en' && i > 0 ? [f.toLowerCase() + '.', f.toLowerCase()] : [f.toLowerCase()])),
  );
  const weekdayOf = new Map<string, number>();
  for (const [i, forms] of words.weekdays.entries()) for (const f of forms) weekdayOf.set(f.toLowerCase(), i);
  const lower = (o: Record<string, number>) =>
    new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase().replace(/\s+/g, ' '), v]));
  const month = alternation(monthForms);
  const weekday = alternation(weekdayOf.keys());
  const ago = alternation(words.ago);
  const relative = alternation([
    ...Object.keys(words.relativeDays),
    ...Object.keys(words.weeks),
    ...Object.keys(words.monthOffsets),
    ...Object.keys(words.yearOffsets),
  ]);
  const numericDates = ['\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}', '\\d{4}-\\d{2}-\\d{2}'];
  // Whole forms: prefixes would wake chrono for "среди", "второй", "market".
  const chronoWords = [`${month}${R}`, `${weekday}${R}`, ago, ...numericDates];
  const chronoTrigger = boundedRegExp(NO_LETTER_BEFORE, `(?:${chronoWords.join('|')})`, 'giu');
  const prefilter = datePrefilter(month, weekday, ago, relative, numericDates);
  const chronoWordGate = caselessTest(`(?:${[month, weekday, ago].join('|')})`);
  const chronoGate = {
    test: (text: string) => NUMERIC_DATE_CORE.test(text) || chronoWordGate.test(text, UNICODE_ONLY_FOLDS.test(text)),
  };
  return {
    lang,
    words,
    monthOf,
    weekdayOf,
    month,
    weekday,
    prefilter,
    chronoTrigger,
    chronoGate,
    chronoTriggerAt: stickyBody(chronoTrigger),
    relativeDayOf: lower(words.relativeDays),
    weekOf: lower(words.weeks),
    monthOffsetOf: lower(words.monthOffsets),
    yearOffsetOf: lower(words.yearOffsets),
  };
}

const NO_LETTER_BEFORE = '(?<![\\p{L}])';

/**
 * Any date word (month, weekday, "ago", a relative day), numeric date or year after no letter. Digits
 * and words are tested apart (a sentence holds a date where either part matches), and the words, the
 * slow part, only where a cheap caseless test finds one of them without the boundary conditions.
 */
function datePrefilter(
  month: string,
  weekday: string,
  ago: string,
  relative: string,
  numericDates: string[],
): DateLexicon['prefilter'] {
  const digits = boundedRegExp(NO_LETTER_BEFORE, `(?:${[...numericDates, '(?:19|20)\\d\\d'].join('|')})`, 'u');
  const words = boundedRegExp(
    NO_LETTER_BEFORE,
    `(?:${[`${month}${R}`, `${weekday}${R}`, ago, relative].join('|')})`,
    'iu',
  );
  const wordGate = caselessTest(`(?:${[month, weekday, ago, relative].join('|')})`);
  const wordsAt = stickyBody(words);
  const wordLeads =
    LEAD.month | LEAD.weekday | LEAD.ago | LEAD.relativeDay | LEAD.week | LEAD.monthOffset | LEAD.yearOffset;
  return {
    test: (text) =>
      (HAS_DIGIT.test(text) && testBounded(digits, text)) ||
      (wordGate.test(text, UNICODE_ONLY_FOLDS.test(text)) && testBounded(words, text)),
    // The word gate above is only a shortcut: without a lead of its kind, no word can match.
    testAt: (text, leads) =>
      testAtLeads(words, wordsAt, leads, wordLeads, text) || (HAS_DIGIT.test(text) && testBounded(digits, text)),
  };
}
const HAS_DIGIT = /\d/;
/** what every numeric date form holds: a digit, a separator, a digit */
const NUMERIC_DATE_CORE = /\d[./-]\d/;

const cache = new Map<Lang, DateLexicon>();

export function dateLexicon(lang: Lang): DateLexicon {
  let lex = cache.get(lang);
  if (!lex) {
    lex = build(lang);
    cache.set(lang, lex);
  }
  return lex;
}

/** Month number of a matched form ("Sept." → 9), or undefined. */
export function monthNumber(lex: DateLexicon, form: string): number | undefined {
  const word = form.endsWith('.') ? form.slice(0, -1) : form;
  return lex.monthOf.get(word.toLowerCase());
}
