// The places that belong to one group of triggers, before deciding which of them is the act's.
import type { TriggerMention } from '../types.js';
import { placesFor, type Group, type PlacedMention } from './attach.js';

/** "a drone attack on Sevastopol", "удар по Белгороду": a place right after the act's own words is where it hit */
const HIT_AT = /^\s+(?:(?:on|against|upon|into|по|на|в)\s+)?(?:the\s+)?$/iu;

/** The group's places (attach.ts), a place right after its words made locative. An adjective or
 *  possessive belongs to the act it stands next to, not to every act of the clause; a place told
 *  after a charge or a call ("sentenced for arson in Angarsk") is that act's place. */
export function groupPlaces(
  text: string,
  g: Group,
  groups: Group[],
  placed: PlacedMention[],
  dead: TriggerMention[],
): PlacedMention[] {
  const mine: PlacedMention[] = [];
  for (const found of placesFor(text, g, groups, placed)) {
    const hitAt = found.role === 'other' && HIT_AT.test(text.slice(g.end, found.mention.start));
    const p = hitAt ? { ...found, role: 'locative' as const } : found;
    if ((p.role !== 'weak' || nearestGroup(g, groups, p)) && !chargeBefore(dead, g, p)) mine.push(p);
  }
  return mine;
}

/** How far a place lies from a group of triggers (0: inside it). */
export function distance(g: { start: number; end: number }, p: PlacedMention): number {
  return p.mention.end <= g.start ? g.start - p.mention.end : p.mention.start >= g.end ? p.mention.start - g.end : 0;
}

/** No other group of the clause stands nearer the place than g. */
function nearestGroup(g: Group, groups: Group[], p: PlacedMention): boolean {
  for (const o of groups) if (o !== g && o.clause === g.clause && distance(g, p) > distance(o, p)) return false;
  return true;
}

/** A background act (a charge) is named between the group and the place: the place is its. */
function chargeBefore(dead: TriggerMention[], g: Group, p: PlacedMention): boolean {
  for (const d of dead) if (d.start >= g.end && d.start < p.mention.start) return true;
  return false;
}

/** One pass per type of act in the group ("protesters … rallied … the rally" is one protest): the
 *  first trigger of each type, and the targets of all of them. */
export function actsOfGroup(g: Group): { firstOfType: TriggerMention[]; targets: string[] } {
  const firstOfType: TriggerMention[] = [];
  const targets: string[] = [];
  for (const x of g.triggers) {
    if (!firstOfType.some((f) => f.type === x.type)) firstOfType.push(x);
    for (const target of x.targets) if (!targets.includes(target)) targets.push(target);
  }
  return { firstOfType, targets };
}
