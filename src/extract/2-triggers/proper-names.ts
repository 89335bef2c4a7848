// A protest or riot word written with a capital inside a sentence is part of a name — a band ("Pussy
// Riot"), a movement ("the Protest Movement of Belarus"), a book — not an act. A headline in title
// case capitalises every word, and a sentence may open with the word or put it after a dateline dash
// ("ALMATY - Protesters …"): there the capital says nothing.
import type { EventType } from '../../model/event.js';
import type { TriggerMention } from '../types.js';

const NAMED_TYPES: ReadonlySet<EventType> = new Set<EventType>(['protest', 'riot']);
/** the trigger follows a word in running text (not a dash, colon, quote or bullet) */
const AFTER_WORD = /[\p{L}\p{N},]\s+$/u;
const WORDS = /[\p{L}][\p{L}'’-]*/gu;

/** Every word of four letters or more capitalised: a headline in title case ("Police Detain
 *  Protesters in Moscow"); running text has lower-case verbs and nouns between its names. */
function titleCase(sentence: string): boolean {
  for (const m of sentence.matchAll(WORDS)) if (m[0].length >= 4 && m[0][0] === m[0][0].toLowerCase()) return false;
  return true;
}

/** Marks capitalised protest and riot words inside running text as names, not acts. */
export function markNames(sentence: string, found: TriggerMention[]): void {
  let isTitle: boolean | null = null;
  for (const t of found) {
    if (t.irrealis || !NAMED_TYPES.has(t.type)) continue;
    const first = t.text[0];
    if (first === first.toLowerCase()) continue;
    if (!AFTER_WORD.test(sentence.slice(Math.max(0, t.start - 40), t.start))) continue;
    isTitle ??= titleCase(sentence);
    if (!isTitle) t.irrealis = true;
  }
}
