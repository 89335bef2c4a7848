// ACLED's de-duplication rule, as a pure predicate: two reports describe one incident when they
// have the same type, the same place, the same day and compatible actors. Tallies only ever merge
// with tallies (a count of many incidents is not one of them).
import type { EventType } from '../model/event.js';
import { daySpan, nameKey } from './keys.js';

/** What the rule looks at, from a mention or from a stored event. */
export interface Incident {
  type: EventType | string;
  date: string | null;
  date_end: string | null;
  country: string | null;
  admin1: string | null;
  place: string | null;
  actors: readonly string[];
  aggregate: boolean;
}

/** A protest and a riot at one place and day are one incident seen by different eyes. */
const COMPATIBLE: Record<string, readonly string[]> = { protest: ['protest', 'riot'], riot: ['riot', 'protest'] };

export function compatibleTypes(type: string): readonly string[] {
  return COMPATIBLE[type] ?? [type];
}

function sameDay(a: Incident, b: Incident): boolean {
  const sa = daySpan(a.date, a.date_end);
  const sb = daySpan(b.date, b.date_end);
  // Only day-precise dates can be "the same day"; a month or a range could hold many incidents.
  return sa.precision === 'day' && sb.precision === 'day' && sa.start === sb.start;
}

function samePlace(a: Incident, b: Incident, loose = false): boolean {
  if (a.country !== b.country) return false;
  if (a.place || b.place) {
    // Loose: a region-level report may be the settlement-level one, if they share the region.
    if (loose && (!a.place || !b.place)) return a.admin1 !== null && a.admin1 === b.admin1;
    if (!a.place || !b.place || nameKey(a.place) !== nameKey(b.place)) return false;
    return !a.admin1 || !b.admin1 || a.admin1 === b.admin1;
  }
  if (a.admin1 || b.admin1) return a.admin1 === b.admin1;
  // Country-level only: too coarse for single incidents, precise enough for a national tally.
  return a.aggregate && b.aggregate && a.country !== null;
}

function compatibleActors(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true; // one report does not name them: no conflict
  const keys = new Set(a.map(nameKey));
  return b.some((x) => keys.has(nameKey(x)));
}

export function sameIncident(a: Incident, b: Incident, loose = false): boolean {
  return compatibleTypes(a.type).includes(b.type)
    && a.aggregate === b.aggregate
    && sameDay(a, b)
    && samePlace(a, b, loose)
    && compatibleActors(a.actors, b.actors);
}

/**
 * The candidate a report joins: the first that is the same incident by the strict rule; failing
 * that, a report placed only at region level (or a region-level event) joins the one candidate in
 * that region — never when two could be meant. -1: a new incident.
 */
export function pickIncident(m: Incident, candidates: readonly Incident[]): number {
  const strict = candidates.findIndex((c) => sameIncident(c, m));
  if (strict >= 0) return strict;
  const loose = candidates.flatMap((c, i) => (sameIncident(c, m, true) ? [i] : []));
  return loose.length === 1 ? loose[0] : -1;
}
