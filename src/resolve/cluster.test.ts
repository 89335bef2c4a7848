import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EventRecordSchema, type EventRecord } from '../model/event.js';
import { record } from '../store/test-support.js';
import { cluster } from './cluster.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/one-incident-4-outlets.json', import.meta.url), 'utf8')) as { incident: unknown[]; apart: unknown[] };
const incident = fixture.incident.map((r) => EventRecordSchema.parse(r));
const apart = fixture.apart.map((r) => EventRecordSchema.parse(r));

describe('cluster', () => {
  it('four outlets (English and Russian) reporting one arson become one event with four sources', () => {
    const clusters = cluster([...incident, ...apart]);
    const main = clusters.find((c) => c.records.length > 1)!;
    expect(main.records.map((r) => r.doc)).toEqual(incident.map((r) => r.doc));
    expect(main.fields).toMatchObject({ type: 'arson', place: 'Yekaterinburg', admin1: 'RU-SVE', geo_precision: 1, fatalities: 0 });
    expect(main.fields.actors).toEqual(['Yekaterinburg police']);
    // the other town, the other day and the regional tally stay separate events
    expect(clusters).toHaveLength(1 + apart.length);
  });

  it('keeps two records of one document apart even when they look alike', () => {
    const a = record({ doc: 'x', evidence: 'first rally' });
    const b = record({ doc: 'x', evidence: 'second rally' });
    expect(cluster([a, b])).toHaveLength(2);
  });

  it('Russian reports of one protest merge; a tally merges only with a tally', () => {
    const rs: EventRecord[] = [
      record({ doc: 'ru1', place: 'Ufa', admin1: 'RU-BA', evidence: 'В Уфе прошёл митинг у здания суда.' }),
      record({ doc: 'ru2', place: 'Ufa', admin1: 'RU-BA', type: 'riot', evidence: 'У суда в Уфе произошли столкновения с полицией.' }),
      record({ doc: 'ru3', place: null, admin1: null, aggregate: true, quantity: 40, evidence: 'По всей стране задержаны 40 человек.' }),
      record({ doc: 'ru4', place: null, admin1: null, aggregate: true, quantity: 45, evidence: 'Всего задержаны 45 человек.' }),
    ];
    const cs = cluster(rs);
    expect(cs.map((c) => c.records.map((r) => r.doc))).toEqual([['ru1', 'ru2'], ['ru3', 'ru4']]);
    expect(cs[0].fields.type).toBe('riot');
    expect(cs[1].fields.quantity).toBe(45);
  });
});
