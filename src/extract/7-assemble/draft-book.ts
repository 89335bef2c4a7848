// The sentence's drafts, one per event type, place and day: a second record of the same act joins
// the first instead of doubling it.
import type { Draft } from './draft.js';

export interface DraftBook {
  drafts: Draft[];
  /** each draft's key (type, place, day), in step with drafts: a sentence gives only a few */
  keys: string[];
}

export function draftKey(d: Pick<Draft, 'type' | 'place' | 'date'>): string {
  const p = d.place;
  return `${d.type}|${p ? `${p.kind}:${p.admin1}:${p.country}:${p.name}` : ''}|${d.date ?? ''}`;
}

/** Adds the draft, or joins it to the one with its key: the higher weight, all targets, and the
 *  first count told (with `unit`, the count's own unit, which may be none). */
export function addDraft(book: DraftBook, draft: Draft, unit: string | null): void {
  const key = draftKey(draft);
  const existing = book.drafts[book.keys.indexOf(key)];
  if (!existing) {
    book.keys.push(key);
    book.drafts.push(draft);
    return;
  }
  existing.weight = Math.max(existing.weight, draft.weight);
  for (const x of draft.targets) if (!existing.targets.includes(x)) existing.targets.push(x);
  if (existing.quantity === null && draft.quantity !== null) {
    existing.quantity = draft.quantity;
    existing.quantityUnit = unit;
  }
}

/** A resolution that is itself a state decision is coded once, as policy: the drafts less the
 *  statements made by an author of one of the policies. */
export function policyOverStatements(drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => d.type === 'statement') || !drafts.some((d) => d.type === 'policy')) return drafts;
  const policyActors = new Set<string>();
  for (const d of drafts) if (d.type === 'policy') for (const a of d.actors) policyActors.add(a);
  return drafts.filter((d) => d.type !== 'statement' || !d.actors.some((a) => policyActors.has(a)));
}
