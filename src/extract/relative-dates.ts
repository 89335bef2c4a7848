// Dates the date stage cannot resolve alone: "the next day" (relative to the last dated event of the
// report) and ranges from well-known starts ("since the start of the war" = from 24 February 2022).
import type { Lang } from '../model/document.js';
import type { DateMention } from './types.js';
import data from './lexicon/relative-dates.json' with { type: 'json' };
import { expand } from './lexicon/index.js';

interface Anaphoric { re: RegExp; offset: number }
interface Era { re: RegExp; from?: string; months?: number[] }
interface Edge { re: RegExp; edge: 'start' | 'end' }
interface FromPublished { re: RegExp; offset?: number; weekend?: boolean; days?: number }

const L = '[\\p{L}\\p{N}]';
/** Cheap gates: no sentence without one of these words can hold such a date. */
const MAY_BE_ANAPHORIC = /same|next|following|previous|preceding|earlier|later|before|after|that|last|final|closing|first|opening|тот же|тем же|той же|следующ|другой день|наутро|позже|позднее|раньше|накануне|через|последний|заключительный|первый|того ж|наступного|напередодні|раніше|останній|перший/iu;
const MAY_BE_ERA = /since|half|с начала|с объявления|полугоди|з початку/iu;
const MAY_BE_FROM_PUBLISHED = /night|morning|today|weekend|week|days|ночью|утром|выходн|недел|дней|ночі|вранці|вихідн|тиждень/iu;
const compiled = new Map<Lang, { anaphoric: Anaphoric[]; eras: Era[]; edges: Edge[]; published: FromPublished[] }>();

function rules(lang: Lang) {
  let r = compiled.get(lang);
  if (!r) {
    const re = (p: string) => new RegExp(`(?<!${L})(?:${expand(p)})(?!${L})`, 'iu');
    const a = (data.anaphoric as Record<string, { p: string; offset: number }[]>)[lang] ?? [];
    const e = (data.eras as Record<string, { p: string; from?: string; months?: number[] }[]>)[lang] ?? [];
    const g = (data.edges as Record<string, { p: string; edge: string }[]>)[lang] ?? [];
    const pr = (data.published_relative as Record<string, { p: string; offset?: number; weekend?: boolean; days?: number }[]>)[lang] ?? [];
    r = {
      published: pr.map((x) => ({ re: re(x.p), offset: x.offset, weekend: x.weekend, days: x.days })),
      anaphoric: a.map((x) => ({ re: re(x.p), offset: x.offset })),
      eras: e.map((x) => ({ re: re(x.p), from: x.from, months: x.months })),
      edges: g.map((x) => ({ re: re(x.p), edge: x.edge === 'start' ? 'start' as const : 'end' as const })),
    };
    compiled.set(lang, r);
  }
  return r;
}

export function shiftDay(day: string, days: number): string {
  const t = new Date(day + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** "the next day" → the day after `anchor` (a YYYY-MM-DD), as a date mention of the sentence. */
export function anaphoricDate(sentence: string, lang: Lang, anchor: string | null): DateMention | null {
  if (!anchor || !MAY_BE_ANAPHORIC.test(sentence)) return null;
  for (const r of rules(lang).anaphoric) {
    const m = r.re.exec(sentence);
    if (m) return { start: m.index, end: m.index + m[0].length, text: m[0], date: shiftDay(anchor, r.offset), date_end: null, precision: 'day', relative: true };
  }
  return null;
}

/** "since the start of the war" → 2022-02-24 to publication; "in the first half of the year" → months. */
export function eraDates(sentence: string, lang: Lang, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  if (!MAY_BE_ERA.test(sentence)) return out;
  for (const r of rules(lang).eras) {
    const m = r.re.exec(sentence);
    if (!m) continue;
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], relative: true };
    const year = published?.slice(0, 4) ?? null;
    if (r.months) {
      if (!year) continue;
      const mm = (n: number) => `${year}-${String(n).padStart(2, '0')}`;
      out.push({ ...base, date: mm(r.months[0]), date_end: mm(r.months[1]), precision: 'range' });
    } else if (r.from) {
      const from = r.from === 'year-start' ? (year ? `${year}-01-01` : null) : r.from;
      if (!from) continue;
      out.push({ ...base, date: from, date_end: published, precision: 'range' });
    }
  }
  return out;
}

/** "on the last day" → the last day of the date range told before (a congress, a strike). */
export function edgeDate(sentence: string, lang: Lang, range: { date: string; date_end: string } | null): DateMention | null {
  if (!range || !MAY_BE_ANAPHORIC.test(sentence)) return null;
  for (const r of rules(lang).edges) {
    const m = r.re.exec(sentence);
    if (m) return { start: m.index, end: m.index + m[0].length, text: m[0], date: r.edge === 'start' ? range.date : range.date_end, date_end: null, precision: 'day', relative: true };
  }
  return null;
}

/** "overnight" → the publication day; "over the weekend" → the last Saturday–Sunday before it. */
export function publishedRelativeDate(sentence: string, lang: Lang, published: string | null): DateMention | null {
  if (!published || !MAY_BE_FROM_PUBLISHED.test(sentence)) return null;
  for (const r of rules(lang).published) {
    const m = r.re.exec(sentence);
    if (!m) continue;
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], relative: true };
    if (r.days) return { ...base, date: shiftDay(published, -r.days), date_end: published, precision: 'range' };
    if (r.weekend) {
      const day = new Date(published + 'T00:00:00Z').getUTCDay(); // 0 = Sunday
      const sunday = shiftDay(published, -day);
      return { ...base, date: shiftDay(sunday, -1), date_end: sunday, precision: 'range' };
    }
    return { ...base, date: shiftDay(published, r.offset ?? 0), date_end: null, precision: 'day' };
  }
  return null;
}
