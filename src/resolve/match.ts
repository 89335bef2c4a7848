// Which event a mention joins. ACLED's rule stays the default for exact days: the same type, place
// and day with no conflicting actors is one incident. Reports at coarser precision are scored
// instead (score.ts): a high score joins, a middling one becomes a merge suggestion for an analyst.
import type { EventType } from '../model/event.js';
import { actorAgreement } from './actor-keys.js';
import { daySpan, nameKey } from './keys.js';

/** What the rules look at, from a mention or from a stored event. */
export interface Incident {
  type: EventType | string;
  date: string | null;
  date_end: string | null;
  country: string | null;
  admin1: string | null;
  place: string | null;
  /** 1 in the settlement, 2 near it (or only the region known), 3 the country; null: as the fields say */
  geo_precision?: number | null;
  /** the point of `place` (or of its region's centre), when known */
  lat?: number | null;
  lon?: number | null;
  actors: readonly string[];
  targets?: readonly string[];
  aggregate: boolean;
  quantity?: number | null;
  quantity_unit?: string | null;
  /** the earliest publication day (YYYY-MM-DD) among the reports of it, when known */
  published?: string | null;
  /** of a stored event, the earliest publication day among the reports stating its day (else `published`) */
  dayReported?: string | null;
}

/**
 * A count of several incidents. The extractor also flags a report without its own day as
 * aggregate; placed in a settlement or region and counting no incidents (no count, or people at
 * one gathering), that is one incident told vaguely, and it may join one.
 */
export function isTally(a: Incident): boolean {
  if (!a.aggregate) return false;
  if (!a.place && !a.admin1) return true;
  return (a.quantity ?? 0) > 1 && INCIDENT_UNIT.test(a.quantity_unit ?? 'incidents');
}

/**
 * Both count the same number (two or more) of incidents: they tell one count whether or not each
 * report flagged it as a tally (the flag is judged per report; "fights in two villages" may be
 * flagged in one language and not in the other).
 */
export function sameIncidentCount(a: Incident, b: Incident): boolean {
  const count = (i: Incident) =>
    (i.quantity ?? 0) > 1 && INCIDENT_UNIT.test(i.quantity_unit ?? 'incidents') ? i.quantity : null;
  const n = count(a);
  return n !== null && n === count(b);
}

/** Units that count incidents (the extractor's English event nouns), not people or things. */
const INCIDENT_UNIT =
  /^(?:incidents?|cases?|attacks?|arsons?|fires?|derailments?|explosions?|blasts?|acts?|actions?|protests?|rallies|pickets?|episodes?|raids?|strikes?|sentences?|verdicts?)$/i;

/** A protest and a riot at one place and day are one incident seen by different eyes. */
const COMPATIBLE: Record<string, readonly string[]> = { protest: ['protest', 'riot'], riot: ['riot', 'protest'] };

export function compatibleTypes(type: string): readonly string[] {
  return COMPATIBLE[type] ?? [type];
}

/** The settlement the report places it in, as a key; null when it is only near a place or coarser. */
export function settlementKey(a: Incident): string | null {
  return a.place && (a.geo_precision ?? 1) < 2 ? nameKey(a.place) : null;
}

/** ACLED's rule: same type, same day (both day-precise), same settlement, no conflicting actors. */
export function sameIncident(a: Incident, b: Incident): boolean {
  const sa = daySpan(a.date, a.date_end);
  const sb = daySpan(b.date, b.date_end);
  const ka = settlementKey(a);
  return (
    compatibleTypes(a.type).includes(b.type) &&
    isTally(a) === isTally(b) &&
    sa.precision === 'day' &&
    sb.precision === 'day' &&
    sa.start === sb.start &&
    a.country === b.country &&
    ka !== null &&
    ka === settlementKey(b) &&
    (!a.admin1 || !b.admin1 || a.admin1 === b.admin1) &&
    actorAgreement(a.actors, b.actors) !== 'conflict'
  );
}
