// Evidence quotes of one source: after a merge the same sentence can back several mentions (one per
// event that was folded in); it is quoted once, with how many mentions it backs.
import type { EventMention } from './api-types.gen.js';

export interface Quote {
  evidence: string;
  mentions: EventMention[];
  confidence: number | null;
}

export function quotesOf(mentions: EventMention[]): Quote[] {
  const byText = new Map<string, Quote>();
  for (const m of mentions) {
    const key = m.evidence.replace(/\s+/g, ' ').trim();
    const q = byText.get(key);
    if (!q) byText.set(key, { evidence: m.evidence, mentions: [m], confidence: m.confidence });
    else {
      q.mentions.push(m);
      if (m.confidence !== null) q.confidence = Math.max(q.confidence ?? 0, m.confidence);
    }
  }
  return [...byText.values()];
}
