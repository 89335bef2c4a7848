// The evidence that a mention and an event are one incident, as a score from 0 to about 1.
// Vetoes first (another type, another tally flag unless both count the same acts, another country, region or settlement, days that
// cannot overlap); then points for agreement: the date (same day, a day inside the other's month or
// range, undated), the place (same settlement, a settlement inside the other's region), shared
// actors, similar evidence sentences and a near-duplicate document among the event's sources.
import { actorAgreement, targetAgreement } from './actor-keys.js';
import { distinctiveAgreement } from './distinctive.js';
import { daySpan, nameKey } from './keys.js';
import { compatibleTypes, isTally, sameIncident, sameIncidentCount, settlementKey, type Incident } from './match.js';
import { sentenceSimilarity } from './shingles.js';
import { atStatedDistance, namesTown, offsetFromRegionCentre } from './town-named.js';

/** At or above: the mention joins the event. */
export const AUTO_JOIN = 0.6;
/** At or above (and below AUTO_JOIN): a merge suggestion for an analyst. */
export const SUGGEST = 0.4;

/** Statements and organisation events are placed loosely; what identifies them is who declared. */
const ACTOR_LED = new Set(['statement', 'organization', 'policy']);

export interface PairContext {
  /** the mention's evidence sentence and the event's (its notes) */
  evidence?: string;
  eventEvidence?: string | null;
  /** the mention's document is a near-duplicate of one of the event's sources */
  nearDuplicateSource?: boolean;
  /** the mention's document's publication day (YYYY-MM-DD…), for undated mentions */
  published?: string | null;
}

export interface PairScore {
  score: number;
  /** ACLED's exact rule holds */
  exact: boolean;
  /** why, in words (stored with a suggestion) */
  reasons: string[];
  /** of `score`, the points for similar evidence sentences */
  wording?: number;
  /** false when the two evidence sentences are in different scripts: their wording could not be compared */
  wordingCompared?: boolean;
}

const CYRILLIC = /[\u0400-\u04FF]/;

const VETO = (why: string): PairScore => ({ score: 0, exact: false, reasons: [`veto: ${why}`] });

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

function dateScore(
  m: Incident,
  e: Incident,
  published: string | null | undefined,
  copy = false,
): { points: number; why: string } | null {
  const a = daySpan(m.date, m.date_end);
  const b = daySpan(e.date, e.date_end);
  if (a.start && b.start && a.stop && b.stop) {
    if (a.precision === 'day' && b.precision === 'day') {
      const gap = Math.abs(dayNumber(a.start) - dayNumber(b.start));
      if (gap === 0) return { points: 0.4, why: 'same day' };
      // One day of slack for a night's act dated by the morning's report of it ("overnight", "today"):
      // only when a side's day is its own report's publication day (or the texts are copies). Two
      // reports that each state a day before their publication, a day apart, tell two acts.
      // The slack runs one way: a report dated by its publication day may tell the night before,
      // never the next day's act.
      const byPublication =
        copy ||
        (a.start === publicationDay(published ?? m.published) && b.start < a.start) ||
        (b.start === publicationDay(e.dayReported ?? e.published) && a.start < b.start);
      return gap === 1 && byPublication ? { points: 0.25, why: 'next day' } : null;
    }
    if (a.start > b.stop || b.start > a.stop) return null;
    const dayInside = a.precision === 'day' || b.precision === 'day';
    if (!dayInside) return sameNews(m, e, published) ? SAME_NEWS : { points: 0.2, why: 'overlapping periods' };
    // News is told as it happens: a vague report out within days of the day is likelier that act
    // than an earlier one of its month (a tie-breaker worth the margin between two candidates).
    const day = a.precision === 'day' ? a : b;
    if (a.precision !== 'day' && reportedRightAfter(day.stop, published))
      return { points: 0.4, why: 'day inside the other date, reported right after it' };
    return { points: 0.3, why: 'day inside the other date' };
  }
  // Undated (lead news, as a rule): plausible when the dated side lies in the two weeks before publication.
  const dated = a.start ? a : b.start ? b : null;
  if (dated?.stop && published && published.length >= 10) {
    if (dated.precision === 'day' && reportedRightAfter(dated.stop, published))
      return { points: 0.4, why: 'undated, published right after it' };
    const before = dayNumber(published) - dayNumber(dated.stop);
    if (before >= 0 && before <= 14) return { points: 0.3, why: 'undated, published within two weeks' };
  }
  return { points: 0.2, why: 'undated' };
}

