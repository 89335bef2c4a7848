// When an act took place: this clause, else the sentence, else the sentence before, else the
// story's frame, else the day the sentence says it was reported (frame.ts).
import type { DateMention } from '../types.js';
import type { DocContext } from '../document/doc-context.js';
import type { DateRole } from '../document/frame.js';
import { dateFor, type Group } from './attach.js';
import type { Carry } from './carry.js';
import type { Located } from './locate.js';

/** The sentence's dates of acts and of reports; an aside (a comparison: "than in March") is neither. */
export function datesByRole(
  dates: DateMention[],
  roles: DateRole[] | undefined,
): { act: DateMention[]; report: DateMention[] } {
  if (!roles) return { act: dates, report: [] };
  return { act: dates.filter((_, i) => roles[i] === 'event'), report: dates.filter((_, i) => roles[i] === 'report') };
}

export interface ActDate {
  date: DateMention | null;
  /** the sentence itself tells the date (it is not inherited) */
  own: boolean;
  /** the date is the day the act was reported, for want of another */
  reported: boolean;
}

export function dateAct(input: {
  g: Group;
  dates: { act: DateMention[]; report: DateMention[] };
  clauseOf: (offset: number) => number;
  sameParagraph: Carry | null;
  nextParagraph: Carry | null;
  /** where the act was placed: the next paragraph's day holds only for a town the sentence names */
  located: Located;
  ctx: Pick<DocContext, 'paragraphFrame'>;
}): ActDate {
  const { g, dates, clauseOf, sameParagraph, nextParagraph, located, ctx } = input;
  let date = dateFor(g, dates.act, clauseOf);
  let own = date !== null;
  if (!date && sameParagraph?.date && sameParagraph.date.precision === 'day') date = sameParagraph.date;
  else if (
    !date &&
    // (a day the sentence says its news came out is nearer than the last paragraph's day)
    dates.report.length === 0 &&
    nextParagraph?.date?.precision === 'day' &&
    located.source === 'sentence' &&
    located.list.some((p) => p.place.kind === 'settlement')
  )
    date = nextParagraph.date;
  if (!date && ctx.paragraphFrame?.date) date = ctx.paragraphFrame;
  let reported = false;
  if (!date && dates.report.length) {
    date = dateFor(g, dates.report, clauseOf);
    own = reported = date !== null;
  }
  return { date, own, reported };
}
