// Attaching the parts of a sentence to its triggers: which places, quantities and dates belong to
// which act. Triggers listed with commas ("arson, derailments, and armed resistance in Dagestan")
// each own the places that follow them; a place before the first trigger, or a clause that is one
// predicate, is shared by all of its triggers.
import type { TriggerMention, PlaceMention, DateMention } from '../types.js';
import type { PlaceRole } from '../4-places/place-roles.js';

/** Triggers this close ("arrests of protesters", "detained 20 protesters") act as one. */
const MAX_JOIN_GAP = 16;

export interface Group {
  type: TriggerMention['type'];
  triggers: TriggerMention[];
  clause: number;
  start: number;
  end: number;
  weight: number;
}

/** Triggers of one clause, adjacent ones joined ("arrests of protesters", "set fire to … office"). */
export function groupTriggers(sentence: string, triggers: TriggerMention[]): Group[] {
  const groups: Group[] = [];
  for (const t of triggers) {
    const last = groups[groups.length - 1];
    const gap = last ? sentence.slice(last.end, t.start) : '';
    if (last && last.clause === t.clause && !gap.includes(',') && gap.length <= MAX_JOIN_GAP) {
      last.triggers.push(t);
      last.end = Math.max(last.end, t.end);
      last.weight = Math.max(last.weight, t.weight);
      continue;
    }
    groups.push({ type: t.type, triggers: [t], clause: t.clause, start: t.start, end: t.end, weight: t.weight });
  }
  return groups;
}

export interface PlacedMention {
  mention: PlaceMention;
  role: PlaceRole;
  clause: number;
}

/** Places that belong to a group: its own segment of the clause, then places fronted in the clause. */
export function placesFor(sentence: string, g: Group, groups: Group[], places: PlacedMention[]): PlacedMention[] {
  const same = groups.filter((x) => x.clause === g.clause);
  const i = same.indexOf(g);
  const next = same[i + 1];
  const first = same[0];
  const inClause = places.filter((p) => p.clause === g.clause);
  return inClause.filter((p) => {
    const at = p.mention.start;
    if (at < first.start) return true; // fronted: "In Belarus, … sabotaged"
    if (at < g.start) {
      // between an earlier group and this one: belongs to the earlier one unless no comma divides them
      const prev = same[i - 1];
      return prev ? !sentence.slice(prev.end, g.start).includes(',') : true;
    }
    if (!next) return true;
    if (at < next.start) return true;
    // after the next group: shared only when no comma divides this group from it
    return !sentence.slice(g.end, next.start).includes(',');
  });
}

/** The date nearest the group in its clause, else the first in the sentence. */
export function dateFor(g: Group, dates: DateMention[], clauseOf: (offset: number) => number): DateMention | null {
  if (dates.length === 0) return null;
  const own = dates.filter((d) => clauseOf(d.start) === g.clause);
  const pool = own.length ? own : dates;
  let best = pool[0];
  let dist = Infinity;
  for (const d of pool) {
    const dd = d.end <= g.start ? g.start - d.end : d.start >= g.end ? d.start - g.end : 0;
    if (dd < dist) {
      dist = dd;
      best = d;
    }
  }
  return best;
}
