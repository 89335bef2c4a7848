import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/event.js';
import type { EventQuery } from '../model/query.js';
import { eventFeature, type NewDocument } from '../store/index.js';
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
      batch.push({
        doc: { source: 's', externalId: String(i), text: `report ${i}`, url: `https://s.example/${i}` },
        records: [
          record({
            date: day,
            place: `Town ${i}`,
            lat: i % 2 ? 55.75 : null,
            lon: i % 2 ? 37.6 : null,
            evidence: `report ${i}`,
          }),
        ],
      });
    }
    await t.store.mentions.addDocuments(batch);
  }, 60_000);
  afterAll(async () => t?.dispose());

  async function run(format: 'acled-csv' | 'geojson' | 'jsonl', q: Partial<EventQuery> = {}) {
    let text = '';
    const n = await exportEvents(t.store.events, q as EventQuery, format, (c) => {
      text += c;
    });
    return { n, text };
  }

  it('JSONL: every matching event, with its sources, past the page size', async () => {
    const { n, text } = await run('jsonl');
    const lines = text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
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

  it("GeoJSON: each feature is the API's feature of the event (one builder), with its sources", async () => {
    const fc = JSON.parse((await run('geojson')).text) as {
      features: { id: number; properties: Record<string, unknown> }[];
    };
    const api = await t.store.events.geojson({} as EventQuery);
    const byId = new Map(api.features.map((f) => [f.id, f]));
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      const { sources, ...rest } = f.properties;
      expect({ ...f, properties: rest }).toEqual(JSON.parse(JSON.stringify(byId.get(f.id))));
      expect(sources).toEqual([expect.objectContaining({ source: 's' })]);
    }
  });
});

describe('eventFeature', () => {
  const e = {
    id: 7,
    status: 'verified',
    type: 'protest',
    date: '2024-05-01',
    date_end: null,
    date_precision: 'day',
    country: 'RU',
    admin1: 'RU-MOW',
    place: 'Moscow',
    lat: 55.75,
    lon: 37.62,
    geo_precision: 1,
    actors: [],
    targets: [],
    quantity: null,
    quantity_unit: null,
    fatalities: null,
    aggregate: false,
    notes: 'a sentence',
    sources_count: 1,
    merged_into: null,
    created_at: 'c',
    updated_at: 'u',
  } as const;

  it('puts the point in the geometry as [lon, lat] and every other field in the properties', () => {
    const f = eventFeature({ ...e, actors: [], targets: [] }, { withNotes: true })!;
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [37.62, 55.75] });
    expect(f.id).toBe(7);
    expect(Object.keys(f.properties).sort()).toEqual(
      Object.keys(e)
        .filter((k) => k !== 'lat' && k !== 'lon')
        .sort(),
    );
  });

  it('leaves the notes out when asked, adds extra properties, and has no feature for an unplaced event', () => {
    expect(eventFeature({ ...e, actors: [], targets: [] }, { withNotes: false })!.properties).not.toHaveProperty(
      'notes',
    );
    expect(
      eventFeature({ ...e, actors: [], targets: [] }, { withNotes: true, extra: { sources: [] } })!.properties,
    ).toMatchObject({ sources: [], notes: 'a sentence' });
    expect(eventFeature({ ...e, actors: [], targets: [], lat: null, lon: null }, { withNotes: true })).toBeNull();
  });
});
