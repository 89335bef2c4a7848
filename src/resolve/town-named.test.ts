import { describe, expect, it } from 'vitest';
import { AUTO_JOIN, scorePair } from './score.js';
import type { Incident } from './match.js';
import { atStatedDistance, namesTown, offsetFromRegionCentre, withOffsetRegion } from './town-named.js';

describe('namesTown', () => {
  it('finds a town in Russian case forms and in English', () => {
    expect(namesTown('Весной в Кинешме (Ивановская область) прошёл пикет.', 'Kineshma')).toBe(true);
    expect(namesTown('В Тутаеве сгорел релейный шкаф.', 'Tutayev')).toBe(true);
    expect(namesTown('Kovrov: shots fired at a police post', 'Kovrov')).toBe(true);
  });
  it('not a longer name that starts alike, nor the reference point of "N km from"', () => {
    expect(namesTown('Пожар в Муромцеве.', 'Murom')).toBe(false);
    expect(namesTown('A depot 40 km from Kovrov burned.', 'Kovrov')).toBe(false);
  });
});

describe('a region-level report whose sentence names the town', () => {
  const event: Incident = {
    type: 'protest',
    date: '2024-05-14',
    date_end: null,
    country: 'RU',
    admin1: 'RU-IVA',
    place: 'Kineshma',
    geo_precision: 1,
    actors: [],
    aggregate: false,
  };
  const vague: Incident = { ...event, date: '2024-05', place: null, geo_precision: 2, aggregate: true };
  it('joins the event in that town', () => {
    expect(
      scorePair(vague, event, { evidence: 'В мае в Кинешме (Ивановская область) жители вышли на пикет.' }).score,
    ).toBeGreaterThanOrEqual(AUTO_JOIN);
  });
  it('is only a suggestion when the sentence names another town', () => {
    expect(
      scorePair(vague, event, { evidence: 'В мае в Шуе (Ивановская область) жители вышли на пикет.' }).score,
    ).toBeLessThan(AUTO_JOIN);
  });
});

describe('"N km from" the town a region is named after', () => {
  const event: Incident = {
    type: 'arson',
    date: '2024-02-03',
    date_end: null,
    country: 'RU',
    admin1: 'RU-IVA',
    place: 'Kineshma',
    geo_precision: 1,
    actors: [],
    aggregate: false,
  };
  const unplaced: Incident = { ...event, admin1: null, place: null, geo_precision: 3 };
  it('places a report that names no region in that region', () => {
    expect(offsetFromRegionCentre('Ночью в 90 км от Иванова подожгли военкомат.', 'RU-IVA')).toBe(true);
    expect(
      scorePair(unplaced, event, { evidence: 'Ночью в 90 км от Иванова подожгли военкомат.' }).score,
    ).toBeGreaterThanOrEqual(AUTO_JOIN);
  });
  it('not in another region, nor without a distance', () => {
    expect(offsetFromRegionCentre('Ночью в 90 км от Иванова подожгли военкомат.', 'RU-VLA')).toBe(false);
    expect(offsetFromRegionCentre('Ночью в Иванове подожгли военкомат.', 'RU-IVA')).toBe(false);
    expect(scorePair(unplaced, event, { evidence: 'Ночью в 90 км от Твери подожгли военкомат.' }).score).toBeLessThan(
      AUTO_JOIN,
    );
  });
});

describe('withOffsetRegion', () => {
  const base = {
    doc: 'd',
    type: 'arson' as const,
    date: '2024-02-03',
    date_end: null,
    country: null,
    admin1: null,
    place: null,
    lat: null,
    lon: null,
    geo_precision: null,
    actors: [],
    targets: [],
    quantity: null,
    quantity_unit: null,
    fatalities: null,
    aggregate: false,
  };
  it('places a report that names only "N km from" a region\'s namesake near that region\'s centre', () => {
    expect(withOffsetRegion({ ...base, evidence: 'Ночью в 90 км от Иванова подожгли военкомат.' })).toMatchObject({
      country: 'RU',
      admin1: 'RU-IVA',
      geo_precision: 2,
    });
    expect(withOffsetRegion({ ...base, evidence: 'A depot burned 60 km from Vladimir overnight.' })).toMatchObject({
      admin1: 'RU-VLA',
    });
  });
  it('leaves a record alone that has a region, names no distance, or whose reference names no region', () => {
    const placed = { ...base, admin1: 'RU-VLA', evidence: 'Ночью в 90 км от Иванова подожгли военкомат.' };
    expect(withOffsetRegion(placed)).toBe(placed);
    expect(withOffsetRegion({ ...base, evidence: 'Ночью в Иванове подожгли военкомат.' }).admin1).toBeNull();
    expect(withOffsetRegion({ ...base, evidence: 'Ночью в 300 км от Уфы подожгли военкомат.' }).admin1).toBeNull();
  });
  it("else takes the region of the town the gazetteer knows, near enough; a federal city's surroundings are another region", () => {
    expect(withOffsetRegion({ ...base, evidence: 'Ночью в 130 км от Уфы подожгли военкомат.' }).admin1).toBe('RU-BA');
    expect(withOffsetRegion({ ...base, evidence: 'Ночью в 100 км от Москвы подожгли военкомат.' }).admin1).toBe(
      'RU-MOS',
    );
  });
});

describe('atStatedDistance', () => {
  const tikhvin = [59.645, 33.514] as const; // about 185 km east of St Petersburg
  const luga = [58.737, 29.846] as const; // about 125 km south
  it.each([
    ['ru', 'В 200 км от Петербурга неизвестные подожгли релейный шкаф.', tikhvin, true],
    ['ru', 'В 200 км от Петербурга неизвестные подожгли релейный шкаф.', luga, false],
    ['en', 'A relay box was set on fire about 200 km from St Petersburg.', tikhvin, true],
    ['en', 'A relay box was set on fire about 200 km from St Petersburg.', luga, false],
    ['en', 'A relay box was set on fire in Tikhvin.', tikhvin, false],
  ] as const)('%s: %s', (_, text, [lat, lon], want) => {
    expect(atStatedDistance(text, lat, lon)).toBe(want);
  });
  it('needs the point', () => {
    expect(atStatedDistance('200 km from St Petersburg', null, null)).toBe(false);
  });
});
