// Own date patterns, tried in order, an earlier match winning where two overlap: first what chrono
// misses or gets wrong (night ranges "в ночь с 23 на 24 июня", "between 21 and 25 September",
// "since 24 February" as a range to publication, "mid-March" and "в начале сентября" at month
// precision, bare years "in 2021", seasons), then the plain forms ("25 September", "September 25,
// 2022", "в сентябре", "on Monday") and words relative to publication ("yesterday", "last week"),
// so that chrono, the slow part, is needed only for the rest (numeric dates, "three days ago").
// Built from the language's date words (data/dates-<lang>.json), once per language.
import { bodyFor, boundedRegExp, execBounded, type BoundedRegExp } from '../regex/bounded.js';
import { UNICODE_ONLY_FOLDS, caselessTest, type CaselessTest } from '../regex/caseless.js';
import { LEAD, execAt, scanLeads, stickyBody, type Leads, type StickyBody } from './leads.js';
import { L, R, alternation, monthNumber, type DateLexicon } from './lexicon.js';
import type { Point, RawDate, RawDateValue } from './raw.js';

/**
 * Cheap signs that a pattern can match at all; a pattern runs only when all it needs are present.
 * Each is a word or form the pattern cannot match without (night, since, part: its leading words).
 * They serve sentences read by the regexes alone; a scanned one (leads.ts) tries each pattern only
 * where its `lead` words begin.
 */
type Anchor = 'digit' | 'year' | 'month' | 'weekday' | 'season' | 'relative' | 'night' | 'since' | 'part';

interface Pattern {
  needs: Anchor[];
  /** the kinds of word a match can start with (leads.ts) */
  lead: number;
  re: BoundedRegExp;
  make: (m: RegExpExecArray) => RawDateValue | null;
}

const WS = '[\\s\\u00a0]+';
const WS0 = '[\\s\\u00a0]*';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?';
const YEAR_NUM = '((?:19|20)\\d{2})';

/** Regex pieces shared by the pattern groups of one language. */
interface Pieces {
  lex: DateLexicon;
  /** a month word (one capture group) */
  M: string;
  /** an optional year after a date, with its year word ("2022 года"); one capture group */
  Y: string;
  /** an optional year word after a bare year */
  YW: string;
  /** an optional singular or plural year word after a year range ("2014–2022 годах") */
  YWP: string;
  FROM: string;
  TO: string;
  mdy: boolean;
  /** a pattern that starts at no letter or digit, after `lead` (a lookbehind) when given */
  re: (src: string, lead?: string) => BoundedRegExp;
}

function day(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 31 ? n : NaN;
}

/** /^\p{Lu}/u, without a regex call for an ASCII first letter. */
function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

function point(lex: DateLexicon, d: string | undefined, m: string | undefined, y: string | undefined): Point | null {
  // English month names are capitalised; "may", "march" in lower case are verbs.
  if (m !== undefined && lex.words.capitalisedMonths && !startsUpper(m)) return null;
  const month = m === undefined ? undefined : monthNumber(lex, m);
  const dd = day(d);
  if (month === undefined || Number.isNaN(dd)) return null;
  const p: Point = { month };
  if (dd !== undefined) p.day = dd;
  if (y !== undefined) p.year = Number(y);
  return p;
}

function pointValue(p: Point | null): RawDateValue | null {
  return p ? { kind: 'point', point: p } : null;
}

function sinceValue(p: Point | null): RawDateValue | null {
  return p ? { kind: 'since', from: p } : null;
}

/** Range ends: the first day borrows month and year from the second ("21 to 25 September 2022"). */
function dayRange(
  lex: DateLexicon,
  d1: string,
  m1: string | undefined,
  y1: string | undefined,
  d2: string,
  m2: string | undefined,
  y2: string | undefined,
): RawDateValue | null {
  const to = point(lex, d2, m2 ?? m1, y2);
  const from = point(lex, d1, m1 ?? m2, y1 ?? (m1 === undefined ? y2 : undefined));
  if (!from || !to) return null;
  if (from.year === undefined && to.year !== undefined) from.year = from.month <= to.month ? to.year : to.year - 1;
  return { kind: 'range', from, to };
}

/** A night is coded by its morning (EVENTS.md, Conventions): "в ночь с 23 на 24 июня" is the 24th. */
function nightMorning(
  lex: DateLexicon,
  d1: string,
  m1: string | undefined,
  y1: string | undefined,
  d2: string,
  m2: string | undefined,
  y2: string | undefined,
): RawDateValue | null {
  const r = dayRange(lex, d1, m1, y1, d2, m2, y2);
  return r && r.kind === 'range' ? pointValue(r.to) : null;
}

