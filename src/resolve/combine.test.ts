import { describe, expect, it } from 'vitest';
import { record } from '../store/test-support.js';
import { combine, primaryRecord } from './combine.js';

describe('combine', () => {
  it('takes place and date from the most precise report and unions the rest', () => {
    const region = record({
      place: null,
      lat: null,
      lon: null,
      geo_precision: 2,
      actors: ['OVD-Info'],
      evidence: 'region report',
    });
    const town = record({
      actors: ['ovd info', 'Moscow police'],
      quantity: 12,
      quantity_unit: 'people',
      evidence: 'town report',
    });
    const big = record({ quantity: 40, quantity_unit: 'people', fatalities: 0, evidence: 'bigger count' });
    const f = combine([region, town, big]);
    expect(f.place).toBe('Moscow');
    expect(f.geo_precision).toBe(1);
    expect(f.notes).toBe('town report');
    expect(f.actors).toEqual(['OVD-Info', 'Moscow police']);
    expect(f.quantity).toBe(40);
    expect(f.fatalities).toBe(0);
  });

  it('codes a protest that another report calls a riot as a riot', () => {
    expect(combine([record({ type: 'protest' }), record({ type: 'riot' })]).type).toBe('riot');
    expect(combine([record({ type: 'protest' })]).type).toBe('protest');
  });

  it('prefers a day over a month, then higher confidence, then the first', () => {
    const month = record({ date: '2024-03', evidence: 'm' });
    const day = record({ confidence: 0.4, evidence: 'd1' });
    const sure = record({ confidence: 0.9, evidence: 'd2' });
    expect(primaryRecord([month, day]).evidence).toBe('d1');
    expect(primaryRecord([month, day, sure]).evidence).toBe('d2');
    expect(primaryRecord([day, record({ confidence: 0.4, evidence: 'd3' })]).evidence).toBe('d1');
  });

  it('refuses an empty list', () => {
    expect(() => combine([])).toThrow();
  });
});

describe('combine: place and day from different reports', () => {
  // a headline names the town but no day; the body gives the day but only the region
  const headline = record({ date: null, aggregate: true, evidence: 'Moscow residents rally for their hospital' });
  const body = record({
    place: null,
    lat: null,
    lon: null,
    geo_precision: 2,
    evidence: 'About forty people rallied in the Moscow region on 2 March.',
  });
  it.each([
    ['headline first', [headline, body]],
    ['body first', [body, headline]],
  ])('the town of one and the day of the other (%s)', (_, records) => {
    const f = combine(records);
    expect(f).toMatchObject({ place: 'Moscow', geo_precision: 1, date: body.date, aggregate: false });
  });

  it('not a day from another region, nor one outside the town report’s month', () => {
    const month = record({ date: '2024-03', aggregate: true, evidence: 'in March' });
    expect(combine([month, { ...body, admin1: 'RU-SPE' }]).date).toBe('2024-03');
    expect(combine([month, { ...body, date: '2024-04-02' }]).date).toBe('2024-03');
    expect(combine([month, body]).date).toBe(body.date);
  });
});
