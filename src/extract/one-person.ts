// One person told in the singular as the one an arrest concerns ("задержан мужчина", "женщину
// задержали"): such a record counts one person (docs/event-format.md, Quantities). Read per clause
// at assembly; the count is given only once the mentions of an act are merged, so that a singular
// mention never keeps apart two mentions of one act, and a count another mention gives wins.
import type { Lang } from '../model/document.js';
import type { Draft } from './draft.js';
import type { Clause } from './clauses.js';
import { expand } from './lexicon/index.js';
import data from './lexicon/one-person.json' with { type: 'json' };

interface Rules {
  verb: RegExp;
  person: RegExp;
  others: RegExp | null;
}

const L = '\\p{L}';
const rules = new Map<Lang, Rules>();
for (const [lang, raw] of Object.entries(data) as [string, { verb?: string; person?: string; others?: string }][]) {
  if (lang.startsWith('$') || !raw.verb || !raw.person) continue;
  rules.set(lang as Lang, {
    verb: new RegExp(`(?<!${L})(?:${expand(raw.verb)})(?!${L})`, 'iu'),
    person: new RegExp(`(?<![${L}\\d-])(?:${expand(raw.person)})(?!${L})`, 'giu'),
    others: raw.others ? new RegExp(`(?<!${L})(?:${expand(raw.others)})(?!${L})`, 'iu') : null,
  });
}

/** Does the clause tell the arrest of one person: a singular passive verb, or exactly one singular
 *  person noun? (Two named people, "мужчину и женщину", are not one.) */
export function tellsOnePerson(text: string, clause: Clause, lang: Lang): boolean {
  const r = rules.get(lang);
  if (!r) return false;
  const s = text.slice(clause.start, clause.end);
  if (r.others?.test(s)) return false;
  const people = s.match(r.person)?.length ?? 0;
  if (people > 1) return false;
  return people === 1 || r.verb.test(s);
}

/** A merged arrest with no count of its own counts the one person a mention told in the singular. */
export function countOnePerson(d: Draft): Draft {
  if (!d.onePerson || d.quantity !== null) return d;
  return { ...d, quantity: 1, quantityUnit: 'people' };
}
