import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event.js';
import type { EventQuery } from '../model/query.js';
import type { NewDocument } from '../store/index.js';
import { record, sqliteTestStore, type TestStore } from '../store/test-support.js';
import { exportEvents } from './index.js';

describe('exportEvents', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await sqliteTestStore();
    // 1,205 distinct incidents (each in its own town): more than one export page
    const batch: { doc: NewDocument; records: EventRecord[] }[] = [];
    for (let i = 0; i < 1205; i++) {
      const day = `2024-0${1 + (i % 9)}-1${i % 10}`;
      batch.push({ doc: { source: 's', externalId: String(i), text: `report ${i}`, url: `https://s.example/${i}` }, records:
        [record({ date: day, place: `Town ${i}`, lat: i % 2 ? 55.75 : null, lon: i % 2 ? 37.6 : null, evidence: `report ${i}` })] });
    }
    await t.store.mentions.addDocuments(batch);
  }, 60_000);
  afterAll(async () => t?.dispose());

  async function run(format: 'acled-csv' | 'geojson' | 'jsonl', q: Partial<EventQuery> = {}) {
    let text = '';
    const n = await exportEvents(t.store.events, q as EventQuery, format, (c) => { text += c; });
    return { n, text };
  }

  it('JSONL: every matching event, with its sources, past the page size', async () => {
    const { n, text } = await run('jsonl');
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(n).toBe(1205);
    expect(lines).toHaveLength(1205);
    expect(new Set(lines.map((l) => l.id)).size).toBe(1205);
    expect(lines[0].sources[0]).toMatchObject({ source: 's' });
  });

  it('ACLED CSV: a header and one line per event; filters apply', async () => {
    const { n, text } = await run('acled-csv', { from: '2024-01', to: '2024-01' });
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(n + 1);
    expect(n).toBe(134);
  });

  it('GeoJSON: valid JSON with only the placed events', async () => {
    const { n, text } = await run('geojson');
    const fc = JSON.parse(text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(n);
    expect(n).toBe(602);
  });
});