/** Nights: "в ночь с 23 на 24 июня", "в ночь на 24 июня", "overnight into June 24" → the 24th. */
function nightPatterns({ lex, M, Y, mdy, re }: Pieces): Pattern[] {
  const w = lex.words;
  const NR = alternation(w.nightRange);
  const NRT = alternation(w.nightRangeTo);
  const NS = alternation(w.nightSingle);
  const out: Pattern[] = [
    {
      needs: ['night', 'digit', 'month'],
      lead: LEAD.nightRange,
      re: re(`${NR}${WS}${DAY}(?:${WS}${M})?${WS}${NRT}${WS}${DAY}${WS}${M}${Y}`),
      make: (m) => nightMorning(lex, m[1], m[2], undefined, m[3], m[4], m[5]),
    },
    {
      needs: ['night', 'digit', 'month'],
      lead: LEAD.nightSingle,
      re: re(`${NS}${WS}${DAY}${WS}${M}${Y}`),
      make: (m) => pointValue(point(lex, m[1], m[2], m[3])),
    },
  ];
  if (mdy) {
    out.splice(1, 0, {
      needs: ['night', 'digit', 'month'],
      lead: LEAD.nightRange,
      re: re(`${NR}${WS}${M}${WS}${DAY}${WS0}${NRT}${WS0}(?:${M}${WS})?${DAY}${Y}`),
      make: (m) => nightMorning(lex, m[2], m[1], undefined, m[4], m[3] ?? m[1], m[5]),
    });
    out.push({
      needs: ['night', 'digit', 'month'],
      lead: LEAD.nightSingle,
      re: re(`${NS}${WS}${M}${WS}${DAY}${Y}`),
      make: (m) => pointValue(point(lex, m[2], m[1], m[3])),
    });
  }
  return out;
}

/** "from 21 to 25 September", "с 28 февраля по 3 марта", "September 21-25", "from March to May 2022". */
function rangePatterns({ lex, M, Y, FROM, TO, mdy, re }: Pieces): Pattern[] {
  const out: Pattern[] = [
    {
      needs: ['digit', 'month'],
      lead: LEAD.from | LEAD.day,
      re: re(`(?:${FROM}${WS})?${DAY}(?:${WS}${M}${Y})?${WS0}${TO}${WS0}${DAY}${WS}${M}${Y}`),
      make: (m) => dayRange(lex, m[1], m[2], m[3], m[4], m[5], m[6]),
    },
  ];
  if (mdy) {
    out.push({
      needs: ['digit', 'month'],
      lead: LEAD.from | LEAD.month,
      re: re(`(?:${FROM}${WS})?${M}${WS}${DAY}(?:,?${WS0}${YEAR_NUM})?${WS0}${TO}${WS0}(?:${M}${WS})?${DAY}${Y}`),
      make: (m) => dayRange(lex, m[2], m[1], m[3], m[5], m[4] ?? m[1], m[6]),
    });
  }
  out.push({
    needs: ['month'],
    lead: LEAD.from | LEAD.month,
    re: re(`(?:${FROM}${WS})?${M}(?:,?${WS0}${YEAR_NUM})?${WS0}${TO}${WS0}${M}${Y}`),
    make: (m) => {
      const from = point(lex, undefined, m[1], m[2]);
      const to = point(lex, undefined, m[3], m[4]);
      if (!from || !to || from.month === to.month) return null;
      if (from.year === undefined && to.year !== undefined) from.year = from.month < to.month ? to.year : to.year - 1;
      return { kind: 'range', from, to };
    },
  });
  return out;
}

/**
 * "between 2014 and 2022", "в 2014–2022 годах"; a bare "2014–2022" only with a dash (a list
 * "2014 and 2022" is two years, not a range).
 */
function yearRangePatterns({ FROM, TO, YWP, re }: Pieces): Pattern[] {
  const make = (m: RegExpExecArray): RawDateValue | null => {
    const from = Number(m[1]);
    const to = Number(m[2]);
    return to > from && to - from < 100 ? { kind: 'yearRange', from, to } : null;
  };
  return [
    { needs: ['year'], lead: LEAD.from, re: re(`${FROM}${WS}${YEAR_NUM}${WS0}${TO}${WS0}${YEAR_NUM}${YWP}`), make },
    { needs: ['year'], lead: LEAD.year, re: re(`${YEAR_NUM}${WS0}[-–—]${WS0}${YEAR_NUM}${YWP}`), make },
  ];
}

