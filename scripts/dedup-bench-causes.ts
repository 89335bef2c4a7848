// Why incidents split in the de-duplication benchmark, counted. Ingests the benchmark's generated
// reports (bench/syndication.ts, seed 2024, cut to the benchmark's size) in-process and classifies
// every mention of an incident's type that is not in the incident's largest event, by the report's
// variant (a copy, or a retelling at another precision), where in the report it came from (headline
// or body), and whether a careful reader with every incident's facts could tell which incident it
// is (a month-precise report of a town where two rallies happened that month cannot be told).
// Also counts mentions that ended in another incident's event (what costs precision).
// Usage: npx tsx scripts/dedup-bench-causes.ts [docs=20000] [examples per class=2]
import { rmSync } from 'node:fs';
import { storeGenerated } from './lib/generated-store.js';
import { generateSyndication, type GeneratedReport } from '../bench/syndication.js';
import type { EventRecord } from '../src/model/event.js';

const DOCS = Number(process.argv[2] ?? 20_000);
const EXAMPLES = Number(process.argv[3] ?? 2);
const reports = generateSyndication({ incidents: Math.ceil(DOCS / 55), seed: 2024 }).slice(0, DOCS);
const byId = new Map(reports.map((r) => [r.id, r]));

// The facts of each incident, from its reports' ground truth: town (from the headline, which always
// names it), type and day (the day-precise original's publication is the day after).
interface Facts {
  town: string;
  type: string;
  day: string;
  published: string;
}
const facts = new Map<number, Facts>();
for (const r of reports)
  if (!facts.has(r.incident)) facts.set(r.incident, { town: '', type: r.type, day: '', published: r.published });
// Town and day from the original English text of any day-precise telling.
for (const r of reports) {
  const f = facts.get(r.incident)!;
  if (f.day) continue;
  const m = /in ([A-Z][\w-]+(?: [A-Z][\w-]+)?), [\w -]+?, on (\d+) (\w+) 2024/.exec(r.text);
  if (!m) continue;
  const month = new Date(`${m[3]} 1, 2024`).getMonth() + 1;
  f.town = m[1];
  f.day = `2024-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

const dayNo = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** Other incidents a careful reader could not rule out for this report (same type and town, a fitting day). */
function rivals(r: GeneratedReport, headlineOnly: boolean): number[] {
  const own = facts.get(r.incident)!;
  const pub = dayNo(r.published);
  const out: number[] = [];
  for (const [id, f] of facts) {
    if (id === r.incident || f.type !== own.type || f.town !== own.town || !f.day) continue;
    const d = dayNo(f.day);
    const fits = headlineOnly
      ? d <= pub && pub - d <= 14
      : r.variant === 'month'
        ? f.day.slice(0, 7) === own.day.slice(0, 7) && d <= pub + 1
        : r.variant === 'undated'
          ? d <= pub && pub - d <= 6
          : f.day === own.day;
    if (fits) out.push(id);
  }
  return out;
}

const { store, dir } = await storeGenerated(reports, 'dedup-causes-');
const rows = await store.db
  .selectFrom('mentions')
  .innerJoin('documents', 'documents.id', 'mentions.document_id')
  .innerJoin('events', 'events.id', 'mentions.event_id')
  .select(['documents.external_id', 'mentions.type', 'mentions.event_id', 'events.merged_into', 'mentions.record'])
  .execute();

interface M {
  report: GeneratedReport;
  event: number;
  rec: EventRecord;
  headline: boolean;
}
const ofIncident = new Map<number, M[]>();
const otherType = new Map<string, number>();
for (const row of rows) {
  const report = byId.get(row.external_id);
  if (!report) continue;
  const rec = JSON.parse(row.record) as EventRecord;
  if (!(row.type === report.type || (report.type === 'protest' && row.type === 'riot'))) {
    const k = `${report.type}→${row.type} (${report.lang}) "${rec.evidence.slice(0, 70)}"`;
    otherType.set(k, (otherType.get(k) ?? 0) + 1);
    continue;
  }
  const list = ofIncident.get(report.incident) ?? [];
  list.push({ report, event: row.merged_into ?? row.event_id, rec, headline: rec.evidence === report.title });
  ofIncident.set(report.incident, list);
}

// Each event's owner: the incident with most mentions in it.
const perEvent = new Map<number, Map<number, number>>();
for (const [inc, ms] of ofIncident)
  for (const m of ms) {
    const c = perEvent.get(m.event) ?? new Map<number, number>();
    c.set(inc, (c.get(inc) ?? 0) + 1);
    perEvent.set(m.event, c);
  }
const owner = new Map([...perEvent].map(([ev, c]) => [ev, [...c].sort((a, b) => b[1] - a[1])[0][0]]));

const classes = new Map<string, { n: number; examples: string[] }>();
const note = (cls: string, example: string) => {
  const c = classes.get(cls) ?? { n: 0, examples: [] };
  c.n++;
  if (c.examples.length < EXAMPLES) c.examples.push(example);
  classes.set(cls, c);
};
const fmt = (r: EventRecord) =>
  `${r.date}${r.date_end ? `..${r.date_end}` : ''} ${r.admin1}/${r.place}(p${r.geo_precision}) agg=${r.aggregate}`;
let split = 0;
let oneEvent = 0;
let eventsTotal = 0;
for (const [inc, ms] of ofIncident) {
  const sizes = new Map<number, number>();
  for (const m of ms) sizes.set(m.event, (sizes.get(m.event) ?? 0) + 1);
  eventsTotal += sizes.size;
  if (sizes.size === 1) oneEvent++;
  const main = [...sizes].sort((a, b) => b[1] - a[1])[0][0];
  const mainFacts = facts.get(inc)!;
  for (const m of ms) {
    if (m.event === main) continue;
    split++;
    const kind = m.headline ? 'headline' : 'body';
    const langMismatch = /[\u0400-\u04FF]/.test(m.report.text.slice(0, 40)) !== (m.report.lang === 'ru');
    const rv = rivals(m.report, m.headline);
    // Of the ambiguous, those a reader would still place: its own act came right before publication
    // (two days) and no rival did ("reported right after it", score.ts).
    const pub = dayNo(m.report.published);
    const recent = (day: string) => pub - dayNo(day) >= 0 && pub - dayNo(day) <= 2;
    const byRecency =
      rv.length > 0 &&
      recent(facts.get(inc)!.day) &&
      !rv.some((i) => recent(facts.get(i)!.day) || dayNo(facts.get(i)!.day) > pub);
    const where = owner.get(m.event) === inc ? 'own event' : `another incident's event`;
    const cls = `${m.report.variant.padEnd(12)} ${kind.padEnd(8)} ${langMismatch ? 'LANG-MISMATCH ' : ''}${rv.length ? (byRecency ? 'placed-by-recency' : 'ambiguous-for-reader') : 'resolvable'} → ${where}`;
    note(
      cls,
      `inc ${inc} (${mainFacts.type} ${mainFacts.town} ${mainFacts.day}, pub ${m.report.published}) rivals [${rv.map((i) => facts.get(i)!.day).join(', ')}] ${fmt(m.rec)} "${m.rec.evidence.slice(0, 110)}"`,
    );
  }
}
const total = [...ofIncident.values()].reduce((a, b) => a + b.length, 0);
console.log(
  `${reports.length} reports, ${ofIncident.size} incidents: events/incident ${(eventsTotal / ofIncident.size).toFixed(3)}, in one event ${((100 * oneEvent) / ofIncident.size).toFixed(1)}%; ${split} of ${total} mentions outside their incident's largest event`,
);
let wrong = 0;
let pairsAll = 0;
let pairsSame = 0;
for (const c of perEvent.values()) {
  const n = [...c.values()].reduce((a, b) => a + b, 0);
  pairsAll += (n * (n - 1)) / 2;
  for (const k of c.values()) pairsSame += (k * (k - 1)) / 2;
  wrong += n - Math.max(...c.values());
}
console.log(
  `pairwise precision ${(pairsSame / pairsAll).toFixed(4)}; ${wrong} mentions in an event another incident owns`,
);
// Wrong joins: each event holding mentions of two or more incidents, by the minority's variant.
const mixed = new Map<string, number>();
for (const [inc, ms] of ofIncident)
  for (const m of ms) {
    if (owner.get(m.event) === inc) continue;
    const own = facts.get(owner.get(m.event)!)!;
    const f = facts.get(inc)!;
    const k = `${m.report.variant} ${m.headline ? 'headline' : 'body'}: ${f.town} ${f.day} in the event of ${own.town} ${own.day}${f.town === own.town ? '' : ' (other town)'}`;
    mixed.set(k, (mixed.get(k) ?? 0) + 1);
  }
