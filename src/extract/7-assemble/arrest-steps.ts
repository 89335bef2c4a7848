// An arrest record is one step of repression: a detention, or a court's verdict. The two are told
// apart in reports ("detained in May … jailed for ten years on Tuesday") and coded apart (EVENTS.md:
// the detention where it happened, the sentence where the court sits), so they never merge.
import type { TriggerMention } from '../types.js';

export type ArrestStep = 'detention' | 'court';

/** a court's verdict: sentenced, convicted, jailed, found guilty, years in a colony */
export const COURT_ACT =
  /sentenc|convict|jail|imprison|guilty|prison|colony|verdict|years (?:in|of)|приговор|осуд|осужд|виновн|колони|лишени|вирок|засуд|суд над|судят|судил|рассматрива|разбира/iu;
const DETENTION = /detain|detention|arrest|custody|apprehend|задерж|арест|затрима/iu;

/** The step the group's arrest triggers tell, or null (a search, a case, a fine). */
export function arrestStep(triggers: readonly TriggerMention[]): ArrestStep | null {
  let step: ArrestStep | null = null;
  for (const t of triggers) {
    if (t.type !== 'arrest') continue;
    if (COURT_ACT.test(t.text)) return 'court';
    if (DETENTION.test(t.text)) step = 'detention';
  }
  return step;
}