/** "since 24 February [2022]", "since February 24", "с марта", "since 2014", "since Monday": up to publication. */
function sincePatterns({ lex, M, Y, YW, mdy, re }: Pieces): Pattern[] {
  const SINCE = alternation(lex.words.since);
  const out: Pattern[] = [
    {
      needs: ['since', 'digit', 'month'],
      lead: LEAD.since,
      re: re(`${SINCE}${WS}${DAY}${WS}${M}${Y}`),
      make: (m) => sinceValue(point(lex, m[1], m[2], m[3])),
    },
    {
      needs: ['since', 'month'],
      lead: LEAD.since,
      re: re(`${SINCE}${WS}${M}${Y}`),
      make: (m) => sinceValue(point(lex, undefined, m[1], m[2])),
    },
    {
      needs: ['since', 'year'],
      lead: LEAD.since,
      re: re(`${SINCE}${WS}${YEAR_NUM}${YW}`),
      make: (m) => ({ kind: 'since', from: { year: Number(m[1]) } }),
    },
    {
      needs: ['since', 'weekday'],
      lead: LEAD.since,
      re: re(`${SINCE}${WS}(${lex.weekday})`),
      make: (m) => {
        const weekday = lex.weekdayOf.get(m[1].toLowerCase());
        return weekday === undefined ? null : { kind: 'since', from: { weekday } };
      },
    },
  ];
  if (mdy)
    out.splice(1, 0, {
      needs: ['since', 'digit', 'month'],
      lead: LEAD.since,
      re: re(`${SINCE}${WS}${M}${WS}${DAY}${Y}`),
      make: (m) => sinceValue(point(lex, m[2], m[1], m[3])),
    });
  return out;
}

/**
 * Parts of a month or year keep its precision ("mid-March", "в начале сентября", "late 2021");
 * seasons are a range of months ("summer of 2022"); a bare year counts only after a preposition
 * ("in 2021", "в 2021 году"): a lone 4-digit number is too often an amount or an article number.
 */
function periodPatterns({ lex, M, Y, YW, re }: Pieces): Pattern[] {
  const w = lex.words;
  const PART = alternation(w.monthParts);
  const SEASON = `(${alternation(Object.keys(w.seasons))})`;
  const LINK = w.seasonLinks.length ? `(?:${WS}${alternation(w.seasonLinks)})?` : '';
  const seasons = new Map(Object.entries(w.seasons).map(([k, v]) => [k.toLowerCase(), v]));
  const YP = alternation(w.yearPrepositions);
  // Without a year word, no word may follow a Russian or Ukrainian year ("в 2022 раза").
  const yearEnd = w.yearWords.length
    ? `(?:${WS0}${alternation(w.yearWords)}|(?!${WS0}[\\p{L}\\p{N}%]))`
    : '(?![.,]\\d)';
  return [
    {
      needs: ['part', 'month'],
      lead: LEAD.part,
      re: re(`${PART}[\\s\\u00a0-]*${M}${Y}`),
      make: (m) => pointValue(point(lex, undefined, m[1], m[2])),
    },
    {
      needs: ['part', 'year'],
      lead: LEAD.part,
      re: re(`${PART}[\\s\\u00a0-]*${YEAR_NUM}${YW}`),
      make: (m) => ({ kind: 'year', year: Number(m[1]) }),
    },
    {
      needs: ['season', 'year'],
      lead: LEAD.season,
      re: re(`${SEASON}${LINK}${WS}${YEAR_NUM}${YW}`),
      make: (m) => {
        const months = seasons.get(m[1].toLowerCase());
        const year = Number(m[2]);
        return months ? { kind: 'range', from: { year, month: months[0] }, to: { year, month: months[1] } } : null;
      },
    },
    {
      needs: ['year'],
      lead: LEAD.yearPreposition,
      re: re(`${YP}${WS}${YEAR_NUM}${yearEnd}`),
      make: (m) => ({ kind: 'year', year: Number(m[1]) }),
    },
  ];
}

