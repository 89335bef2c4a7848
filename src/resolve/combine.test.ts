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
