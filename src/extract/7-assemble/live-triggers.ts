// Which of the sentence's trigger words code acts: not the hypothetical, the background or the
// historical, and a weak word only when something pins it down.
import type { DateMention, QuantityMention, TriggerMention } from '../types.js';
import type { DateRole } from '../document/frame.js';
import { WEAK } from './kinds.js';

/** "the 2020 protests" told as "протестов 2020 года": a year right after a noun dates it as history. */
const YEAR_AFTER = /^\s+(?:of\s+|in\s+)?((?:19|20)\d\d)(?:\s+год\p{L}*)?(?![\d])/u;

/** A charge told with its own day or month ("accusing him of torching a relay box in April") is an
 *  act the report dates: it stops being background (the trigger is changed in place). A date that
 *  dates the telling ("…, police said on Thursday") is the day the suspicion was voiced, not the
 *  day of the act, so it leaves the charge background. */
export function foregroundDatedCharges(
  text: string,
  triggers: TriggerMention[],
  dates: DateMention[],
  roles?: readonly DateRole[],
): void {
  const actDates = roles ? dates.filter((_, i) => roles[i] !== 'report') : dates;
  for (const t of triggers) {
    if (!t.charge || t.irrealis) continue;
    const next = triggers.find((x) => x.start > t.end);
    if (actDates.some((d) => d.start >= t.end && d.start < (next ? next.start : text.length) && !d.relative))
      t.background = false;
  }
}

/** Triggers of acts that happened and belong to the story's time. */
export function liveTriggers(text: string, triggers: TriggerMention[], refYear: number | null): TriggerMention[] {
  return triggers.filter((t) => !t.irrealis && !t.background && !isHistory(text, t, refYear));
}

/** "a 2020 protest", "the 2019 rallies": a year between a determiner and a noun dates it as history
 *  (not the year closing a date: "on August 31, 2022 to form …"). */
const YEAR_BEFORE = /(?<![\p{L}])(?:a|an|the|its|their|his|her|this|that)\s+((?:19|20)\d\d)\s+$/iu;

/** A noun trigger dated by a year well before the story ("the 2020 protests", "a 2020 protest",
 *  "протестов 2020 года"). */
export function isHistory(text: string, t: TriggerMention, refYear: number | null): boolean {
  if (refYear === null) return false;
  const m =
    YEAR_AFTER.exec(text.slice(t.end, t.end + 24)) ?? YEAR_BEFORE.exec(text.slice(Math.max(0, t.start - 12), t.start));
  return m !== null && Number(m[1]) < refYear;
}

/** What the sentence offers to pin a weak trigger down. */
export interface Support {
  /** the sentence names a place of its own */
  hasOwnPlace: boolean;
  dates: DateMention[];
  /** the paragraph has told both a day and a place */
  paragraphScene: boolean;
  quantities: QuantityMention[];
  clauseOf: (offset: number) => number;
}

/** The live triggers that code acts. A weak word ("clashes") needs a place, a day, a count, or the
 *  story of its paragraph; "at the X Forum" is the setting of another act, not an event; a building
 *  that "burnt out" after a blast burnt from the blast, not from arson; a word that needs a count
 *  ("mass arrests") needs one above one in its clause. */
export function usableTriggers(live: TriggerMention[], support: Support): TriggerMention[] {
  const { dates, quantities, clauseOf } = support;
  const strongOtherAct = live.some(isStrongNonOrganization);
  const hasSupport = (t: TriggerMention) =>
    support.hasOwnPlace ||
    dates.length > 0 ||
    support.paragraphScene ||
    quantities.some(
      (q) =>
        q.value !== null && clauseOf(q.start) === t.clause && !dates.some((d) => q.start < d.end && d.start < q.end),
    );
  const setting = (t: TriggerMention) => t.type === 'organization' && t.weight < WEAK && strongOtherAct;
  const blastFire = (t: TriggerMention) =>
    t.type === 'arson' && t.weight < WEAK && live.some((x) => x.type === 'explosion');
  const counted = (t: TriggerMention) =>
    !t.needsCount || quantities.some((q) => q.value !== null && q.value > 1 && clauseOf(q.start) === t.clause);
  return live.filter((t) => (t.weight >= WEAK || hasSupport(t)) && !setting(t) && !blastFire(t) && counted(t));
}

const isStrongNonOrganization = (t: TriggerMention) => t.weight >= WEAK && t.type !== 'organization';