/** "25 September", "5th of May", "September 25, 2022", "in May", "в сентябре", "(next) Monday". */
function plainPatterns({ lex, M, Y, mdy, re }: Pieces): Pattern[] {
  const w = lex.words;
  const OF = w.dayMonthLinks.length ? `(?:${WS}${alternation(w.dayMonthLinks)})?` : '';
  // A month alone only after a preposition: "in May", "в сентябре"; not "лютий мороз".
  const MONTH_ALONE = w.monthOnlyPrepositions.length
    ? `(?<=${alternation(w.monthOnlyPrepositions)}[\\s\\u00a0-]+)`
    : '';
  const out: Pattern[] = [
    {
      needs: ['digit', 'month'],
      lead: LEAD.day,
      re: re(`${DAY}${OF}${WS}${M}${Y}`),
      make: (m) => pointValue(point(lex, m[1], m[2], m[3])),
    },
    {
      needs: ['month'],
      lead: LEAD.month,
      re: re(`${M}${Y}`, MONTH_ALONE),
      make: (m) => pointValue(point(lex, undefined, m[1], m[2])),
    },
    {
      needs: ['weekday'],
      lead: LEAD.future | LEAD.weekday,
      re: re(`(?:(${alternation(w.futureMarkers)})${WS})?(${lex.weekday})`),
      make: (m) => {
        const weekday = lex.weekdayOf.get(m[2].toLowerCase());
        return weekday === undefined ? null : { kind: 'weekday', weekday, future: m[1] !== undefined };
      },
    },
  ];
  if (mdy)
    out.splice(1, 0, {
      needs: ['digit', 'month'],
      lead: LEAD.month,
      re: re(`${M}${WS}${DAY}${Y}`),
      make: (m) => pointValue(point(lex, m[2], m[1], m[3])),
    });
  return out;
}

/** "yesterday", "last week", "в прошлом месяце", "торік": offsets from publication. */
function relativePatterns({ lex, re }: Pieces): Pattern[] {
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
  const tables = [
    [lex.relativeDayOf, 'dayOffset', LEAD.relativeDay],
    [lex.weekOf, 'week', LEAD.week],
    [lex.monthOffsetOf, 'monthOffset', LEAD.monthOffset],
    [lex.yearOffsetOf, 'yearOffset', LEAD.yearOffset],
  ] as const;
  return tables.map(([table, kind, lead]) => ({
    needs: ['relative'] as Anchor[],
    lead,
    re: re(alternation(table.keys())),
    make: (m: RegExpExecArray): RawDateValue | null => {
      const n = table.get(key(m[0]));
      if (n === undefined) return null;
      return kind === 'dayOffset' ? { kind, days: n } : { kind, offset: n };
    },
  }));
}

function compile(lex: DateLexicon): Compiled {
  const w = lex.words;
  const YW = w.yearWords.length ? `(?:${WS0}${alternation(w.yearWords)})?` : '';
  const pieces: Pieces = {
    lex,
    M: `(${lex.month})`,
    Y: `(?:,?${WS0}${YEAR_NUM}${R}${YW})?`,
    YW,
    YWP: w.yearWordsPlural.length ? `(?:${WS0}${alternation([...w.yearWordsPlural, ...w.yearWords])})?` : '',
    FROM: alternation(w.rangeFrom),
    TO: alternation(w.rangeTo),
    mdy: w.dayOrder.includes('mdy'),
    re: (src, lead = '') => boundedRegExp(`${L}${lead}`, `${src}${R}`, 'giu'),
  };
  const patterns = [
    nightPatterns,
    rangePatterns,
    yearRangePatterns,
    sincePatterns,
    periodPatterns,
    plainPatterns,
    relativePatterns,
  ].flatMap((group) => group(pieces));
  const relative = [lex.relativeDayOf, lex.weekOf, lex.monthOffsetOf, lex.yearOffsetOf].flatMap((t) => [...t.keys()]);
  const anchors: Record<Anchor, RegExp | CaselessTest> = {
    digit: /\d/,
    year: /(?:19|20)\d\d/,
    month: caselessTest(lex.month),
    weekday: caselessTest(lex.weekday),
    season: caselessTest(alternation(Object.keys(w.seasons))),
    relative: caselessTest(alternation(relative)),
    night: caselessTest(alternation([...w.nightRange, ...w.nightSingle])),
    since: caselessTest(alternation(w.since)),
    part: caselessTest(alternation(w.monthParts)),
  };
  return { patterns, anchors, sticky: patterns.map((p) => stickyBody(p.re)) };
}

interface Compiled {
  patterns: Pattern[];
  anchors: Record<Anchor, RegExp | CaselessTest>;
  /** each pattern's body, to try at one position */
  sticky: StickyBody[];
}

