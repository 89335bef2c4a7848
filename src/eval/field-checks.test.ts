import { describe, expect, it } from 'vitest';
import { actorF1, admin1Exact, checkFields, dateExact, placeRight, quantityExact } from './field-checks.js';
import { haversineKm } from './geo-distance.js';
import { gold, pred } from './test-events.js';

describe('dateExact', () => {
  it.each([
    [{ date: '2022-09-25' }, { date: '2022-09-25' }, true],
    [{ date: '2022-09-26' }, { date: '2022-09-25' }, false],
    [{ date: '2022-09' }, { date: '2022-09-25' }, false],
    [{ date: '2022-09-21', date_end: '2022-09-25' }, { date: '2022-09-21', date_end: '2022-09-25' }, true],
    [{ date: '2022-09-21' }, { date: '2022-09-21', date_end: '2022-09-25' }, false],
    [{ date: '2022-09-21' }, { date: null }, null],
  ])('%o vs gold %o → %s', (p, g, expected) => {
    expect(dateExact(pred(p), gold(g))).toBe(expected);
  });
});

describe('placeRight', () => {
  const makhachkala = { place: 'Makhachkala', lat: 42.98, lon: 47.5 };
  it.each([
    ['same name', { place: 'Makhachkala' }, true],
    ['case and accents', { place: 'MAKHACHKALÁ' }, true],
    ['other name within 25 km (Kaspiysk is ~17 km)', { place: 'Kaspiysk', lat: 42.88, lon: 47.64 }, true],
    ['other name beyond 25 km (Buynaksk)', { place: 'Buynaksk', lat: 42.82, lon: 47.12 }, false],
    ['no name, no point', { place: null }, false],
  ])('%s', (_label, p, expected) => {
    expect(placeRight(pred(p), gold(makhachkala))).toBe(expected);
  });
  it('is null when gold names no place', () => {
    expect(placeRight(pred(makhachkala), gold({ admin1: 'RU-DA' }))).toBeNull();
  });
  it('haversine agrees with a known distance (Moscow–St Petersburg ≈ 634 km)', () => {
    expect(haversineKm(55.7558, 37.6173, 59.9386, 30.3141)).toBeGreaterThan(625);
    expect(haversineKm(55.7558, 37.6173, 59.9386, 30.3141)).toBeLessThan(645);
  });
});

describe('admin1Exact and quantityExact', () => {
  it.each([
    [admin1Exact, { admin1: 'RU-DA' }, { admin1: 'RU-DA' }, true],
    [admin1Exact, { admin1: 'RU-CE' }, { admin1: 'RU-DA' }, false],
    [admin1Exact, { admin1: 'RU-CE' }, { admin1: null }, null],
    [quantityExact, { quantity: 840 }, { quantity: 840 }, true],
    [quantityExact, { quantity: 84 }, { quantity: 840 }, false],
    [quantityExact, { quantity: null }, { quantity: 840 }, false],
    [quantityExact, { quantity: 5 }, { quantity: null }, null],
  ] as const)('%#', (check, p, g, expected) => {
    expect(check(pred(p), gold(g))).toBe(expected);
  });
});

describe('actorF1', () => {
  it.each([
    [['Free Russia Forum'], ['free russia forum'], 1],
    [['Ilya Ponomarëv'], ['Ilya Ponomarev'], 1],
    [['A', 'B'], ['A'], 2 / 3],
    [['C'], ['A', 'B'], 0],
    [[], ['A'], 0],
  ])('%o vs gold %o → %s', (p, g, expected) => {
    expect(actorF1(pred({ actors: p }), gold({ actors: g }))).toBeCloseTo(expected, 6);
  });
  it('is null when gold names no actor', () => {
    expect(actorF1(pred({ actors: ['A'] }), gold({ actors: [] }))).toBeNull();
  });
  it('uses the given alias folder', () => {
    const alias = (n: string): string => (n === 'RDK' ? 'russian volunteer corps' : n.toLowerCase());
    expect(actorF1(pred({ actors: ['RDK'] }), gold({ actors: ['Russian Volunteer Corps'] }), alias)).toBe(1);
  });
});

describe('checkFields', () => {
  it('reports every field at once', () => {
    const g = gold({
      date: '2022-09-25',
      admin1: 'RU-DA',
      place: 'Makhachkala',
      lat: 42.98,
      lon: 47.5,
      quantity: 100,
      actors: ['X'],
    });
    const p = pred({ date: '2022-09-25', admin1: 'RU-DA', place: 'Makhachkala', quantity: 120, actors: [] });
    expect(checkFields(p, g)).toEqual({ date: true, admin1: true, place: true, quantity: false, actors: 0 });
  });
});
