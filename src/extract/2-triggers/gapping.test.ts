import { describe, it, expect } from 'vitest';
import { gappedClauseMap } from './gapping.js';
import { clauseBounds } from '../1-sentences/clauses.js';
import { extract } from '../index.js';

const map = (s: string) => gappedClauseMap(s, clauseBounds(s), 'ru', (c) => c === 0);

describe('gappedClauseMap: a dash for the verb a list leaves out', () => {
  it.each([
    // count before the place, the verb told once
    ['В Казани задержали 30 человек, 12 — в Уфе, 9 — в Самаре.', [0, 0, 0]],
    // place, then the count
    ['Больше всего арестов прошло в Туле — не менее 40.', [0, 0]],
    // a dash that opens a clause of its own with a verb is no gap
    ['Акцию разогнали в Туле — об этом сообщили правозащитники.', [0, 1]],
    ['Его задержали — он стоял с плакатом у мэрии.', [0, 1]],
  ] as const)('%s', (s, want) => {
    expect(map(s)).toEqual(want);
  });
  it('leaves English alone', () => {
    const s = 'Police detained 30 in Kazan — 12 in Ufa.';
    expect(gappedClauseMap(s, clauseBounds(s), 'en', () => false)).toEqual(clauseBounds(s).map((_, i) => i));
  });
});

describe('extract: each part of a gapped list is its own record with its count', () => {
  it('codes one detention per city', () => {
    const got = extract({
      id: 't',
      title: null,
      lang: 'ru',
      published: '2023-03-10',
      text: 'В воскресенье в Казани задержали 30 человек, 12 — в Уфе, 9 — в Самаре.',
    })
      .filter((r) => r.type === 'arrest')
      .map((r) => `${r.place} ${r.quantity}`);
    expect(got).toEqual(expect.arrayContaining(['Kazan 30', 'Ufa 12', 'Samara 9']));
  });
  it('takes the count after the dash', () => {
    const got = extract({
      id: 't',
      title: null,
      lang: 'ru',
      published: '2023-03-10',
      text: 'Больше всего людей задержали в Туле — не менее 40.',
    });
    expect(got.filter((r) => r.type === 'arrest').map((r) => `${r.place} ${r.quantity}`)).toEqual(['Tula 40']);
  });
});

describe('ru: gapped parts joined by «и» alone', () => {
  it('gives each city its own count', () => {
    const got = extract({
      id: 't',
      title: null,
      text: 'Больше всего задержаний в Москве — 1800 и в Санкт-Петербурге — 790.',
      published: '2022-03-07',
      lang: 'ru',
    });
    expect(got.map((r) => [r.place, r.quantity])).toEqual([
      ['Moscow', 1800],
      ['Saint Petersburg', 790],
    ]);
  });
});
