// Diagnostics for de-duplication on a gold corpus: runs the gold-as-mentions ingest and prints,
// for each gold incident split over several events, every pair of its mentions in different events
// with their fields and the pair's score (why they did not join).
// Usage: npx tsx scripts/dedup-misses.ts DOCS GOLD INCIDENTS
import { readIncidentCorpus } from './lib/incident-corpus.js';
import { evaluateIncidentsOnGold } from '../src/cli/commands/eval-incidents.js';
import { scorePair } from '../src/resolve/score.js';
import { withOffsetPrecision } from '../src/resolve/offset-place.js';
import type { EventRecord } from '../src/model/event.js';
import { registryActorFolder } from '../src/eval/actor-folder.js';

const { docs, gold, incidents } = readIncidentCorpus(process.argv.slice(2));
const report = await evaluateIncidentsOnGold({ docs, gold, incidents, foldActor: registryActorFolder() });
const rec = new Map(gold.flatMap((g) => g.events.map((e, i) => [`${g.doc}#${i}`, e as unknown as EventRecord])));
const pub = new Map(docs.map((d: { id: string; published?: string }) => [String(d.id), d.published ?? null]));
const show = (k: string) => {
  const r = rec.get(k)!;
  return `${k} ${r.type} ${r.date}${r.date_end ? '..' + r.date_end : ''} ${r.country}/${r.admin1}/${r.place}(p${r.geo_precision}) agg=${r.aggregate} q=${r.quantity} ${r.quantity_unit} actors=${JSON.stringify(r.actors)} targets=${JSON.stringify(r.targets)}\n      "${r.evidence.slice(0, 160)}"`;
};
for (const inc of incidents) {
  const d = report.incidents.detail.find((x) => x.incident === inc.incident)!;
  const evOf = (e: string) => e.split('→')[1] ?? '-';
  const ev = new Set(d.events.map(evOf).filter((e) => e !== '-'));
  if (ev.size <= 1) continue;
  console.log(`\n== ${inc.incident} ${(inc as { label?: string }).label ?? ''}`);
  for (const [i, m] of inc.mentions.entries()) console.log(`  [ev ${d.events[i]}] ${show(`${m.doc}#${m.event}`)}`);
  for (let i = 0; i < inc.mentions.length; i++)
    for (let j = i + 1; j < inc.mentions.length; j++) {
      if (evOf(d.events[i]) === evOf(d.events[j])) continue;
      const a = inc.mentions[i],
        b = inc.mentions[j];
      const ra = withOffsetPrecision(rec.get(`${a.doc}#${a.event}`)!),
        rb = withOffsetPrecision(rec.get(`${b.doc}#${b.event}`)!);
      const s = scorePair(rb, ra, { evidence: rb.evidence, eventEvidence: ra.evidence, published: pub.get(b.doc) });
      console.log(`  ${a.doc}#${a.event} x ${b.doc}#${b.event}: ${s.score} ${s.reasons.join('; ')}`);
    }
}
console.log(JSON.stringify({ pairwise: report.pairwise, bcubed: report.bcubed }));