const compiled = new WeakMap<DateLexicon, Compiled>();
// The last lexicon asked for, and its patterns: documents come one language at a time.
let lastLex: DateLexicon | undefined;
let lastCompiled: Compiled | undefined;

function compiledFor(lex: DateLexicon): Compiled {
  if (lex === lastLex && lastCompiled) return lastCompiled;
  let c = compiled.get(lex);
  if (!c) {
    c = compile(lex);
    compiled.set(lex, c);
  }
  lastLex = lex;
  lastCompiled = c;
  return c;
}

const ANCHORS: readonly Anchor[] = [
  'digit',
  'year',
  'month',
  'weekday',
  'season',
  'relative',
  'night',
  'since',
  'part',
];
const anchorIndex = new Map(ANCHORS.map((a, i) => [a, i]));

/** One sentence's anchors, each tested at most once, and only when a pattern needs it. */
class AnchorTests {
  /** per anchor: 0 untested, 1 yes, 2 no */
  private readonly state = new Uint8Array(ANCHORS.length);
  /** 0 untested, 1 the sentence holds letters only Unicode case folding matches, 2 not */
  private fold = 0;

  constructor(
    private readonly anchors: Compiled['anchors'],
    private readonly sentence: string,
  ) {}

  met(needs: Anchor[]): boolean {
    const { state, sentence } = this;
    for (const a of needs) {
      const i = anchorIndex.get(a)!;
      if (state[i] === 0) {
        const anchor = this.anchors[a];
        let yes: boolean;
        if (anchor instanceof RegExp) yes = anchor.test(sentence);
        else {
          if (this.fold === 0) this.fold = UNICODE_ONLY_FOLDS.test(sentence) ? 1 : 2;
          yes = anchor.test(sentence, this.fold === 1);
        }
        state[i] = yes ? 1 : 2;
      }
      if (state[i] === 2) return false;
    }
    return true;
  }
}

function overlapsAny(found: RawDate[], start: number, end: number): boolean {
  for (const f of found) if (f.start < end && start < f.end) return true;
  return false;
}

/** Adds the date `m` reads unless an earlier one overlaps it; false when refused. */
function take(p: Pattern, m: RegExpExecArray, found: RawDate[]): boolean {
  const start = m.index;
  const end = start + m[0].length;
  const value = overlapsAny(found, start, end) ? null : p.make(m);
  if (value === null) return false;
  const date = value as RawDate;
  date.start = start;
  date.end = end;
  found.push(date);
  return true;
}

/** One pattern over the whole sentence. */
function scanPattern(p: Pattern, sentence: string, found: RawDate[]): void {
  const body = bodyFor(p.re, sentence);
  body.lastIndex = 0;
  for (let m = execBounded(p.re, body, sentence); m; m = execBounded(p.re, body, sentence)) {
    // A refused match may hide a shorter one inside it ("The 5 may … on 6 May"): retry just after.
    if (!take(p, m, found)) body.lastIndex = m.index + 1;
  }
}

/** The same matches as scanPattern, trying only the positions where the pattern's words begin. */
function scanPatternAtLeads(p: Pattern, sticky: StickyBody, sentence: string, leads: Leads, found: RawDate[]): void {
  if ((leads.any & p.lead) === 0) return;
  let from = 0;
  for (let k = 0; k < leads.count; k++) {
    const at = leads.pos[k];
    if (at < from || (leads.bits[k] & p.lead) === 0) continue;
    const m = execAt(p.re, sticky, sentence, leads, k);
    // As scanPattern: on after a date, or just after a refused match.
    if (m) from = take(p, m, found) ? at + m[0].length : at + 1;
  }
}

/**
 * Own-pattern dates in `sentence`, earlier patterns taking precedence where matches overlap.
 * `leads`: the sentence's scan (leads.ts), when the caller has made it; null: scan with the regexes.
 */
export function findPatternDates(
  sentence: string,
  lex: DateLexicon,
  leads: Leads | null = scanLeads(sentence, lex),
): RawDate[] {
  const c = compiledFor(lex);
  const found: RawDate[] = [];
  if (leads) {
    for (let i = 0; i < c.patterns.length; i++) scanPatternAtLeads(c.patterns[i], c.sticky[i], sentence, leads, found);
  } else {
    const anchors = new AnchorTests(c.anchors, sentence);
    for (const p of c.patterns) if (anchors.met(p.needs)) scanPattern(p, sentence, found);
  }
  return found.length > 1 ? found.sort((a, b) => a.start - b.start) : found;
}
