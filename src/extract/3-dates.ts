// Stage 3: date mentions in one sentence, resolved against the publication day (EVENTS.md rule 3).
// Own patterns (src/nlp/dates/patterns.ts) read the common forms; chrono, ~0.05 ms a call, runs only
// when a month, weekday, numeric date or "ago" lies outside their matches, and fills in where it
// does not overlap them. Sentences without any date-like word skip both.
import { LANGS, type Lang } from '../model/document.js';
import { parseIsoDay } from '../nlp/dates/calendar.js';
import { bodyFor, execBounded } from '../nlp/regex/bounded.js';
import { findChronoDates } from '../nlp/dates/chrono.js';
import { dateLexicon, type DateLexicon } from '../nlp/dates/lexicon.js';
import { findPatternDates } from '../nlp/dates/patterns.js';
import type { RawDate } from '../nlp/dates/raw.js';
import { resolveRawDate } from '../nlp/dates/resolve.js';
import type { DateContext, DateMention } from './types.js';

/** A sentence longer than this is read only up to here (a run-on "sentence" from a table or list). */
export const MAX_DATE_SENTENCE = 5_000;

/** Characters between a weekday and a stated day for the weekday to be read as naming that day. */
const WEEKDAY_NEAR_DAY = 12;

/** "25 September was a Sunday": a weekday beside a stated day names that day, not another one. */
function besideStatedDay(weekday: RawDate, raws: RawDate[]): boolean {
  return raws.some(
    (r) => r.kind === 'point' && r.point.day !== undefined &&
      Math.max(r.start - weekday.end, weekday.start - r.end) <= WEEKDAY_NEAR_DAY,
  );
}

/** chrono is the slow part: call it only when a month, weekday or numeric date lies outside own matches. */
function needsChrono(text: string, lex: DateLexicon, own: RawDate[]): boolean {
  if (!lex.chronoGate.test(text)) return false;
  const re = lex.chronoTrigger;
  const body = bodyFor(re, text);
  body.lastIndex = 0;
  for (let m = execBounded(re, body, text); m; m = execBounded(re, body, text)) {
    const at = m.index;
    if (own.some((o) => o.start <= at && at < o.end)) continue;
    // "may", "march" in lower case are verbs where month names are capitalised.
    if (lex.words.capitalisedMonths && /^\p{Ll}/u.test(m[0]) && lex.monthOf.has(m[0].toLowerCase().replace(/\.$/, ''))) continue;
    return true;
  }
  return false;
}

export function findDates(sentence: string, ctx: DateContext): DateMention[] {
  if (typeof sentence !== 'string' || sentence.length === 0) return [];
  const text = sentence.length > MAX_DATE_SENTENCE ? sentence.slice(0, MAX_DATE_SENTENCE) : sentence;
  const lang: Lang = (LANGS as readonly string[]).includes(ctx.lang) ? ctx.lang : 'en';
  const lex = dateLexicon(lang);
  if (!lex.prefilter.test(text)) return [];

  const own = findPatternDates(text, lex);
  const chrono = needsChrono(text, lex, own);
  if (own.length === 0 && !chrono) return [];
  const published = ctx.published ? parseIsoDay(ctx.published) : null;
  const raws: RawDate[] = [...own];
  if (chrono) {
    const publishedDate = published ? new Date(Date.UTC(published.year, published.month - 1, published.day, 12)) : null;
    for (const c of findChronoDates(text, lex, { published: publishedDate })) {
      if (!own.some((o) => o.start < c.end && c.start < o.end)) raws.push(c);
    }
  }
  const mentions: DateMention[] = [];
  for (const raw of raws) {
    if (raw.kind === 'weekday' && besideStatedDay(raw, raws)) continue;
    const resolved = resolveRawDate(raw, published);
    if (!resolved) continue;
    mentions.push({ start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), ...resolved });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
