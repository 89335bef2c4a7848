import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../store/index.js';
import { ACLED_COLUMNS, acledHeader, acledRow, KHRONIKA_COLUMNS, timePrecision } from './acled-csv.js';

const event: EventSummary = {
  id: 42,
  status: 'verified',
  type: 'protest',
  date: '2024-03-02',
  date_end: null,
  date_precision: 'day',
  country: 'RU',
  admin1: 'RU-MOW',
  place: 'Moscow',
  lat: 55.7558,
  lon: 37.6173,
  geo_precision: 1,
  actors: ['Vesna', 'OVD-Info'],
  targets: ['protesters'],
  quantity: 300,
  quantity_unit: 'people',
  fatalities: null,
  aggregate: false,
  notes: 'Hundreds rallied, police said "calm".',
  sources_count: 2,
  merged_into: null,
  created_at: '2024-03-03T10:00:00.000Z',
  updated_at: '2024-03-04T00:00:00.000Z',
};

function parseRow(line: string): string[] {
  // Enough of RFC 4180 for one line without embedded newlines.
  const out: string[] = [];
  const re = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) && m[0] !== '') {
    out.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
    if (m[3] === '') break;
  }
  return out;
}

describe('ACLED-style CSV', () => {
  it('uses ACLED column names first, then our own', () => {
    expect(acledHeader().trim().split(',')).toEqual([...ACLED_COLUMNS, ...KHRONIKA_COLUMNS]);
  });

  it('maps an event onto the columns', () => {
    const cols: string[] = [...ACLED_COLUMNS, ...KHRONIKA_COLUMNS];
    const row = parseRow(
      acledRow(event, [
        {
          document_id: 'a',
          source: 'outlet-a',
          url: 'https://a.example/1',
          title: null,
          published: null,
          publishable: false,
        },
        { document_id: 'b', source: 'outlet-b', url: null, title: null, published: null, publishable: false },
      ]).trimEnd(),
    );
    const get = (c: string) => row[cols.indexOf(c)];
    expect(row).toHaveLength(cols.length);
    expect(get('event_id_cnty')).toBe('KH42');
    expect(get('event_date')).toBe('2024-03-02');
    expect(get('year')).toBe('2024');
    expect(get('time_precision')).toBe('1');
    expect([get('disorder_type'), get('event_type'), get('sub_event_type')]).toEqual([
      'Demonstrations',
      'Protests',
      'Peaceful protest',
    ]);
    expect([get('actor1'), get('assoc_actor_1')]).toEqual(['Vesna', 'OVD-Info']);
    expect([get('country'), get('admin1'), get('location')]).toEqual(['Russia', 'Moscow', 'Moscow']);
    expect(get('source')).toBe('outlet-a; outlet-b');
    expect(get('notes')).toBe('Hundreds rallied, police said "calm".');
    expect(get('fatalities')).toBe('');
    expect(get('tags')).toBe('quantity=300 people');
    expect(get('timestamp')).toBe(String(Date.parse('2024-03-04T00:00:00Z') / 1000));
    expect([get('khronika_type'), get('country_iso'), get('admin1_iso'), get('source_urls')]).toEqual([
      'protest',
      'RU',
      'RU-MOW',
      'https://a.example/1',
    ]);
  });

  it('leaves ACLED type columns empty for types ACLED lacks', () => {
    const cols: string[] = [...ACLED_COLUMNS, ...KHRONIKA_COLUMNS];
    const row = parseRow(acledRow({ ...event, type: 'statement', notes: null }, []).trimEnd());
    expect(row[cols.indexOf('event_type')]).toBe('');
    expect(row[cols.indexOf('khronika_type')]).toBe('statement');
  });

  it.each([
    [{ date: '2024-03-02', date_end: null, date_precision: 'day' }, 1],
    [{ date: '2024-03-02', date_end: '2024-03-05', date_precision: 'range' }, 2],
    [{ date: '2024-02-24', date_end: '2024-03-30', date_precision: 'range' }, 3],
    [{ date: '2024-03', date_end: null, date_precision: 'month' }, 3],
    [{ date: null, date_end: null, date_precision: null }, null],
  ])('time_precision %j → %s', (d, p) => expect(timePrecision(d)).toBe(p));
});
