// Contexts that show a trigger names no reported act, decided by what stands around it rather than by
// the word alone (issue 9, "not events"): a bomb found or seized, a gas explosion, shots fired into the
// air, clashes between armies, an act named as a kind ("torching offices became a form of protest").
// The contexts are language data (lexicon/cancel-<lang>.json); a language without a file cancels nothing.
import type { Lang } from '../../model/document.js';
import type { EventType } from '../../model/event.js';
import type { TriggerMention } from '../types.js';
import { expand } from '../lexicon/index.js';
import en from '../lexicon/cancel-en.json' with { type: 'json' };
import ru from '../lexicon/cancel-ru.json' with { type: 'json' };

interface RawCancel {
  types: string[];
  trigger?: string;
  before?: string;
  after?: string;
  as?: string;
  with?: string;
  opens?: boolean;
  both?: boolean;
}
/** `as`: the context does not cancel the act but decides its type ("police opened fire" while detaining: an arrest) */
/** `with`: the trigger tells the harm of an act of this type told in the same sentence ("wounded" by a blast, even in a "when" clause);
 *  'any': of another type, told before it ("set fire to the office in protest": the protest is the fire's motive) */
interface Cancel {
  types: readonly EventType[];
  trigger: RegExp | null;
  before: RegExp | null;
  after: RegExp | null;
  as: EventType | null;
  with: EventType | 'any' | null;
  /** the trigger opens the sentence ("Protesting … is dangerous"): only then is `after` tried */
  opens: boolean;
  /** `before` and `after` must both hold ("the detained journalist"); otherwise either does */
  both: boolean;
}

/** nothing before the trigger but one capitalised modifier ("Anti-war protests are rare …") */
const OPENS = /^\s*(?:[\p{Lu}][\p{L}-]*\s+)?$/u;

/** How far around a trigger a context is looked for (characters). */
const WINDOW = 90;

function compile(raw: RawCancel[]): Cancel[] {
  return raw.map((c) => ({
    types: c.types as EventType[],
    trigger: c.trigger ? new RegExp(`^(?:${expand(c.trigger)})$`, 'iu') : null,
    before: c.before ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${expand(c.before)})$`, 'iu') : null,
    after: c.after ? new RegExp(`^(?:${expand(c.after)})`, 'iu') : null,
    as: (c.as as EventType | undefined) ?? null,
    with: (c.with as EventType | 'any' | undefined) ?? null,
    opens: c.opens === true,
    both: c.both === true,
  }));
}

/** The rules of each event type, so that a trigger meets only those that concern it. */
function byType(rules: Cancel[]): Map<EventType, Cancel[]> {
  const out = new Map<EventType, Cancel[]>();
  for (const r of rules) for (const t of r.types) out.set(t, [...(out.get(t) ?? []), r]);
  return out;
}

const byLang: Partial<Record<Lang, Map<EventType, Cancel[]>>> = {
  en: byType(compile((en as { cancel: RawCancel[] }).cancel)),
  ru: byType(compile((ru as { cancel: RawCancel[] }).cancel)),
};

/** Marks as unreported (irrealis) each trigger a cancelling context surrounds, or gives it the type its context decides. */
export function markCancelled(sentence: string, lang: Lang, found: TriggerMention[]): void {
  const rules = byLang[lang];
  if (!rules) return;
  for (const t of found) {
    const mine = t.irrealis ? undefined : rules.get(t.type);
    if (!mine) continue;
    let before: string | null = null;
    let after: string | null = null;
    for (const c of mine) {
      if (c.trigger && !c.trigger.test(t.text)) continue;
      if (c.with) {
        const other = c.with;
        if (
          !found.some(
            (x) =>
              x !== t && !x.irrealis && (other === 'any' ? x.type !== t.type && x.end <= t.start : x.type === other),
          )
        )
          continue;
        // (with `before` or `after` too, the context must also hold)
        if (!c.before && !c.after) {
          t.irrealis = true;
          break;
        }
      }
      if (c.opens && !OPENS.test(sentence.slice(0, t.start))) continue;
      const hitBefore = c.before?.test((before ??= sentence.slice(Math.max(0, t.start - WINDOW), t.start))) === true;
      if (c.both && !hitBefore) continue;
      const hitAfter =
        (c.both || !hitBefore) && c.after !== null && c.after.test((after ??= sentence.slice(t.end, t.end + WINDOW)));
      if (c.both ? !hitAfter : !hitBefore && !hitAfter) continue;
      if (c.as) t.type = c.as;
      else t.irrealis = true;
      break;
    }
  }
}
