// Stage 3: date mentions in one sentence, resolved against the publication day (docs/event-format.md rule 3).
// Own patterns (src/nlp/dates/patterns.ts) read the common forms; chrono, ~0.05 ms a call, runs only
// when a month, weekday, numeric date or "ago" lies outside their matches, and fills in where it
// does not overlap them. Sentences without any date-like word skip both. One pass over the sentence
// (src/nlp/dates/leads.ts) finds where a date can begin, and the regexes are tried only there.
import { LANGS, type Lang } from '../../model/document.js';
import { parseIsoDay, type DayParts } from '../../nlp/dates/calendar.js';
import { bodyFor, execBounded } from '../../nlp/regex/bounded.js';
import { findChronoDates } from '../../nlp/dates/chrono.js';
import { dateLexicon, type DateLexicon } from '../../nlp/dates/lexicon.js';
import { LEAD, execAt, scanLeads, type Leads } from '../../nlp/dates/leads.js';
import { findPatternDates } from '../../nlp/dates/patterns.js';
import type { RawDate } from '../../nlp/dates/raw.js';
import { anchorRawDate } from '../../nlp/dates/anchor.js';
import type { DateContext, DateMention } from '../types.js';

/** A sentence longer than this is read only up to here (a run-on "sentence" from a table or list). */
export const MAX_DATE_SENTENCE = 5_000;

/** Characters between a weekday and a stated day for the weekday to be read as naming that day. */
const WEEKDAY_NEAR_DAY = 12;

/** "25 September was a Sunday": a weekday beside a stated day names that day, not another one. */
function besideStatedDay(weekday: RawDate, raws: RawDate[]): boolean {
  return raws.some(
    (r) =>
      r.kind === 'point' &&
      r.point.day !== undefined &&
      Math.max(r.start - weekday.end, weekday.start - r.end) <= WEEKDAY_NEAR_DAY,
  );
}

/** Is chronoTrigger's match `m` a date word outside own matches? */
function wakesChrono(m: RegExpExecArray, lex: DateLexicon, own: RawDate[]): boolean {
  const at = m.index;
  if (own.some((o) => o.start <= at && at < o.end)) return false;
  // "may", "march" in lower case are verbs where month names are capitalised.
  return !(
    lex.words.capitalisedMonths &&
    /^\p{Ll}/u.test(m[0]) &&
    lex.monthOf.has(m[0].toLowerCase().replace(/\.$/, ''))
  );
}

/** chrono is the slow part: call it only when a month, weekday or numeric date lies outside own matches. */
function needsChrono(text: string, lex: DateLexicon, own: RawDate[], leads: Leads | null): boolean {
  // The scan leaves out numeric dates ("24.06.2022"): a sentence that may hold one is read whole.
  if (leads && !leads.numericCore) return needsChronoAtLeads(text, lex, own, leads);
  if (!lex.chronoGate.test(text)) return false;
  const re = lex.chronoTrigger;
  const body = bodyFor(re, text);
  body.lastIndex = 0;
  for (let m = execBounded(re, body, text); m; m = execBounded(re, body, text)) {
    if (wakesChrono(m, lex, own)) return true;
  }
  return false;
}

/** needsChrono's scan, tried only where a month, weekday or "ago" can begin (no numeric date). */
function needsChronoAtLeads(text: string, lex: DateLexicon, own: RawDate[], leads: Leads): boolean {
  const bits = LEAD.month | LEAD.weekday | LEAD.ago;
  if ((leads.any & bits) === 0) return false;
  let from = 0;
  for (let k = 0; k < leads.count; k++) {
    const at = leads.pos[k];
    if (at < from || (leads.bits[k] & bits) === 0) continue;
    const m = execAt(lex.chronoTrigger, lex.chronoTriggerAt, text, leads, k);
    if (!m) continue;
    if (wakesChrono(m, lex, own)) return true;
    from = at + m[0].length; // the whole-text scan goes on after the match
  }
  return false;
}

/** A document's date context with its publication day parsed once: the same for all its sentences. */
export interface DocumentDates extends DateContext {
  readonly publishedDay: DayParts | null;
}

export function documentDates(published: string | null, lang: Lang): DocumentDates {
  return { published, lang, publishedDay: published ? parseIsoDay(published) : null };
}

/** `ctx`: a DocumentDates (documentDates()) saves parsing the publication day for each sentence. */
export function findDates(sentence: string, ctx: DateContext | DocumentDates): DateMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const text = sentence.length > MAX_DATE_SENTENCE ? sentence.slice(0, MAX_DATE_SENTENCE) : sentence;
  const lang: Lang = (LANGS as readonly string[]).includes(ctx.lang) ? ctx.lang : 'en';
  const lex = dateLexicon(lang);
  // One pass finds where dates can begin; null for text that needs the regexes' own scan.
  const leads = scanLeads(text, lex);
  if (!(leads ? lex.prefilter.testAt(text, leads) : lex.prefilter.test(text))) return [];

  const own = findPatternDates(text, lex, leads);
  const chrono = needsChrono(text, lex, own, leads);
  if (own.length === 0 && !chrono) return [];
  const published = 'publishedDay' in ctx ? ctx.publishedDay : ctx.published ? parseIsoDay(ctx.published) : null;
  const raws: RawDate[] = chrono ? [...own] : own;
  if (chrono) {
    const publishedDate = published ? new Date(Date.UTC(published.year, published.month - 1, published.day, 12)) : null;
    for (const c of findChronoDates(text, lex, { published: publishedDate })) {
      if (!own.some((o) => o.start < c.end && c.start < o.end)) raws.push(c);
    }
  }
  const mentions: DateMention[] = [];
  for (const raw of raws) {
    if (raw.kind === 'weekday' && besideStatedDay(raw, raws)) continue;
    const resolved = anchorRawDate(raw, published);
    if (!resolved) continue;
    const { date, date_end, precision, relative } = resolved;
    mentions.push({
      start: raw.start,
      end: raw.end,
      text: text.slice(raw.start, raw.end),
      date,
      date_end,
      precision,
      relative,
    });
  }
  return mentions.length > 1 ? mentions.sort((a, b) => a.start - b.start) : mentions;
}
