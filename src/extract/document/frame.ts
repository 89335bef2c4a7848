// The document's time frame (issue 9, "a document frame"): title, lead and later sentences set the
// story's time, and a sentence whose act states no date inherits the last one the text stated, across
// paragraphs, until the text states a new one. The time an act happened is kept apart from the time it
// was reported ("police said on Monday", "as of 21 March", "по состоянию на"): a report date dates an
// act only when the text gives nothing else (EVENTS.md, Conventions: dates). A date that belongs to
// neither — a comparison ("than in March") — dates nothing.
import type { Lang } from '../../model/document.js';
import type { DateMention, TriggerMention } from '../types.js';
import { fastBoundariesIn } from '../../nlp/regex/word-boundary.js';

export type DateRole = 'event' | 'report' | 'aside';

/** A verb of saying or publishing: a date it governs is when the report came, not when the act did. */
const REPORT_VERB: Record<Lang, RegExp> = {
  en: /\b(?:said|says|say|reported|reports|report|announced|announces|told|tells|wrote|writes|posted|posts|stated|states|confirmed|confirms|published|publishes|added|noted|revealed|disclosed|tweeted)\b/giu,
  ru: /(?<![\p{L}])(?:сообщил\p{L}*|сообщает|сообщается|сообщали|заявил\p{L}*|заявляет|написал\p{L}*|пишет|рассказал\p{L}*|передал\p{L}*|передаёт|передает|опубликовал\p{L}*|уточнил\p{L}*|отметил\p{L}*|подтвердил\p{L}*|информирует|стало известно|становится известно)(?![\p{L}])/giu,
  uk: /(?<![\p{L}])(?:повідомил\p{L}*|повідомляє|заявил\p{L}*|заявляє|написав|написала|пише|розповів|розповіла|підтвердил\p{L}*)(?![\p{L}])/giu,
};
/** "as of 21 March", "по состоянию на 1 мая": the day a count was taken. */
const AS_OF: Record<Lang, RegExp> = {
  en: /\b(?:as of|as at|by the end of|up to)\s*$/iu,
  ru: /(?:по состоянию на|на момент|к)\s+(?:(?:утро|вечер|конец|середину|начало|полдень|ночь|утру|вечеру|концу|середине|началу)\s+)?$/iu,
  uk: /(?:станом на)\s*$/iu,
};
/** "than in 2022", "compared with March": a date held up for comparison. */
const COMPARISON: Record<Lang, RegExp> = {
  en: /\b(?:than|compared (?:with|to)|versus|vs\.?|as in)\s+(?:in\s+|on\s+|during\s+)?(?:the\s+)?$/iu,
  ru: /(?:чем|по сравнению с|в сравнении с)\s+(?:в\s+|во\s+)?$|(?<!\p{L})(?:вплоть до|до)\s+$/iu,
  uk: /(?:ніж|порівняно з)\s+(?:в\s+|у\s+)?$/iu,
};
/** A range longer than this is a tally's period ("since February"), no frame for single acts. */
const MAX_FRAME_DAYS = 31;

/** A dateline opening the text ("ISKITIM, Russia, March 14 (Agency) -", "Minsk, 17 January."). */
const DATELINE =
  /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?,\s*[^,.—–\n]{3,25}?\s*(?:\([^)]{1,40}\)\s*)?(?:(?:[—–-]|--)\s|\.(?:\s|$))/u;
/** Between a verb of saying and a date after it: only a few words, no comma and no "that" (the date of a
 *  complement clause is the act's: "said that late Wednesday two women …"). */
const SAID_THEN_DATE = /^[^,;:]{0,25}$/u;
/** A weekday told before the day in apposition ("said on Thursday, 14 March", "сообщили в четверг, 14
 *  марта"): part of the date, not words between the verb and it. */
