// Renders an EvalReport as a plain-text report for a terminal; `verbose` adds each document's false
// positives, misses and wrong fields, for development.
import type { EvalReport, Share } from './score-extraction.js';
import type { Prf } from './prf.js';
import type { PredictedEvent, ScoredGold } from './agreement.js';

const pct = (x: number | null): string => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);

function prfRow(label: string, p: Prf, width: number): string {
  return [
    label.padEnd(width),
    pct(p.precision),
    pct(p.recall),
    pct(p.f1),
    String(p.tp).padStart(5),
    String(p.fp).padStart(5),
    String(p.fn).padStart(5),
    String(p.optional).padStart(5),
  ].join('  ');
}

function prfTable(title: string, rows: Record<string, Prf>): string[] {
  const width = Math.max(12, ...Object.keys(rows).map((k) => k.length));
  const header = [title.padEnd(width), '  prec', 'recall', '    F1', '   TP', '   FP', '   FN', '  opt'].join('  ');
  return [header, ...Object.entries(rows).map(([k, p]) => prfRow(k, p, width))];
}

function shareRow(label: string, s: Share): string {
  return `  ${label.padEnd(14)} ${pct(s.share)}  (${s.correct}/${s.total})`;
}

/** One line describing an event: type, date, place, quantity and the start of its evidence. */
export function describeEvent(e: PredictedEvent | ScoredGold): string {
  const date = e.date ? (e.date_end ? `${e.date}..${e.date_end}` : e.date) : 'undated';
  const place = [e.place, e.admin1 ?? e.country].filter(Boolean).join(', ') || 'no place';
  const qty = e.quantity == null ? '' : ` q=${e.quantity}`;
  const ev = e.evidence.length > 90 ? `${e.evidence.slice(0, 87)}...` : e.evidence;
  return `${e.type} ${date} [${place}]${qty} "${ev}"`;
}

export function formatReport(r: EvalReport, verbose = false): string {
  const o = r.overall;
  const out: string[] = [
    `Documents scored: ${r.documents}`,
    `Overall: precision ${pct(o.precision).trim()}  recall ${pct(o.recall).trim()}  F1 ${pct(o.f1).trim()}` +
      `  (TP ${o.tp}, FP ${o.fp}, FN ${o.fn}; ${o.optional} matched optional)`,
    '',
    ...prfTable('type', r.byType),
    '',
    ...prfTable('language', r.byLanguage),
    '',
    'Field accuracy over matched pairs (where gold has the field):',
    shareRow('date', r.fields.date),
    shareRow('admin1', r.fields.admin1),
    shareRow('place', r.fields.place),
    shareRow('quantity', r.fields.quantity),
    `  ${'actors (F1)'.padEnd(14)} ${pct(r.fields.actors.meanF1)}  (${r.fields.actors.pairs} pairs)`,
  ];
  if (verbose) {
    for (const d of r.perDocument) {
      if (d.falsePositives.length + d.misses.length + d.mismatches.length === 0) continue;
      out.push('', `== ${d.doc} (${d.lang}): TP ${d.tp}, FP ${d.fp}, FN ${d.fn}`);
      for (const e of d.falsePositives) out.push(`  FP   ${describeEvent(e)}`);
      for (const e of d.misses) out.push(`  MISS ${describeEvent(e)}`);
      for (const m of d.mismatches) {
        out.push(
          `  WRONG ${m.fields.join(',')}: got ${describeEvent(m.pred)}`,
          `        want ${describeEvent(m.gold)}`,
        );
      }
    }
  }
  return out.join('\n');
}
