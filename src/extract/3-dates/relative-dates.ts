// Dates the date stage cannot resolve alone: "the next day" (relative to the last dated event of the
// report), "on the last day" (of the last range told), "overnight" and "over the weekend" (relative to
// publication) and ranges from well-known starts ("since the start of the war" = from 24 February 2022).
// Each kind of rule is one combined expression per language, run only where its gate words occur
// (all gates in one pass per sentence).
import type { Lang } from '../../model/document.js';
import type { DateMention } from '../types.js';
import data from '../lexicon/relative-dates.json' with { type: 'json' };
import { expand } from '../lexicon/index.js';
import { phraseGroups, type PhraseGroups } from '../../nlp/dates/phrase-groups.js';

interface Rule {
  p: string;
  offset?: number;
  from?: string;
  months?: number[];
  edge?: string;
  weekend?: boolean;
  days?: number;
}
interface Compiled {
  re: RegExp;
  rules: Rule[];
}
type Kind = 'anaphoric' | 'eras' | 'edges' | 'published_relative';

const L = '[\\p{L}\\p{N}]';
/** by kind, then language (a lookup per call: no key string to build) */
const compiled: Record<Kind, Map<Lang, Compiled>> = {
  anaphoric: new Map(),
  eras: new Map(),
  edges: new Map(),
  published_relative: new Map(),
};

/** All rules of a kind for a language as one expression; group i + 1 is rule i. */
function rules(kind: Kind, lang: Lang): Compiled {
  let c = compiled[kind].get(lang);
  if (!c) {
    const list = (data as unknown as Record<Kind, Record<string, Rule[]>>)[kind][lang] ?? [];
    const source = list.length ? `(?<!${L})(?:${list.map((r) => `(${expand(r.p)})`).join('|')})(?!${L})` : '(?!)';
    c = { re: new RegExp(source, 'iu'), rules: list };
    compiled[kind].set(lang, c);
  }
  return c;
}

/** Cheap gates: a sentence without one of these words (anywhere, any case) holds no such date. */
const GATE_WORDS: Record<Kind, string[]> = {
  anaphoric: [
    'that',
    'same',
    'next',
    'following',
    'previous',
    'preceding',
    'earlier',
    'later',
    'day before',
    'day after',
    'hours',
    'minutes',
    'тот же',
    'тем же',
    'той же',
    'следующ',
    'другой день',
    'наутро',
    'позже',
    'позднее',
    'раньше',
    'накануне',
    'через',
    'спустя',
    'до этого',
    'того ж',
    'наступного',
    'напередодні',
    'раніше',
  ],
  eras: ['since', 'half', 'с начала', 'с объявления', 'полугоди', 'з початку'],
  edges: ['last', 'final', 'closing', 'first', 'opening', 'последн', 'заключительн', 'перв', 'останн'],
  published_relative: [
    'night',
    'morning',
    'today',
    'weekend',
    'week',
    'seven days',
    'ночью',
    'утром',
    'выходн',
    'недел',
    'дней',
    'сейчас',
    'в настоящее время',
    'ночі',
    'вранці',
    'вихідн',
    'тиждень',
  ],
};
const KINDS = Object.keys(GATE_WORDS) as Kind[];
/** each gate as a plain (non-Unicode) expression, for text the one-pass gates leave to it */
const GATES = Object.fromEntries(
  KINDS.map((k) => [k, new RegExp(GATE_WORDS[k].map(escapeRegExp).join('|'), 'i')]),
) as Record<Kind, RegExp>;
/** all gates in one pass (bit i: KINDS[i]), built on first use */
let gateSet: PhraseGroups | undefined;
const GATE_BIT = Object.fromEntries(KINDS.map((k, i) => [k, 1 << i])) as Record<Kind, number>;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Which gates a sentence passes, found for all kinds in one pass on first request. The functions below
 * are asked about one sentence one after another: their caller hands them all one RelativeGates.
 */
export class RelativeGates {
  private bits: number | undefined;
  constructor(readonly sentence: string) {}

