// Own date patterns, tried in order, an earlier match winning where two overlap: first what chrono
// misses or gets wrong (night ranges "в ночь с 23 на 24 июня", "between 21 and 25 September",
// "since 24 February" as a range to publication, "mid-March" and "в начале сентября" at month
// precision, bare years "in 2021", seasons, "last week"), then the plain forms ("25 September",
// "September 25, 2022", "в сентябре", "on Monday") so that chrono, the slow part, is needed only for
// the rest (numeric dates, "three days ago"). Built from the language's date words, once per language.
import { L, R, alternation, monthNumber, type DateLexicon } from './lexicon.js';
import type { Point, RawDate, RawDateValue } from './raw.js';

interface Pattern {
  re: RegExp;
  make: (m: RegExpExecArray, lex: DateLexicon) => RawDateValue | null;
}

const WS = '[\\s\\u00a0]+';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?';
const YEAR_NUM = '((?:19|20)\\d{2})';

function yearTail(lex: DateLexicon): string {
  const words = lex.words.yearWords.length ? `(?:[\\s\\u00a0]*${alternation(lex.words.yearWords)})?` : '';
  return `(?:,?[\\s\\u00a0]*${YEAR_NUM}${R}${words})?`;
}

function day(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 31 ? n : NaN;
}

function point(lex: DateLexicon, d: string | undefined, m: string | undefined, y: string | undefined): Point | null {
  const month = m === undefined ? undefined : monthNumber(lex, m);
  const dd = day(d);
  if (month === undefined || Number.isNaN(dd)) return null;
  const p: Point = { month };
  if (dd !== undefined) p.day = dd;
  if (y !== undefined) p.year = Number(y);
  return p;
}

/** Range ends: the first day borrows month and year from the second ("21 to 25 September 2022"). */
function range(lex: DateLexicon, d1: string, m1: string | undefined, y1: string | undefined, d2: string, m2: string | undefined, y2: string | undefined): RawDateValue | null {
  const to = point(lex, d2, m2 ?? m1, y2);
  const from = point(lex, d1, m1 ?? m2, y1 ?? (m1 === undefined ? y2 : undefined));
  if (!from || !to) return null;
  if (from.year === undefined && to.year !== undefined && from.month <= to.month) from.year = to.year;
  if (from.year === undefined && to.year !== undefined && from.month > to.month) from.year = to.year - 1;
  return { kind: 'range', from, to };
}