const SAME_NEWS = { points: 0.3, why: 'the same period, told the same day' };

/**
 * Two reports without a day, of one settlement, that give the same month or week and came out the
 * same day: one piece of news told by two outlets ("this week in Kovrov a relay cabinet was set on
 * fire"), though neither says which day. (Two acts of one town and type told the same day in the
 * same vague terms are beyond telling apart by anyone.)
 */
function sameNews(m: Incident, e: Incident, published: string | null | undefined): boolean {
  const a = daySpan(m.date, m.date_end);
  const b = daySpan(e.date, e.date_end);
  const day = publicationDay(published ?? m.published);
  return (
    a.precision !== 'day' &&
    a.start !== null &&
    a.start === b.start &&
    a.stop === b.stop &&
    settlementKey(m) !== null &&
    settlementKey(m) === settlementKey(e) &&
    day !== null &&
    day === publicationDay(e.published)
  );
}

function publicationDay(published: string | null | undefined): string | null {
  return published && published.length >= 10 ? published.slice(0, 10) : null;
}

/** A report published this many days after a day is told as news of it. */
const RIGHT_AFTER_DAYS = 2;

function reportedRightAfter(day: string | null, published: string | null | undefined): boolean {
  if (!day || !published || published.length < 10) return false;
  const after = dayNumber(published) - dayNumber(day);
  return after >= 0 && after <= RIGHT_AFTER_DAYS;
}

/** Slack for time zones and for a publication day stored in another zone than the act's. */
const PUBLICATION_SLACK_DAYS = 1;

/**
 * True when `i` began after a report of the other side was published: a report cannot tell an act
 * begun later, so a month-precise report published on the 8th is not one of the 25th.
 */
function reportedBeforeIt(i: Incident, published: string | null | undefined): boolean {
  const start = daySpan(i.date, i.date_end).start;
  if (!start || !published || published.length < 10) return false;
  const pub = dayNumber(published);
  return Number.isFinite(pub) && dayNumber(start) - pub > PUBLICATION_SLACK_DAYS;
}

function placeScore(m: Incident, e: Incident, evidence?: string): { points: number; why: string } | null {
  if (m.country && e.country && m.country !== e.country) return null;
  if (m.admin1 && e.admin1 && m.admin1 !== e.admin1) return null;
  const km = settlementKey(m);
  const ke = settlementKey(e);
  if (km && ke) return km === ke ? { points: 0.35, why: 'same settlement' } : null;
  // The same town named, one report placing it only near there.
  if (m.place && e.place && nameKey(m.place) === nameKey(e.place))
    return { points: 0.3, why: 'same place, one near it' };
  // Placed only in the region, yet its sentence names the event's town (in any case form).
  if (!km && ke && namesTown(evidence, e.place)) return { points: 0.3, why: "the event's town named in the report" };
  if ((km || ke) && m.admin1 && m.admin1 === e.admin1) return { points: 0.25, why: 'settlement inside the region' };
  if (m.admin1 && m.admin1 === e.admin1) return { points: 0.25, why: 'same region' };
  // "N km from X" and nothing else: X is the centre the event's region is named after.
  if (!m.admin1 && offsetFromRegionCentre(evidence, e.admin1))
    return { points: 0.25, why: "near the centre of the event's region" };
  // Only "N km from X", too far for X's region: the event's settlement lies that far from X.
  if (!m.admin1 && ke && atStatedDistance(evidence, e.lat, e.lon))
    return { points: 0.25, why: 'the event lies at the stated distance' };
  if (m.country && m.country === e.country) return { points: 0.05, why: 'same country' };
  return { points: 0, why: 'place unknown' };
}

