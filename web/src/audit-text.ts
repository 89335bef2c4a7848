// Audit rows in words: "Verified", "Merged event 12 into this one", "Edited place: Vladimir → Kovrov".
// The row's detail is the service's JSON (src/review/service.ts); an action this does not know is still
// shown, with its detail as short "key: value" text rather than raw JSON.
import type { AuditEntry } from './api-types.gen.js';

export interface AuditPart {
  text: string;
  event?: number;
}

const FIELD_NAMES: Record<string, string> = {
  date_end: 'end date',
  admin1: 'region',
  geo_precision: 'location precision',
  quantity_unit: 'quantity unit',
  lat: 'latitude',
  lon: 'longitude',
};

export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(showValue).join('; ') : '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}: ${showValue(x)}`)
      .join(', ');
  return String(v);
}

const ids = (v: unknown): number[] =>
  (Array.isArray(v) ? v : [v]).map(Number).filter((n) => Number.isInteger(n) && n > 0);

/** The sentence for one audit row, as parts (event ids become links in the page). */
export function describeAudit(h: AuditEntry): AuditPart[] {
  const d = (h.detail && typeof h.detail === 'object' ? h.detail : {}) as Record<string, unknown>;
  const t = (text: string): AuditPart => ({ text });
  const ev = (id: number): AuditPart => ({ text: `event ${id}`, event: id });
  const list = (ns: number[]): AuditPart[] =>
    ns.flatMap((n, i) => (i ? [t(i === ns.length - 1 ? ' and ' : ', '), ev(n)] : [ev(n)]));
  const bulk = d.bulk ? ' (bulk action)' : '';
  switch (h.action) {
    case 'verify':
      return [t(`Verified${bulk}`)];
    case 'publish-source':
      return [t("Made a source's title and link public")];
    case 'unpublish-source':
      return [t("Withheld a source's title and link from the public")];
    case 'reject':
      return [t(`Rejected${bulk}`)];
    case 'suggestion_accept':
      if (d.merged !== undefined)
        return [
          t('Accepted the suggestion that '),
          ...list(ids(d.merged)),
          t(' is the same incident (merged into this one)'),
        ];
      if (d.into !== undefined)
        return [
          t('Accepted the suggestion that this is the same incident as '),
          ...list(ids(d.into)),
          t(' (merged into it)'),
        ];
      break;
    case 'suggestion_dismiss':
      if (d.other !== undefined)
        return [t('Dismissed the suggestion that '), ...list(ids(d.other)), t(' is the same incident')];
      break;
    case 'edit': {
      const before = (d.before ?? {}) as Record<string, unknown>;
      const after = (d.after ?? {}) as Record<string, unknown>;
      const keys = Object.keys(after);
      if (!keys.length) return [t('Edited')];
      return [
        t(
          'Edited ' +
            keys.map((k) => `${FIELD_NAMES[k] ?? k}: ${showValue(before[k])} → ${showValue(after[k])}`).join('; '),
        ),
      ];
    }
    case 'merge':
      if (d.merged !== undefined) return [t('Merged '), ...list(ids(d.merged)), t(' into this one')];
      if (d.into !== undefined) return [t('Merged into '), ...list(ids(d.into))];
      break;
    case 'split':
      if (d.restored !== undefined) return [t('Undid the merge of '), ...list(ids(d.restored))];
      if (d.status !== undefined && d.from !== undefined)
        return [t('Taken back out of '), ...list(ids(d.from)), t(`, status ${showValue(d.status)} again`)];
      if (d.to !== undefined)
        return [
          t(`Split ${ids(d.mentions).length === 1 ? 'a mention' : `${ids(d.mentions).length} mentions`} off into `),
          ...list(ids(d.to)),
        ];
      if (d.from !== undefined)
        return [
          t(`Split off from `),
          ...list(ids(d.from)),
          t(` (${ids(d.mentions).length} mention${ids(d.mentions).length === 1 ? '' : 's'})`),
        ];
      break;
    case 'reassign': {
      // the system decided a vague report again when another act of its town became known
      const n = ids(d.mentions).length;
      const what = n === 1 ? 'a report' : `${n} reports`;
      if (d.to !== undefined) return [t(`Moved ${what} automatically to `), ...list(ids(d.to))];
      if (d.from !== undefined) return [t(`Took ${what} over automatically from `), ...list(ids(d.from))];
      break;
    }
  }
  const rest = showValue(d);
  const name = h.action.replace(/_/g, ' ');
  return [t(name.charAt(0).toUpperCase() + name.slice(1) + (rest && rest !== '—' ? ` (${rest})` : ''))];
}
