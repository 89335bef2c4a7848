// De-duplication at scale (issue 11): 20,000 generated reports of a few hundred incidents, each
// told 20–100 times with heavy syndication (bench/syndication.ts), ingested end to end into SQLite
// in 1,000-document chunks. Prints documents/s per chunk (flat means joining does not slow as
// events gather sources) and events per incident (1 is the target). BENCH_SYND_DOCS changes the size.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyndication } from './syndication.js';
import { fromDist } from './product.js';

const { startExtractWorkers } = await fromDist<typeof import('../src/ingest/extract-worker-client.js')>(
  'ingest/extract-worker-client.js',
);
const { ingest } = await fromDist<typeof import('../src/ingest/pipeline.js')>('ingest/pipeline.js');
const { readInputs } = await fromDist<typeof import('../src/ingest/readers/index.js')>('ingest/readers/index.js');
const { openStore } = await fromDist<typeof import('../src/store/index.js')>('store/index.js');

const DOCS = Math.max(1_000, Number(process.env.BENCH_SYND_DOCS) || 20_000);
const CHUNK = 1_000;

// Enough incidents for DOCS reports at 20–100 reports each (60 on average), then cut to DOCS.
const reports = generateSyndication({ incidents: Math.ceil(DOCS / 55), seed: 2024 }).slice(0, DOCS);
const incidents = new Map(reports.map((r) => [r.id, { incident: r.incident, type: r.type }]));
const dir = mkdtempSync(join(tmpdir(), 'khronika-dedup-bench-'));
try {
  const store = await openStore(join(dir, 'dedup.db'));
  const workers = startExtractWorkers();
  // Start-up a long-running ingest pays once: the worker loads both languages' lexicons before timing.
  await workers.extractBatch([
    { id: 'warm-up-en', text: 'Warm-up: a rally in Moscow on 1 May 2023.', lang: 'en' },
    { id: 'warm-up-ru', text: 'Разминка: 1 мая 2023 года в Казани задержали двух человек.', lang: 'ru' },
  ]);
  const rates: number[] = [];
  let newDocs = 0;
  let sameText = 0;
  for (let c = 0; c * CHUNK < reports.length; c++) {
    const chunk = reports.slice(c * CHUNK, (c + 1) * CHUNK);
    const file = join(dir, `chunk-${c}.jsonl`);
    writeFileSync(
      file,
      chunk.map(({ incident: _i, type: _t, variant: _v, ...d }) => JSON.stringify(d)).join('\n') + '\n',
    );
    const t0 = performance.now();
    const s = await ingest(readInputs([file]), store, { extractBatch: workers.extractBatch });
    const rate = (chunk.length / (performance.now() - t0)) * 1000;
    rates.push(rate);
    newDocs += s.documents.new;
    sameText += s.documents.unchanged;
    console.log(`dedup.chunk_${String(c + 1).padStart(2, '0')}.docs_per_s: ${rate.toFixed(0)} docs/s`);
  }
  await workers.close();

  // Events per incident: the distinct events holding the reports' mentions of the incident's type.
  const rows = await store.db
    .selectFrom('mentions')
    .innerJoin('documents', 'documents.id', 'mentions.document_id')
    .innerJoin('events', 'events.id', 'mentions.event_id')
    .select(['documents.external_id', 'mentions.type', 'mentions.event_id', 'events.merged_into'])
    .execute();
  const eventsOf = new Map<number, Set<number>>();
  // and each event's mentions by incident: pairs of mentions in one event that are two incidents are wrong joins
  const incidentsIn = new Map<number, Map<number, number>>();
  for (const r of rows) {
    const truth = incidents.get(r.external_id);
    if (!truth) continue;
    const same = r.type === truth.type || (truth.type === 'protest' && r.type === 'riot');
    if (!same) continue;
    const set = eventsOf.get(truth.incident) ?? new Set<number>();
    set.add(r.merged_into ?? r.event_id);
    eventsOf.set(truth.incident, set);
    const held = incidentsIn.get(r.merged_into ?? r.event_id) ?? new Map<number, number>();
    held.set(truth.incident, (held.get(truth.incident) ?? 0) + 1);
    incidentsIn.set(r.merged_into ?? r.event_id, held);
  }
  let pairs = 0;
  let samePairs = 0;
  for (const held of incidentsIn.values()) {
    const n = [...held.values()].reduce((a, b) => a + b, 0);
    pairs += (n * (n - 1)) / 2;
    for (const k of held.values()) samePairs += (k * (k - 1)) / 2;
  }
  const counts = [...eventsOf.values()].map((s) => s.size);
  const suggestions = await store.suggestions.list({ limit: 1 });
  await store.close();
  const sorted = [...rates].sort((a, b) => a - b);
  console.log(
    `# ${reports.length} reports of ${new Set(reports.map((r) => r.incident)).size} incidents: ${newDocs} stored, ${sameText} the same text as a stored one; ${suggestions.total} open merge suggestions`,
  );
  console.log(`dedup.docs_per_s.min: ${sorted[0].toFixed(0)} docs/s`);
  console.log(`dedup.docs_per_s.median: ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} docs/s`);
  console.log(`dedup.docs_per_s.last_over_first: ${(rates[rates.length - 1] / rates[0]).toFixed(2)} ratio`);
  console.log(`dedup.events_per_incident: ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)} events`);
  console.log(
    `dedup.incidents_in_one_event: ${((counts.filter((n) => n === 1).length / counts.length) * 100).toFixed(1)} %`,
  );
  console.log(`dedup.events_per_incident.max: ${Math.max(...counts)} events`);
  console.log(`dedup.pairwise_precision: ${(samePairs / pairs).toFixed(4)} ratio`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
