// Diagnostics for de-duplication of the extractor's own mentions: runs the `eval --incidents`
// ingest with the real extractor and prints, for each gold incident whose found mentions were split
// over several events, the extracted record of each mention and the score between each split pair.
// Usage: npx tsx scripts/dedup-misses-extracted.ts DOCS GOLD INCIDENTS
import { readIncidentCorpus } from './lib/incident-corpus.js';
import type { EventRecord } from '../src/model/event.js';
import { matchDocument, goldKey } from '../src/eval/index.js';
import { evaluateIncidents } from '../src/cli/commands/eval-incidents.js';
import { extract } from '../src/extract/index.js';
import { detectLanguage } from '../src/nlp/language.js';
import { scorePair } from '../src/resolve/score.js';
import { withOffsetPrecision } from '../src/resolve/offset-place.js';
import { registryActorFolder } from '../src/eval/actor-folder.js';

const { docs, gold, incidents } = readIncidentCorpus(process.argv.slice(2));
const foldActor = registryActorFolder();
const out = new Map<string, EventRecord[]>();
const report = await evaluateIncidents({
  docs,
  gold,
  incidents,
  detectLanguage,
  foldActor,
  extract: (d) => {
    const r = extract(d as Parameters<typeof extract>[0]) as EventRecord[];
    out.set(d.id, r);
    return r;
  },
});
// the extracted record each gold mention was matched to (the eval's matcher)
const rec = new Map<string, EventRecord>();
for (const g of gold) {
  const preds = out.get(String(g.doc)) ?? [];
  const m = matchDocument(preds, g.events, foldActor);
  for (const p of m.pairs) rec.set(goldKey(String(g.doc), p.gold), preds[p.pred]);
}
const pub = new Map(docs.map((d: { id: string; published?: string }) => [String(d.id), d.published ?? null]));
const show = (k: string) => {
  const r = rec.get(k);
  if (!r) return `${k} (not found)`;
  return `${k} ${r.type} ${r.date}${r.date_end ? `..${r.date_end}` : ''} ${r.country}/${r.admin1}/${r.place}(p${r.geo_precision}) agg=${r.aggregate} q=${r.quantity} ${r.quantity_unit} actors=${JSON.stringify(r.actors)} targets=${JSON.stringify(r.targets)}\n      "${r.evidence.slice(0, 200)}"`;
};
for (const inc of incidents) {
  const d = report.incidents.detail.find((x) => x.incident === inc.incident)!;
  const evOf = (e: string) => e.split('→')[1] ?? '-';
  const ev = new Set(d.events.map(evOf).filter((e) => e !== '-'));
  if (ev.size <= 1) continue;
  console.log(`\n== ${inc.incident}`);
  for (const [i, m] of inc.mentions.entries()) console.log(`  [ev ${d.events[i]}] ${show(goldKey(m.doc, m.event))}`);
  for (let i = 0; i < inc.mentions.length; i++)
    for (let j = i + 1; j < inc.mentions.length; j++) {
      if (evOf(d.events[i]) === '-' || evOf(d.events[j]) === '-' || evOf(d.events[i]) === evOf(d.events[j])) continue;
      const a = inc.mentions[i],
        b = inc.mentions[j];
      const ra = withOffsetPrecision(rec.get(goldKey(a.doc, a.event))!),
        rb = withOffsetPrecision(rec.get(goldKey(b.doc, b.event))!);
      const s = scorePair(rb, ra, { evidence: rb.evidence, eventEvidence: ra.evidence, published: pub.get(b.doc) });
      console.log(`  ${a.doc}#${a.event} x ${b.doc}#${b.event}: ${s.score} ${s.reasons.join('; ')}`);
    }
}
console.log(JSON.stringify({ pairwise: report.pairwise, bcubed: report.bcubed }));
