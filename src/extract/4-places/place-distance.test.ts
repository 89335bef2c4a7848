// Bearings and distances from a named place (EVENTS.md, Conventions: places), in our own words.
import { describe, expect, it } from 'vitest';
import { findPlaces } from './index.js';
import type { Lang } from '../types.js';

const first = (text: string, lang: Lang) => {
  const m = findPlaces(text, lang)[0];
  return m ? { name: m.place.name, kind: m.place.kind, near: m.near } : null;
};

describe('a place told by its bearing or distance', () => {
  const rows: [Lang, string, { name: string; kind: string; near: boolean }][] = [
    ['en', 'Partisans burned a relay cabinet north-east of Minsk.', { name: 'Minsk', kind: 'settlement', near: true }],
    ['en', 'A transformer blew up 15 km south of Kazan.', { name: 'Kazan', kind: 'settlement', near: true }],
    ['en', 'A fuel train derailed 100 km north-east of Moscow.', { name: 'Russia', kind: 'country', near: false }],
    [
      'en',
      'A relay box burned some 120 km from Novosibirsk.',
      { name: 'Novosibirsk Oblast', kind: 'region', near: false },
    ],
    ['ru', 'В 20 км от Казани подожгли вышку связи.', { name: 'Kazan', kind: 'settlement', near: true }],
    [
      'ru',
      'В 150 километрах к северу от Москвы сгорел релейный шкаф.',
      { name: 'Russia', kind: 'country', near: false },
    ],
    // a regional centre whose region shares its name is no city-region: 200 km out is still its region
    [
      'en',
      'A signal box was torched about 200 km from Krasnodar.',
      { name: 'Krasnodar Krai', kind: 'region', near: false },
    ],
    ['ru', 'В 180 км от Краснодара подожгли вышку связи.', { name: 'Krasnodar Krai', kind: 'region', near: false }],
    ['ru', 'Поезд сошёл с рельсов к западу от Минска.', { name: 'Minsk', kind: 'settlement', near: true }],
  ];
  it.each(rows)('%s: %s', (lang, text, want) => {
    expect(first(text, lang)).toEqual(want);
  });

  it('a bare "from" is no bearing: an origin keeps its place', () => {
    expect(first('Two activists from Perm were detained.', 'en')).toEqual({
      name: 'Perm',
      kind: 'settlement',
      near: false,
    });
  });
});
