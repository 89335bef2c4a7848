// Clustering scores for cross-source de-duplication: gold incidents (groups of gold records across
// documents) against the events the store put their matched mentions in. Pairwise precision and
// recall count pairs of mentions; B-cubed averages, per mention, how much of its predicted event is
// its incident (precision) and how much of its incident is in its predicted event (recall).
import { z } from 'zod';
import { prf, type Prf } from './prf.js';

export const GoldIncidentsSchema = z
  .array(
    z
      .object({
        incident: z.string().min(1).max(200),
        mentions: z
          .array(
            z.object({
              doc: z.string().min(1).max(200),
              event: z.number().int().min(0),
              optional: z.boolean().optional(),
            }),
          )
          .min(1)
          .max(10_000),
      })
      .passthrough(),
  )
  .max(100_000);
export type GoldIncidents = z.infer<typeof GoldIncidentsSchema>;

/** "doc#index": one gold record. */
export const goldKey = (doc: string, event: number): string => `${doc}#${event}`;

export interface ClusterReport {
  /** gold mentions in incidents, and how many of them the extractor found (only those are clustered) */
  mentions: { gold: number; matched: number; requiredMissed: number };
  incidents: {
    gold: number;
    /** incidents with two or more found mentions, and those of them whose found mentions all ended in one event */
    clusterable: number;
    whole: number;
    /** per incident: the predicted event of each gold mention ("-" when not found) */
    detail: { incident: string; events: string[] }[];
  };
  pairwise: Prf;
  bcubed: { precision: number; recall: number; f1: number };
}

/**
 * `eventOf`: gold record key → the predicted event holding the mention matched to it (absent when
 * the extractor found no mention for it). Unmatched records are left out: extraction recall is the
 * extraction score's business; this one scores how found mentions were joined.
 */
export function scoreClusters(gold: GoldIncidents, eventOf: ReadonlyMap<string, number | string>): ClusterReport {
  const items: { incident: string; event: number | string }[] = [];
  let total = 0;
  let requiredMissed = 0;
  let whole = 0;
  let clusterable = 0;
  const detail: { incident: string; events: string[] }[] = [];
  for (const inc of gold) {
    const events = new Set<number | string>();
    let found = 0;
    const shown: string[] = [];
    for (const m of inc.mentions) {
      total++;
      const ev = eventOf.get(goldKey(m.doc, m.event));
      shown.push(`${goldKey(m.doc, m.event)}→${ev ?? '-'}`);
      if (ev === undefined) {
        if (!m.optional) requiredMissed++;
        continue;
      }
      items.push({ incident: inc.incident, event: ev });
      events.add(ev);
      found++;
    }
    if (found >= 2) {
      clusterable++;
      if (events.size === 1) whole++;
    }
    detail.push({ incident: inc.incident, events: shown });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sameGold = items[i].incident === items[j].incident;
      const samePred = items[i].event === items[j].event;
      if (sameGold && samePred) tp++;
      else if (samePred) fp++;
      else if (sameGold) fn++;
    }
  }
  let p = 0;
  let r = 0;
  for (const a of items) {
    const pred = items.filter((b) => b.event === a.event);
    const goldC = items.filter((b) => b.incident === a.incident);
    const both = pred.filter((b) => b.incident === a.incident).length;
    p += both / pred.length;
    r += both / goldC.length;
  }
  const bp = items.length ? p / items.length : 0;
  const br = items.length ? r / items.length : 0;
  return {
    mentions: { gold: total, matched: items.length, requiredMissed },
    incidents: { gold: gold.length, clusterable, whole, detail },
    pairwise: prf({ tp, fp, fn, optional: 0 }),
    bcubed: { precision: bp, recall: br, f1: bp + br ? (2 * bp * br) / (bp + br) : 0 },
  };
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);

export function formatClusterReport(r: ClusterReport, verbose = false): string {
  const lines = [
    'Clustering (gold incidents):',
    `  mentions: ${r.mentions.matched} of ${r.mentions.gold} found by the extractor (${r.mentions.requiredMissed} required not found; left out)`,
    `  incidents with two or more found mentions: ${r.incidents.clusterable} of ${r.incidents.gold}; all in one event: ${r.incidents.whole}`,
    `  pairwise: precision ${pct(r.pairwise.precision)}, recall ${pct(r.pairwise.recall)}, F1 ${pct(r.pairwise.f1)}`,
    `  B-cubed:  precision ${pct(r.bcubed.precision)}, recall ${pct(r.bcubed.recall)}, F1 ${pct(r.bcubed.f1)}`,
  ];
  if (verbose) for (const d of r.incidents.detail) lines.push(`  ${d.incident}: ${d.events.join(', ')}`);
  return lines.join('\n');
}
