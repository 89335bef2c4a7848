// "The man was detained", "police arrested Ivan Petrov", "she had been detained": an arrest told of one
// person counts one (docs/event-format.md: an arrest's quantity counts detainees). Read from the
// grammar around the trigger, so that a count of one never comes from a tally's figure.
import type { Lang } from '../../model/document.js';
import type { TriggerMention } from '../types.js';
import type { Draft } from '../7-assemble/draft.js';
import type { Clause } from '../1-sentences/clauses.js';
import { expand } from '../lexicon/index.js';
import data from '../lexicon/one-person.json' with { type: 'json' };

/** people a singular noun phrase may name */
const PERSON =
  '(?:man|woman|teenager|teen|youth|girl|boy|student|schoolboy|schoolgirl|pensioner|resident|native|citizen|national|activist|protester|demonstrator|journalist|blogger|priest|lawyer|doctor|teacher|worker|volunteer|soldier|serviceman|officer|conscript|deserter|suspect|defendant|man|mother|father|artist|musician|poet|politician|deputy|opposition figure|dissident|partisan|saboteur|arsonist)';
/** up to three words before the head noun: "a 23-year-old anti-war activist" */
const MODS = "(?:[\\p{L}\\d'’-]+\\s+){0,3}?";

const EN_PASSIVE_BEFORE =
  /(?:^|[\s,])(?:was|has been|is being|was being|got)\s+(?:(?:also|later|then|reportedly|allegedly|briefly|again|subsequently|eventually|immediately)\s+)?$/iu;
/** "he had been detained", "a woman had been detained": "had been" is singular only after a
 *  singular pronoun or noun phrase */
const EN_HAD_BEEN = new RegExp(
  `(?:^|[\\s,])(?:he|she|(?:a|an|the)\\s+${MODS}${PERSON})\\s+(?:had|has)\\s+been\\s+(?:(?:also|later|then|briefly|again)\\s+)?$`,
  'iu',
);
/** collective subjects: "a group was detained", "the crowd was dispersed" */
const EN_COLLECTIVE =
  /\b(?:group|crowd|cell|family|families|team|couple|number|total|dozens?|hundreds?|thousands?|all|none|nobody|no one|everyone)\b/iu;
const EN_OBJECT_AFTER = new RegExp(
  `^\\s+(?:(?:him|her)\\b|(?:a|an|the|one)\\s+${MODS}${PERSON}\\b(?!\\s+and\\b)(?!s)|(?:[\\p{Lu}][\\p{Ll}'’-]+\\s+){1,2}[\\p{Lu}][\\p{Ll}'’-]+(?![\\p{L}])(?!\\s*(?:,\\s*[\\p{Lu}]|and\\s+[\\p{Lu}])))`,
  'u',
);
/** the verbs whose object is the detainee (not "detention", "arrests", "sentence") */
const EN_VERB =
  /^(?:detain(?:ed|s)?|arrest(?:ed|s)?|sentenc(?:ed|es)|jail(?:ed|s)?|convict(?:ed|s)?|imprison(?:ed|s)?|fin(?:ed|es)|charg(?:ed|es))$/iu;
const EN_PARTICIPLE =
  /^(?:detained|arrested|sentenced|jailed|convicted|imprisoned|fined|charged|taken into custody|placed in custody|remanded in custody|given\b.*)$/iu;

/** The arrest told by `t` concerns one person. */
export function onePerson(text: string, t: TriggerMention, lang: Lang): boolean {
  if (lang !== 'en' || t.type !== 'arrest') return false;
  const word = t.text.toLowerCase();
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  if (EN_PARTICIPLE.test(word) && (EN_PASSIVE_BEFORE.test(before) || EN_HAD_BEEN.test(before))) {
    // the words from the clause's start to the verb: no collective subject, no plural figure
    const subject = before.slice(Math.max(0, before.search(/[^,;:]*$/u)));
    return !EN_COLLECTIVE.test(subject);
  }
  if (EN_VERB.test(word)) return EN_OBJECT_AFTER.test(text.slice(t.end, t.end + 80));
  return false;
}

// Languages with data in lexicon/one-person.json (Russian) read the clause instead: one person told in
// the singular as the one an arrest concerns ("задержан мужчина", "женщину задержали"). The count is
// given only once the mentions of an act are merged, so that a singular mention never keeps apart two
// mentions of one act, and a count another mention gives wins.

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
  if (!d.singular || d.quantity !== null) return d;
  return { ...d, quantity: 1, quantityUnit: 'people' };
}
