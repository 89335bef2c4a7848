// Which counted nouns fit which event type, and the unit a record reports them in.
import type { EventType } from '../model/event.js';

const PEOPLE = /^(?:people|persons?|protesters?|demonstrators?|detainees?|activists?|participants?|women|men|residents?|students?|russians?|belarusians?|ukrainians?|individuals?|citizens?|conscripts?|journalists?|picketers?|soldiers?|troops?|servicem[ae]n|deserters?|recruits?|mobili[sz]ed|refuseniks?|volunteers?|fighters?|members?|supporters?|delegates?|emigrants?|человек|люд\p{L}*|участник\p{L}*|задержанн\p{L}*|протестующ\p{L}*|активист\p{L}*|жител\p{L}*|граждан\p{L}*|россиян\p{L}*|женщин\p{L}*|мужчин\p{L}*|военнослужащ\p{L}*|солдат\p{L}*|призывник\p{L}*|мобилизованн\p{L}*)$/iu;
const EVENT_NOUN = /^(?:incidents?|cases?|attacks?|arsons?|arson attacks?|fires?|derailments?|explosions?|blasts?|acts?|actions?|protests?|rallies|pickets?|episodes?|sabotage acts?|raids?|strikes?|поджог\p{L}*|сход\p{L}*|диверси\p{L}*|акци\p{L}*|случа\p{L}*|нападени\p{L}*|взрыв\p{L}*|derailment|arsons|derailments)$/iu;

export type UnitKind = 'people' | 'incidents' | 'other';

export function unitKind(unit: string | null): UnitKind {
  if (!unit) return 'other';
  const head = unit.trim().split(/\s+/).pop() ?? unit;
  if (PEOPLE.test(head) || PEOPLE.test(unit)) return 'people';
  return 'incidents';
}

/** Whether a count with this unit can be the quantity of an event of this type. */
export function fitsType(type: EventType, unit: string | null): boolean {
  const kind = unitKind(unit);
  switch (type) {
    case 'arrest': case 'protest': case 'riot': case 'desertion':
      return kind === 'people';
    case 'arson': case 'sabotage': case 'explosion': case 'armed_attack':
      return kind === 'incidents';
    case 'other':
      return true;
    default:
      return false;
  }
}

/** The unit a record carries: people for people, the event noun for event nouns, else incidents. */
export function recordUnit(unit: string | null): string | null {
  if (!unit) return null;
  if (unitKind(unit) === 'people') return 'people';
  const head = unit.trim().split(/\s+/).pop() ?? unit;
  return EVENT_NOUN.test(head) && /^[a-z ]+$/i.test(head) ? head.toLowerCase() : 'incidents';
}