console.log('wrong joins (variant, incident, event owner):');
for (const [k, n] of [...mixed].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(n).padStart(5)}  ${k}`);
const audits = await store.db
  .selectFrom('audit_log')
  .select(['action', (eb) => eb.fn.countAll().as('n')])
  .groupBy('action')
  .execute();
console.log(`system audit rows: ${audits.map((a) => `${a.action} ${a.n}`).join(', ')}`);
console.log('\nmentions outside the largest event, by class:');
for (const [cls, c] of [...classes].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${String(c.n).padStart(5)}  ${cls}`);
  for (const e of c.examples) console.log(`         ${e}`);
}
console.log('\nmentions of another type than the incident (top 12):');
for (const [k, n] of [...otherType].sort((a, b) => b[1] - a[1]).slice(0, 12))
  console.log(`${String(n).padStart(5)}  ${k}`);
// SHOW=inc,inc: every event holding an incident's mentions, with the mentions' incidents and records.
for (const inc of (process.env.SHOW ?? '').split(',').filter(Boolean).map(Number)) {
  const f = facts.get(inc)!;
  console.log(`\n== incident ${inc}: ${f.type} ${f.town} ${f.day}`);
  const evs = new Set((ofIncident.get(inc) ?? []).map((m) => m.event));
  for (const ev of evs) {
    const e = await store.db.selectFrom('events').selectAll().where('id', '=', ev).executeTakeFirstOrThrow();
    console.log(
      `  event ${ev}: ${e.date}${e.date_end ? `..${e.date_end}` : ''} ${e.place}(p${e.geo_precision}) first ${e.first_reported} sources ${e.sources_count}`,
    );
    const inEv = [...ofIncident].flatMap(([i, ms]) => ms.filter((m) => m.event === ev).map((m) => ({ i, m })));
    const groups = new Map<string, number>();
    for (const { i, m } of inEv) {
      const k = `inc ${i} ${m.report.variant} ${m.headline ? 'headline' : 'body'} pub ${m.report.published} ${fmt(m.rec)}`;
      groups.set(k, (groups.get(k) ?? 0) + 1);
    }
    for (const [k, n] of groups) console.log(`     ${String(n).padStart(3)} × ${k}`);
  }
}
for (const id of (process.env.SHOW_AUDIT ?? '').split(',').filter(Boolean).map(Number))
  for (const a of await store.db.selectFrom('audit_log').selectAll().where('event_id', '=', id).execute())
    console.log(`audit ${id}: ${a.action} ${a.detail.slice(0, 300)}`);
await store.close();
rmSync(dir, { recursive: true, force: true });