const WEEKDAY_BEFORE: Record<Lang, RegExp> = {
  en: /\s(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*$/iu,
  ru: /\s(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье),\s*$/iu,
  uk: /\s(?:у|в)\s+(?:понеділок|вівторок|середу|четвер|п['’]ятницю|суботу|неділю),\s*$/iu,
};
const COMPLEMENT: Record<Lang, RegExp> = {
  en: /\b(?:that|how|when)\b/iu,
  ru: /(?<![\p{L}])(?:что|как|когда)(?![\p{L}])/iu,
  uk: /(?<![\p{L}])(?:що|як|коли)(?![\p{L}])/iu,
};
/** A date that opens its sentence ("On Monday police said …", "В понедельник МВД сообщило …"). */
const OPENS = /^[\s"«“]*(?:\p{L}+\s+){0,2}$/u;
// (the tables' leading \b respelled as the lookbehind it amounts to: see word-boundary.ts)
fastBoundariesIn(REPORT_VERB, AS_OF, COMPARISON, COMPLEMENT);

/**
 * The role of each date of a sentence. A date attaches to the verb it modifies: a verb of saying right
 * before it ("said on Monday"), or one right after a date that opens the sentence ("On Monday, police
 * said …"), makes it a report date unless an act stands nearer; a trailing attribution (", officials
 * said") leaves the date to the act before it. A dateline's date is a report date.
 */
export function dateRoles(text: string, dates: DateMention[], triggers: TriggerMention[], lang: Lang): DateRole[] {
  if (dates.length === 0) return [];
  const verbs: { start: number; end: number }[] = [];
  const re = REPORT_VERB[lang];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = { start: m.index, end: m.index + m[0].length };
    // a verb that is itself the act ("claimed responsibility", "заявили о создании") is no report
    if (!triggers.some((t) => t.start < v.end && v.start < t.end)) verbs.push(v);
  }
  const dateline = DATELINE.exec(text);
  return dates.map((d) => {
    if (dateline && d.end <= dateline.index + dateline[0].length) return 'report';
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    if (COMPARISON[lang].test(before)) return 'aside';
    if (AS_OF[lang].test(before)) return 'report';
    const gap = (a: { start: number; end: number }) =>
      a.end <= d.start ? d.start - a.end : a.start >= d.end ? a.start - d.end : 0;
    let act = Infinity;
    for (const t of triggers) act = Math.min(act, gap(t));
    for (const v of verbs) {
      if (gap(v) >= act) continue;
      if (v.end <= d.start) {
        const between = text.slice(v.end, d.start).replace(WEEKDAY_BEFORE[lang], ' ');
        if (SAID_THEN_DATE.test(between) && !COMPLEMENT[lang].test(between)) return 'report';
      } else if (
        OPENS.test(text.slice(0, d.start)) &&
        v.start - d.end <= 40 &&
        !/[;:]/.test(text.slice(d.end, v.start))
      ) {
        return 'report';
      }
    }
    return 'event';
  });
}

function days(d: DateMention): number {
  if (!d.date || !d.date_end || d.date.length !== 10 || d.date_end.length !== 10) return 0;
  return (Date.parse(d.date_end) - Date.parse(d.date)) / 86_400_000;
}

/** Can this date frame the sentences after it? A day, a month, a year or a short span of days. */
function frames(d: DateMention): boolean {
  if (!d.date) return false;
  if (d.date_end === null) return true;
  // a period of months or a "since" tally is the frame of a count, not of single acts
  return d.date.length === 10 && d.date_end.length === 10 && days(d) <= MAX_FRAME_DAYS;
}

/** The time the story has established so far, read sentence by sentence in text order. */
export class TimeFrame {
  private event: DateMention | null = null;
  private reported: DateMention | null = null;
  /** where the event date was stated: "field:paragraph" */
  private where = '';

  /** The date an act that states none inherits: the story's last event date, else its report date. */
  get date(): DateMention | null {
    return this.event ?? this.reported;
  }

  /** The story's last event date when it was stated in this paragraph: an act told after it in the
   *  same paragraph is dated by it outright (it may then join a dated mention of the same act). */
  paragraphDate(field: string, paragraph: number): DateMention | null {
    return this.where === `${field}:${paragraph}` ? this.event : null;
  }

  /** Take in a sentence's dates once it has been read; `used`: the days its acts were dated by, which
   *  win over other dates of the sentence (a decree's day in a relative clause frames nothing). */
  observe(
    at: { field: string; paragraph: number },
    dates: DateMention[],
    roles: DateRole[],
    used: readonly (string | null)[] = [],
  ): void {
    const set = (d: DateMention) => {
      this.event = d;
      this.where = `${at.field}:${at.paragraph}`;
    };
    for (let i = dates.length - 1; i >= 0; i--) {
      if (roles[i] === 'event' && used.includes(dates[i].date) && frames(dates[i])) {
        set(dates[i]);
        return;
      }
    }
    for (let i = dates.length - 1; i >= 0; i--) {
      if (roles[i] === 'event' && frames(dates[i])) {
        set(dates[i]);
        return;
      }
    }
    for (let i = dates.length - 1; i >= 0; i--) {
      if (roles[i] === 'report' && frames(dates[i])) {
        this.reported ??= dates[i];
        return;
      }
    }
  }
}

/** "after", "following", "amid" right before an act: in a lead, the act the story is about. */
const LEAD_CAUSE: Partial<Record<Lang, RegExp>> = {
  en: /\b(?:after|following|amid|amidst)\s+(?:(?:the|a|an|his|her|their|its|two|three|several|an?\s+alleged|reported|suspected)\s+)*(?:\p{L}+\s+){0,2}$/iu,
};
fastBoundariesIn(LEAD_CAUSE as Record<string, RegExp>);

/**
 * English leads tell the act in an "after / following / amid" clause ("detained on Saturday after
 * setting fire to a car"): in the title and the first sentence of the body such an act is news, not
 * background. Charges ("accused of") stay background.
 */
export function reviveLeadCauses(text: string, triggers: TriggerMention[], lang: Lang): void {
  const cue = LEAD_CAUSE[lang];
  if (!cue) return;
  for (const t of triggers) {
    if (!t.background || t.charge || t.irrealis) continue;
    const from = Math.max(0, t.start - 40);
    const m = cue.exec(text.slice(from, t.start));
    // only when no other act stands between the cue and this one
    if (m && !triggers.some((o) => o !== t && o.end <= t.start && o.start >= from + m.index)) t.background = false;
  }
}