  holds(kind: Kind): boolean {
    if (this.bits === undefined) {
      gateSet ??= phraseGroups(KINDS.map((k) => GATE_WORDS[k]));
      this.bits = gateSet.test(this.sentence);
    }
    return this.bits < 0 ? GATES[kind].test(this.sentence) : (this.bits & GATE_BIT[kind]) !== 0;
  }
}

function match(kind: Kind, lang: Lang, gates: RelativeGates): { rule: Rule; m: RegExpExecArray } | null {
  if (!gates.holds(kind)) return null;
  const sentence = gates.sentence;
  const c = rules(kind, lang);
  const m = c.re.exec(sentence);
  if (!m) return null;
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return { rule: c.rules[i - 1], m };
  return null;
}

export function shiftDay(day: string, days: number): string {
  const t = new Date(day + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function mention(m: RegExpExecArray): Pick<DateMention, 'start' | 'end' | 'text' | 'relative'> {
  return { start: m.index, end: m.index + m[0].length, text: m[0], relative: true };
}

/** "the next day" → the day after `anchor` (a YYYY-MM-DD), as a date mention of the sentence.
 *  `pastOnly`: the anchor is the publication day, which only a day before can follow ("накануне"). */
export function anaphoricDate(
  sentence: string,
  lang: Lang,
  anchor: string | null,
  gates = new RelativeGates(sentence),
  pastOnly = false,
): DateMention | null {
  if (!anchor) return null;
  const hit = match('anaphoric', lang, gates);
  if (hit && pastOnly && (hit.rule.offset ?? 0) >= 0) return null;
  return hit
    ? { ...mention(hit.m), date: shiftDay(anchor, hit.rule.offset ?? 0), date_end: null, precision: 'day' }
    : null;
}

/** "since the start of the war" → 2022-02-24 to publication; "in the first half of the year" → months. */
export function eraDates(
  sentence: string,
  lang: Lang,
  published: string | null,
  gates = new RelativeGates(sentence),
): DateMention[] {
  const hit = match('eras', lang, gates);
  if (!hit) return [];
  const year = published?.slice(0, 4) ?? null;
  const { rule, m } = hit;
  if (rule.months) {
    if (!year) return [];
    const mm = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
    return [{ ...mention(m), date: mm(rule.months[0]), date_end: mm(rule.months[1]), precision: 'range' }];
  }
  const from = rule.from === 'year-start' ? (year ? `${year}-01-01` : null) : (rule.from ?? null);
  return from ? [{ ...mention(m), date: from, date_end: published, precision: 'range' }] : [];
}

/** "on the last day" → the last day of the date range told before (a congress, a strike). */
export function edgeDate(
  sentence: string,
  lang: Lang,
  range: { date: string; date_end: string } | null,
  gates = new RelativeGates(sentence),
): DateMention | null {
  if (!range) return null;
  const hit = match('edges', lang, gates);
  return hit
    ? {
        ...mention(hit.m),
        date: hit.rule.edge === 'start' ? range.date : range.date_end,
        date_end: null,
        precision: 'day',
      }
    : null;
}

/** "overnight" → the publication day; "over the weekend" → the last Saturday–Sunday before it;
 *  "over the past week" → the seven days before it. */
export function publishedRelativeDate(
  sentence: string,
  lang: Lang,
  published: string | null,
  gates = new RelativeGates(sentence),
): DateMention | null {
  if (!published) return null;
  const hit = match('published_relative', lang, gates);
  if (!hit) return null;
  const { rule, m } = hit;
  if (rule.days)
    return { ...mention(m), date: shiftDay(published, -rule.days), date_end: published, precision: 'range' };
  if (rule.weekend) {
    const day = new Date(published + 'T00:00:00Z').getUTCDay(); // 0 = Sunday
    const sunday = shiftDay(published, -day);
    return { ...mention(m), date: shiftDay(sunday, -1), date_end: sunday, precision: 'range' };
  }
  return { ...mention(m), date: shiftDay(published, rule.offset ?? 0), date_end: null, precision: 'day' };
}
