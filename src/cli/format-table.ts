// A readable fixed-width table of event records for the terminal.
import type { EventRecord } from '../model/event.js';

const COLUMNS: [string, number, (r: EventRecord) => string][] = [
  ['doc', 12, (r) => r.doc],
  ['type', 12, (r) => r.type],
  ['date', 21, (r) => (r.date ? (r.date_end ? `${r.date}..${r.date_end}` : r.date) : '—')],
  ['where', 28, (r) => [r.place, r.admin1 ?? r.country].filter(Boolean).join(', ') || '—'],
  ['qty', 12, (r) => (r.quantity === null ? '' : `${r.quantity} ${r.quantity_unit ?? ''}`.trim())],
  ['actors', 30, (r) => r.actors.join('; ')],
  ['evidence', 60, (r) => r.evidence.replace(/\s+/g, ' ')],
];

function cell(s: string, w: number): string {
  // Control characters from report text must not reach the terminal.
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  return clean.length > w ? clean.slice(0, w - 1) + '…' : clean.padEnd(w);
}

export function formatTable(records: EventRecord[]): string {
  const head = COLUMNS.map(([name, w]) => cell(name, w)).join(' ');
  const rows = records.map((r) => COLUMNS.map(([, w, f]) => cell(f(r), w)).join(' '));
  return [head, '-'.repeat(head.length), ...rows].join('\n');
}
