// A trigger that is only a noun phrase naming a target ("релейные шкафы") codes an act on its own
// when no verb tells one ("на перегоне сгорели релейные шкафы"). When it stands right after another
// trigger, it is that act's object ("по делу о поджоге релейных шкафов"): one act, told once, which
// is as wished, negated or background as the act it completes.
import type { TriggerMention } from '../types.js';
import type { TriggerEntry } from '../lexicon/index.js';

/** At most this many words between an act and its object ("поджог [двух] релейных шкафов"). */
const GAP = /^[\s,]*(?:[\p{L}\p{N}-]+\s+){0,2}$/u;

export function foldObjects(sentence: string, found: TriggerMention[], entries: TriggerEntry[]): void {
  for (let i = 1; i < found.length; i++) {
    if (!entries[i].object) continue;
    const t = found[i];
    const head = found[i - 1];
    if (entries[i - 1].object || head.clause !== t.clause || head.end > t.start) continue;
    if (!GAP.test(sentence.slice(head.end, t.start))) continue;
    t.irrealis = head.irrealis;
    t.background = head.background;
    t.charge = head.charge;
  }
}