export function scorePair(m: Incident, e: Incident, ctx: PairContext = {}): PairScore {
  if (!compatibleTypes(m.type).includes(e.type)) return VETO('type');
  if (isTally(m) !== isTally(e) && !sameIncidentCount(m, e)) return VETO('tally and single incident');
  const actorLed = ACTOR_LED.has(m.type);
  const actors = actorAgreement(m.actors, e.actors);
  // A statement is placed loosely (where the group sits, where it was published): with a shared
  // declaring actor, places that disagree count nothing rather than veto.
  const place =
    placeScore(m, e, ctx.evidence) ?? (actorLed && actors === 'shared' ? { points: 0, why: 'places differ' } : null);
  if (!place) return VETO('place');
  const date = dateScore(m, e, ctx.published, ctx.nearDuplicateSource);
  if (!date) return VETO('date');
  if (reportedBeforeIt(m, e.published) || reportedBeforeIt(e, ctx.published ?? m.published))
    return VETO('reported before it began');
  if (actors === 'conflict' && (actorLed || !ctx.nearDuplicateSource)) return VETO('actors');
  const reasons = [date.why, place.why];
  let score = date.points + place.points;
  // A policy is one decision of one government: when a report does not say who decided, what was
  // decided (its subject, a shared target) identifies it as well.
  const subject =
    m.type === 'policy' && actors === 'none' && targetAgreement(m.targets ?? [], e.targets ?? []) === 'shared';
  if (actors === 'shared') {
    score += actorLed ? 0.4 : 0.25;
    reasons.push('shared actor');
  } else if (subject) {
    score += 0.25;
    reasons.push('same subject decided');
  } else if (actorLed) {
    score -= 0.2;
    reasons.push('no shared actor');
  }
  // Different named targets at one place and day: two acts, unless other evidence says otherwise.
  // (Not for statements and decisions: what they address is told in many ways.)
  const targets = actorLed ? 'none' : targetAgreement(m.targets ?? [], e.targets ?? []);
  if (targets === 'conflict') {
    score -= 0.3;
    reasons.push('different targets');
  }
  if (targets === 'shared') {
    score += 0.1;
    reasons.push('shared target');
  }
  let wording = 0;
  let wordingCompared = true;
  if (ctx.evidence && ctx.eventEvidence) {
    wordingCompared = CYRILLIC.test(ctx.evidence) === CYRILLIC.test(ctx.eventEvidence);
    // Shared wording counts only as far as the towns, names and figures agree (see distinctive.ts).
    const sim =
      sentenceSimilarity(ctx.evidence, ctx.eventEvidence) * distinctiveAgreement(ctx.evidence, ctx.eventEvidence);
    if (sim >= 0.2) {
      wording = Math.min(0.3, sim * 0.4);
      score += wording;
      reasons.push(`similar evidence (${sim.toFixed(2)})`);
    }
  }
  if (ctx.nearDuplicateSource) {
    score += 0.4;
    reasons.push('near-duplicate source');
  }
  // Two reports that both lack a day anchor each other to nothing: without a shared actor they are
  // at most a suggestion (a vague headline would otherwise seed an event others then join).
  const dayOf = (i: Incident) => daySpan(i.date, i.date_end).precision === 'day';
  if (!dayOf(m) && !dayOf(e) && actors !== 'shared' && !ctx.nearDuplicateSource && date !== SAME_NEWS) {
    score = Math.min(score, AUTO_JOIN - 0.05);
    reasons.push('neither has a day');
  }
  const exact = targets !== 'conflict' && sameIncident(m, e);
  if (exact) reasons.unshift('same type, settlement and day');
  return {
    score: Math.round(Math.max(0, exact ? Math.max(score, AUTO_JOIN) : score) * 1000) / 1000,
    exact,
    reasons,
    wording,
    wordingCompared,
  };
}

/** Types identified by who declared or decided, more than by where. */
export function isActorLed(type: string): boolean {
  return ACTOR_LED.has(type);
}
