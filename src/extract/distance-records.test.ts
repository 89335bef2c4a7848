// "N km from X" in a report: a place (X's surroundings or region), never a count of N (our own words).
import { describe, expect, it } from 'vitest';
import { extract } from './index.js';

const one = (text: string, lang: 'en' | 'ru') =>
  extract({ id: 'd', text, title: null, published: '2024-05-06', lang }).map((r) => ({
    type: r.type,
    admin1: r.admin1,
    quantity: r.quantity,
  }));

describe('a distance from a place in an act', () => {
  it.each([
    ['en', 'On 5 May unknown people set fire to a railway relay cabinet 180 km from Krasnodar.'],
    ['ru', '5 мая в 180 км от Краснодара неизвестные подожгли релейный шкаф.'],
    ['ru', '5 мая неизвестные подожгли релейный шкаф в 180 км от Краснодара.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(one(text, lang)).toEqual([{ type: 'sabotage', admin1: 'RU-KDA', quantity: null }]);
  });
});
