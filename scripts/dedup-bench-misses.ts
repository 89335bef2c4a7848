// Diagnostics for the de-duplication benchmark: ingests a small generated syndication set
// (bench/syndication.ts) in-process and prints, for each incident split over several events, each
// event with one of its mentions and how that mention scores against the incident's largest event.
// Usage: npx tsx scripts/dedup-bench-misses.ts [incidents=40] [max incidents printed=15]
import { rmSync } from 'node:fs';
import { storeGenerated } from './lib/generated-store.js';
import { generateSyndication } from '../bench/syndication.js';
import { scorePair } from '../src/resolve/score.js';
import { withOffsetPrecision } from '../src/resolve/offset-place.js';
import type { EventRecord } from '../src/model/event.js';

const n = Number(process.argv[2] ?? 40);
const show = Number(process.argv[3] ?? 15);
const reports = generateSyndication({ incidents: n, seed: 2024 });
const { store, dir } = await storeGenerated(reports, 'dedup-miss-');
const truth = new Map(reports.map((r) => [r.id, r]));
const rows = await store.db
  .selectFrom('mentions')
  .innerJoin('documents', 'documents.id', 'mentions.document_id')
  .select(['documents.external_id', 'mentions.type', 'mentions.event_id', 'mentions.record', 'mentions.evidence'])
  .execute();
const byInc = new Map<number, Map<number, { rec: EventRecord; doc: string }[]>>();
let other = 0;
for (const r of rows) {
  const t = truth.get(r.external_id)!;
  if (!(r.type === t.type || (t.type === 'protest' && r.type === 'riot'))) {
    other++;
    continue;
  }
  const evs = byInc.get(t.incident) ?? new Map();
  const list = evs.get(r.event_id) ?? [];
  list.push({ rec: JSON.parse(r.record), doc: r.external_id });
  evs.set(r.event_id, list);
  byInc.set(t.incident, evs);
}
const counts = [...byInc.values()].map((e) => e.size);
// Pairwise precision over these mentions: of the pairs in one event, the share that are one incident
// (a wrong guess shows here, a split incident in events per incident).
const perEvent = new Map<number, Map<number, number>>();
for (const [inc, evs] of byInc)
  for (const [ev, list] of evs) {
    const m = perEvent.get(ev) ?? new Map<number, number>();
    m.set(inc, (m.get(inc) ?? 0) + list.length);
    perEvent.set(ev, m);
  }
let samePairs = 0;
let allPairs = 0;
for (const m of perEvent.values()) {
  const n = [...m.values()].reduce((a, b) => a + b, 0);
  allPairs += (n * (n - 1)) / 2;
  for (const k of m.values()) samePairs += (k * (k - 1)) / 2;
}
console.log(
  `${reports.length} reports, ${byInc.size} incidents, events/incident ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)}, pairwise precision ${(samePairs / allPairs).toFixed(3)}; ${other} mentions of another type`,
);
console.log(`incidents in one event: ${((100 * counts.filter((c) => c === 1).length) / counts.length).toFixed(1)}%`);
// Events holding mentions of several incidents (what costs precision): each incident's mentions there.
if (process.env.SHOW_MIXED)
  for (const [ev, m] of perEvent) {
    if (m.size < 2) continue;
    const parts = [...m.entries()].map(([inc, k]) => {
      const t = reports.find((r) => r.incident === inc)!;
      return `incident ${inc} (${t.type}, published ${t.published}, ${t.text.slice(0, 60)}…): ${k}`;
    });
    console.log(`mixed event ${ev}:\n  ${parts.join('\n  ')}`);
  }
const fmt = (r: EventRecord) =>
  `${r.type} ${r.date}${r.date_end ? '..' + r.date_end : ''} ${r.admin1}/${r.place}(p${r.geo_precision}) agg=${r.aggregate} q=${r.quantity} a=${JSON.stringify(r.actors)} t=${JSON.stringify(r.targets)}`;
let printed = 0;
for (const [inc, evs] of byInc) {
  if (evs.size <= 1 || printed++ >= show) continue;
  const sorted = [...evs.entries()].sort((a, b) => b[1].length - a[1].length);
  const [mainId, main] = sorted[0];
  const t = reports.find((r) => r.incident === inc)!;
  console.log(
    `\n== incident ${inc} ${t.type}: ${evs.size} events; main ${mainId} (${main.length}): ${fmt(main[0].rec)}`,
  );
  for (const [id, list] of sorted.slice(1)) {
    const m = withOffsetPrecision(list[0].rec);
    const e = withOffsetPrecision(main[0].rec);
    const s = scorePair(m, e, {
      evidence: m.evidence,
      eventEvidence: e.evidence,
      published: truth.get(list[0].doc)!.published,
    });
    console.log(
      `  ev ${id} (${list.length}): ${fmt(list[0].rec)}\n     "${list[0].rec.evidence.slice(0, 140)}"\n     vs main: ${s.score} ${s.reasons.join('; ')}`,
    );
    const sugg = await store.db
      .selectFrom('merge_suggestions')
      .select(['event_id', 'other_id', 'score', 'reasons'])
      .where((eb) => eb.or([eb('event_id', '=', id), eb('other_id', '=', id)]))
      .limit(4)
      .execute();
    for (const g of sugg) console.log(`     suggestion ${g.event_id}~${g.other_id} ${g.score} ${g.reasons}`);
    const own = await store.db
      .selectFrom('mentions')
      .innerJoin('documents', 'documents.id', 'mentions.document_id')
      .select(['mentions.event_id', 'mentions.type', 'mentions.record'])
      .where('documents.external_id', '=', list[0].doc)
      .execute();
    for (const o of own)
      if (o.event_id !== id) console.log(`     same doc: ev ${o.event_id} ${fmt(JSON.parse(o.record))}`);
  }
}
for (const id of (process.env.SHOW_EVENTS ?? '').split(',').filter(Boolean).map(Number)) {
  const e = await store.db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  console.log(
    `event ${id}: ${e?.type} ${e?.date} ${e?.date_end} ${e?.admin1}/${e?.place}(p${e?.geo_precision}) sources=${e?.sources_count} notes=${e?.notes?.slice(0, 140)}`,
  );
}
await store.close();
rmSync(dir, { recursive: true, force: true });
