// Extraction throughput on synthetic ~3 kB reports (bench/generate-reports.ts), English and Russian,
// single-threaded after a warm-up on other reports: documents/second is per core. Two densities:
// reports with as many events per kB as the real seed articles (extract.<lang>.docs_per_s, the
// figure the target is about), and dense digests (extract.<lang>.digest.docs_per_s). Also the gazetteer's first-load time
// (timed before the extractor is imported, since the extractor may load it at import) and peak RSS.
// BENCH_DOCS=<n> changes the number of reports per language (default 2000).
// Real-like text: the retold news articles of ../shared/corpus/news/docs.jsonl (or BENCH_NEWS=<path>),
// when present, repeated to BENCH_DOCS documents per language (extract.news.<lang>.docs_per_s).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateReports, type Density } from './generate-reports.js';
import { fromDist } from './product.js';
import type { ExtractableDocument } from '../src/model/document.js';

const COUNT = Math.max(100, Number(process.env.BENCH_DOCS) || 2000);
const WARMUP = 500;

type Extract = (doc: ExtractableDocument) => unknown[];

function figure(name: string, value: number, unit: string, digits = 1): void {
  console.log(`${name}: ${value.toFixed(digits)} ${unit}`);
}

/** Times the first load of the gazetteer (data/build/gazetteer.json), before anything else reads it. */
async function timeGazetteerLoad(): Promise<void> {
  const { settlements } = await fromDist<typeof import('../src/geo/gazetteer.js')>('geo/gazetteer.js');
  const t0 = performance.now();
  const rows = settlements().length;
  figure('geo.gazetteer_load_ms', performance.now() - t0, 'ms');
  figure('geo.gazetteer_settlements', rows, 'rows', 0);
}

function run(extract: Extract, lang: 'en' | 'ru', density: Density): void {
  const seed = (lang === 'en' ? 1 : 2) + (density === 'digest' ? 10 : 0);
  const docs = generateReports({ lang, count: COUNT, seed, density });
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text) + Buffer.byteLength(d.title ?? ''), 0);
  // Warm up on other reports: the timed ones are new to the extractor, as in a real batch.
  for (const d of generateReports({ lang, count: WARMUP, seed: seed + 100, density })) extract(d);
  let events = 0;
  const t0 = performance.now();
  for (const d of docs) events += extract(d).length;
  const seconds = (performance.now() - t0) / 1000;
  const name = density === 'report' ? `extract.${lang}` : `extract.${lang}.digest`;
  figure(`${name}.docs_per_s`, docs.length / seconds, 'docs/s (one core)');
  figure(`${name}.mb_per_s`, bytes / 1e6 / seconds, 'MB/s UTF-8 (one core)', 2);
  figure(`${name}.events_per_doc`, events / docs.length, 'events/doc', 2);
  figure(`${name}.avg_doc_kb`, bytes / docs.length / 1000, 'kB UTF-8', 2);
  figure(`${name}.avg_doc_chars`, docs.reduce((s, d) => s + d.text.length, 0) / docs.length, 'chars', 0);
}

/** The news corpus's documents of one language, or [] when the file is absent; bad lines are skipped. */
function newsDocs(lang: 'en' | 'ru'): ExtractableDocument[] {
  const path = process.env.BENCH_NEWS ?? fileURLToPath(new URL('../../shared/corpus/news/docs.jsonl', import.meta.url));
  if (!existsSync(path)) return [];
  const out: ExtractableDocument[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const d = JSON.parse(line) as Partial<ExtractableDocument> & { id?: unknown };
      if (typeof d.text === 'string' && d.lang === lang)
        out.push({ ...d, id: String(d.id), text: d.text } as ExtractableDocument);
    } catch {
      /* not JSON: skipped */
    }
  }
  return out;
}

/** Real-like text: the news articles of one language, repeated to COUNT documents. */
function runNews(extract: Extract, lang: 'en' | 'ru'): void {
  const base = newsDocs(lang);
  if (base.length === 0) {
    // say so: a bench without the real-text lines reads as if they had been measured
    console.error(
      `extract.news.${lang}: no news corpus found (set BENCH_NEWS=<docs.jsonl>); real-text figures skipped`,
    );
    return;
  }
  for (const d of base) extract(d); // warm-up
  const docs = Array.from({ length: COUNT }, (_, i) => ({ ...base[i % base.length], id: `n${i}` }));
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text) + Buffer.byteLength(d.title ?? ''), 0);
  let events = 0;
  const t0 = performance.now();
  for (const d of docs) events += extract(d).length;
  const seconds = (performance.now() - t0) / 1000;
  const name = `extract.news.${lang}`;
  figure(`${name}.docs_per_s`, docs.length / seconds, 'docs/s (one core)');
  figure(`${name}.docs_per_s_at_3kb`, bytes / 3000 / seconds, 'docs/s of 3 kB (one core)');
  figure(`${name}.mb_per_s`, bytes / 1e6 / seconds, 'MB/s UTF-8 (one core)', 2);
  figure(`${name}.events_per_doc`, events / docs.length, 'events/doc', 2);
  figure(`${name}.avg_doc_kb`, bytes / docs.length / 1000, 'kB UTF-8', 2);
}

await timeGazetteerLoad();
const t0 = performance.now();
const { extract } = await fromDist<typeof import('../src/extract/index.js')>('extract/index.js');
figure('extract.import_ms', performance.now() - t0, 'ms');
for (const density of ['report', 'digest'] as const) {
  run(extract, 'en', density);
  run(extract, 'ru', density);
}
runNews(extract, 'en');
runNews(extract, 'ru');
figure('extract.peak_rss_mb', process.resourceUsage().maxRSS / 1024, 'MB');
