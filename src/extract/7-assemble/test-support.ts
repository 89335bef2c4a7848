// Hand-built mentions for the assembly steps' table tests: a trigger at the first occurrence of a
// word in a sentence, with the defaults of a live, foreground act.
import type { EventType } from '../../model/event.js';
import type { TriggerMention } from '../types.js';
import { unframedContext, type DocContext } from '../document/doc-context.js';

export function triggerAt(
  text: string,
  word: string,
  type: EventType,
  over: Partial<TriggerMention> = {},
): TriggerMention {
  const start = text.indexOf(word);
  return {
    start,
    end: start + word.length,
    text: word,
    type,
    targets: [],
    irrealis: false,
    background: false,
    charge: false,
    weight: 0.9,
    clause: 0,
    needsCount: false,
    nonStateSpeakers: false,
    ...over,
  };
}

/** A document that says nothing of where or when, but its year. */
export function quietDocument(refYear = 2024): DocContext {
  return unframedContext(refYear);
}
