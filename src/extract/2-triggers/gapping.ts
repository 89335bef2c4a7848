// Gapping: Russian (and Ukrainian) lists leave out the repeated verb and mark the gap with a dash
// ("77 задержаны в Петербурге, 15 — в Новосибирске, 11 — в Екатеринбурге"; "задержали в Москве —
// не меньше 80"). The clause after such a dash is only a place or a count: it belongs to the act of
// the clause before, so its place gets a record and its count goes to that act.
import type { Lang } from '../../model/document.js';
import type { Clause } from '../1-sentences/clauses.js';

const COUNT = String.raw`(?:(?:не меньше|не менее|более|свыше|около|почти|как минимум|ещё|еще|щонайменше|понад|близько)\s+)?\d[\d\s]*(?:\s+(?:человек|чоловік\p{L}*|задержанн\p{L}*|затриман\p{L}*))?`;
/** the next part joined by a comma or by «и»/«а» alone ("в Москве — 1800 и в Петербурге — 790") */
const JOIN = String.raw`(?:\s*,\s*(?:и\s+|а\s+)?|\s+(?:и|а)\s+)`;
/** a clause that is a place (a preposition and at most three words, then perhaps the next part's
 *  count) or a count (then perhaps the next part's place: "20, в Казани — 5"), and nothing else */
const GAPPED: Partial<Record<Lang, RegExp>> = {
  ru: new RegExp(
    String.raw`^(?:(?:в|во|на|из|под|у)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}(?:${JOIN}${COUNT})?|${COUNT}(?:${JOIN}(?:в|во|на|из|под|у)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?)\s*[.!;]?\s*$`,
    'iu',
  ),
  uk: new RegExp(
    String.raw`^(?:(?:в|у|на|з|під|біля)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}(?:\s*,\s*(?:і\s+|й\s+|а\s+)?${COUNT})?|${COUNT})\s*[.!;]?\s*$`,
    'iu',
  ),
};
const DASH = /[–—]/;

/**
 * The clause each clause's places and counts belong to: itself, or for a gapped clause the clause
 * its dash continues (followed back through a chain of them). `hasTrigger` tells the clauses that
 * name an act of their own: they are never gapped.
 */
export function gappedClauseMap(
  sentence: string,
  clauses: Clause[],
  lang: Lang,
  hasTrigger: (clause: number) => boolean,
): number[] {
  const map = clauses.map((_, i) => i);
  const gapped = GAPPED[lang];
  if (!gapped || clauses.length < 2 || !DASH.test(sentence)) return map;
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i];
    if (hasTrigger(i) || !DASH.test(sentence.slice(clauses[i - 1].end, c.start))) continue;
    if (gapped.test(sentence.slice(c.start, c.end))) map[i] = map[i - 1];
  }
  return map;
}