function compile(lex: DateLexicon): Pattern[] {
  const w = lex.words;
  const M = `(${lex.month})`;
  const Y = yearTail(lex);
  const mdy = w.dayOrder.includes('mdy');
  const re = (src: string) => new RegExp(`${L}${src}${R}`, 'giu');
  const patterns: Pattern[] = [];

  // Nights: "в ночь с 23 на 24 июня" → 23..24; "в ночь на 24 июня" → the 24th.
  const NR = alternation(w.nightRange);
  const NRT = alternation(w.nightRangeTo);
  patterns.push({
    re: re(`${NR}${WS}${DAY}(?:${WS}${M})?${WS}${NRT}${WS}${DAY}${WS}${M}${Y}`),
    make: (m) => range(lex, m[1], m[2], undefined, m[3], m[4], m[5]),
  });
  if (mdy) {
    patterns.push({
      re: re(`${NR}${WS}${M}${WS}${DAY}[\\s\\u00a0]*${NRT}[\\s\\u00a0]*(?:${M}${WS})?${DAY}${Y}`),
      make: (m) => range(lex, m[2], m[1], undefined, m[4], m[3] ?? m[1], m[5]),
    });
  }
  const NS = alternation(w.nightSingle);
  patterns.push({ re: re(`${NS}${WS}${DAY}${WS}${M}${Y}`), make: (m) => pointValue(point(lex, m[1], m[2], m[3])) });
  if (mdy) patterns.push({ re: re(`${NS}${WS}${M}${WS}${DAY}${Y}`), make: (m) => pointValue(point(lex, m[2], m[1], m[3])) });

  // Ranges: "from 21 to 25 September", "с 28 февраля по 3 марта", "between 21 and 25 September".
  const FROM = alternation(w.rangeFrom);
  const TO = alternation(w.rangeTo);
  patterns.push({
    re: re(`(?:${FROM}${WS})?${DAY}(?:${WS}${M}${Y})?[\\s\\u00a0]*${TO}[\\s\\u00a0]*${DAY}${WS}${M}${Y}`),
    make: (m) => range(lex, m[1], m[2], m[3], m[4], m[5], m[6]),
  });
  if (mdy) {
    patterns.push({
      re: re(`(?:${FROM}${WS})?${M}${WS}${DAY}(?:,?[\\s\\u00a0]*${YEAR_NUM})?[\\s\\u00a0]*${TO}[\\s\\u00a0]*(?:${M}${WS})?${DAY}${Y}`),
      make: (m) => range(lex, m[2], m[1], m[3], m[5], m[4] ?? m[1], m[6]),
    });
  }

  const YW = w.yearWords.length ? `(?:[\\s\\u00a0]*${alternation(w.yearWords)})?` : '';
  // Plural year words after a range ("в 2014–2022 годах", "у 2014–2022 роках").
  const YWP = w.yearWordsPlural.length ? `(?:[\\s\\u00a0]*${alternation([...w.yearWordsPlural, ...w.yearWords])})?` : '';

  // Year ranges: "between 2014 and 2022", "from 2014 to 2022", "в 2014–2022 годах"; a bare
  // "2014–2022" only with a dash (a list "2014 and 2022" is two years, not a range).
  const yearRange = (m: RegExpExecArray): RawDateValue | null => {
    const from = Number(m[1]);
    const to = Number(m[2]);
    return to > from && to - from < 100 ? { kind: 'yearRange', from, to } : null;
  };
  patterns.push({ re: re(`${FROM}${WS}${YEAR_NUM}[\\s\\u00a0]*${TO}[\\s\\u00a0]*${YEAR_NUM}${YWP}`), make: yearRange });
  patterns.push({ re: re(`${YEAR_NUM}[\\s\\u00a0]*[-–—][\\s\\u00a0]*${YEAR_NUM}${YWP}`), make: yearRange });

  // "since 24 February [2022]", "since February 24", "с марта", "since 2014": to publication.
  const SINCE = alternation(w.since);
  patterns.push({ re: re(`${SINCE}${WS}${DAY}${WS}${M}${Y}`), make: (m) => sinceValue(point(lex, m[1], m[2], m[3])) });
  if (mdy) patterns.push({ re: re(`${SINCE}${WS}${M}${WS}${DAY}${Y}`), make: (m) => sinceValue(point(lex, m[2], m[1], m[3])) });
  patterns.push({ re: re(`${SINCE}${WS}${M}${Y}`), make: (m) => sinceValue(point(lex, undefined, m[1], m[2])) });
  patterns.push({ re: re(`${SINCE}${WS}${YEAR_NUM}${YW}`), make: (m) => ({ kind: 'since', from: { year: Number(m[1]) } }) });

  // Parts of a month or year keep its precision: "mid-March", "в начале сентября", "late 2021".
  const PART = alternation(w.monthParts);
  patterns.push({ re: re(`${PART}[\\s\\u00a0-]*${M}${Y}`), make: (m) => pointValue(point(lex, undefined, m[1], m[2])) });
  patterns.push({ re: re(`${PART}[\\s\\u00a0-]*${YEAR_NUM}${YW}`), make: (m) => ({ kind: 'year', year: Number(m[1]) }) });

  // "summer of 2022", "летом 2022 года": a range of months.
  const SEASON = `(${alternation(Object.keys(w.seasons))})`;
  const LINK = w.seasonLinks.length ? `(?:${WS}${alternation(w.seasonLinks)})?` : '';
  patterns.push({
    re: re(`${SEASON}${LINK}${WS}${YEAR_NUM}${YW}`),
    make: (m) => {
      const months = Object.entries(w.seasons).find(([k]) => k.toLowerCase() === m[1].toLowerCase())?.[1];
      const year = Number(m[2]);
      return months ? { kind: 'range', from: { year, month: months[0] }, to: { year, month: months[1] } } : null;
    },
  });

  // A bare year only after a preposition ("in 2021", "в 2021 году"): a lone 4-digit number is too
  // often an amount or an article number. Without a year word, no word may follow in ru/uk.
  const YP = alternation(w.yearPrepositions);
  const tail = w.yearWords.length ? `(?:[\\s\\u00a0]*${alternation(w.yearWords)}|(?![\\s\\u00a0]*[\\p{L}\\p{N}%]))` : '(?![.,]\\d)';
  patterns.push({ re: re(`${YP}${WS}${YEAR_NUM}${tail}`), make: (m) => ({ kind: 'year', year: Number(m[1]) }) });

  // Plain days and months. English month words alone must be capitalised ("may", "march" are verbs).
  const capital = (form: string) => !w.capitalisedMonths || /^\p{Lu}/u.test(form);
  const OF = w.dayMonthLinks.length ? `(?:${WS}${alternation(w.dayMonthLinks)})?` : '';
  patterns.push({ re: re(`${DAY}${OF}${WS}${M}${Y}`), make: (m) => pointValue(point(lex, m[1], m[2], m[3])) });
  if (mdy) {
    patterns.push({ re: re(`${M}${WS}${DAY}${Y}`), make: (m) => (capital(m[1]) ? pointValue(point(lex, m[2], m[1], m[3])) : null) });
  }
  const MONTH_ALONE = w.monthOnlyPrepositions.length ? `(?<=${alternation(w.monthOnlyPrepositions)}[\\s\\u00a0-]+)` : '';
  patterns.push({
    re: re(`${MONTH_ALONE}${M}${Y}`),
    make: (m) => (capital(m[1]) || m[2] !== undefined ? pointValue(point(lex, undefined, m[1], m[2])) : null),
  });
  patterns.push({
    re: re(`(?:(${alternation(w.futureMarkers)})${WS})?(${lex.weekday})`),
    make: (m) => {
      const weekday = lex.weekdayOf.get(m[2].toLowerCase());
      return weekday === undefined ? null : { kind: 'weekday', weekday, future: m[1] !== undefined };
    },
  });

  // Words for days and weeks relative to publication.
  patterns.push({
    re: re(alternation(lex.relativeDayOf.keys())),
    make: (m) => {
      const days = lex.relativeDayOf.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      return days === undefined ? null : { kind: 'dayOffset', days };
    },
  });
  for (const [table, kind] of [[lex.weekOf, 'week'], [lex.monthOffsetOf, 'monthOffset'], [lex.yearOffsetOf, 'yearOffset']] as const) {
    patterns.push({
      re: re(alternation(table.keys())),
      make: (m) => {
        const offset = table.get(m[0].toLowerCase().replace(/\s+/g, ' '));
        return offset === undefined ? null : { kind, offset };
      },
    });
  }
  return patterns;
}

function pointValue(p: Point | null): RawDateValue | null {
  return p ? { kind: 'point', point: p } : null;
}
function sinceValue(p: Point | null): RawDateValue | null {
  return p ? { kind: 'since', from: p } : null;
}

const compiled = new WeakMap<DateLexicon, Pattern[]>();

/** Own-pattern dates in `sentence`, earlier patterns taking precedence where matches overlap. */
export function findPatternDates(sentence: string, lex: DateLexicon): RawDate[] {
  let patterns = compiled.get(lex);
  if (!patterns) {
    patterns = compile(lex);
    compiled.set(lex, patterns);
  }
  const found: RawDate[] = [];
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(sentence); m; m = p.re.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const value = p.make(m, lex);
      if (value) found.push({ ...value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
