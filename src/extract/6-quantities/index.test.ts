import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { findQuantities } from './index.js';

type Row = [string, Lang, Array<[number | null, string | null, boolean]>];
const summary = (s: string, lang: Lang) => findQuantities(s, lang).map((q) => [q.value, q.unit, q.lowerBound]);

describe('findQuantities: counts with qualifier and unit', () => {
  it.each<Row>([
    ['Partisans carried out 19 train derailments in the region.', 'en', [[19, 'derailments', false]]],
    ['At least twelve military enlistment offices were set on fire.', 'en', [[12, 'offices', true]]],
    [
      'More than 100 protesters gathered; over 2,000 came later.',
      'en',
      [
        [100, 'protesters', true],
        [2000, null, true],
      ],
    ],
    ['About 1.5 million people left the country.', 'en', [[1_500_000, 'people', false]]],
    ['Up to 300,000 were mobilised.', 'en', [[300_000, 'people', false]]],
    ['As many as 200,000 have left since the decree.', 'en', [[200_000, 'people', false]]],
    ['Some 40 gathered outside the court.', 'en', [[40, 'people', false]]],
    [
      'A dozen or more protesters and forty or so police officers.',
      'en',
      [
        [12, 'protesters', true],
        [40, 'officers', false],
      ],
    ],
    [
      'Тысяча с лишним человек и трое мужчин.',
      'ru',
      [
        [1000, 'people', true],
        [3, 'men', false],
      ],
    ],
    ['15,000 arrested as of mid-March.', 'en', [[15_000, 'people', false]]],
    ['Over a dozen activists were fined.', 'en', [[12, 'activists', true]]],
    [
      'A dozen buildings and twenty-three cars burned.',
      'en',
      [
        [12, 'buildings', false],
        [23, 'cars', false],
      ],
    ],
    [
      'A hundred residents signed; nineteen Molotov cocktails were thrown.',
      'en',
      [
        [100, 'residents', false],
        [19, 'cocktails', false],
      ],
    ],
    ['Between 10-15 people came.', 'en', [[10, 'people', true]]],
    [
      'Turnout was 45% and 12 percent voted.',
      'en',
      [
        [45, 'percent', false],
        [12, 'percent', false],
      ],
    ],
    [
      'Police detained 840 people: 399 in Moscow.',
      'en',
      [
        [840, 'people', false],
        [399, null, false],
      ],
    ],
    [
      'Не менее 840 человек задержаны в 32 городах.',
      'ru',
      [
        [840, 'people', true],
        [32, 'cities', false],
      ],
    ],
    ['Более 100 человек вышли на улицы.', 'ru', [[100, 'people', true]]],
    [
      'Свыше тысячи участников и около двенадцати военкоматов.',
      'ru',
      [
        [1000, 'participants', true],
        [12, 'enlistment offices', false],
      ],
    ],
    ['Произошло 19 железнодорожных сходов.', 'ru', [[19, 'derailments', false]]],
    ['Задержано 2,5 тыс. протестующих.', 'ru', [[2500, 'protesters', false]]],
    [
      'Двое задержанных и пятеро активистов.',
      'ru',
      [
        [2, 'people', false],
        [5, 'activists', false],
      ],
    ],
    ['Совершено двенадцать поджогов.', 'ru', [[12, 'arsons', false]]],
    ['Более двумястами активистами подписано письмо.', 'ru', [[200, 'activists', true]]],
    ['Зафиксировано 15 000 задержаний.', 'ru', [[15_000, 'detentions', false]]],
  ])('%s', (s, lang, expected) => {
    expect(summary(s, lang)).toEqual(expected);
  });
});

describe('findQuantities: vague amounts have no value', () => {
  it.each<Row>([
    ['Several dozen protesters were detained.', 'en', [[null, 'protesters', false]]],
    ['Dozens of people gathered.', 'en', [[null, 'people', false]]],
    ['Hundreds, possibly thousands of people fled.', 'en', [[null, 'people', false]]],
    ['Tens of thousands of men left.', 'en', [[null, 'men', false]]],
    ['A couple of hundred people came.', 'en', [[null, 'people', false]]],
    ['Несколько десятков протестующих задержали.', 'ru', [[null, 'protesters', false]]],
    ['Сотни, если не тысячи человек уехали.', 'ru', [[null, 'people', false]]],
    ['Десятки активистов вышли на пикеты.', 'ru', [[null, 'activists', false]]],
  ])('%s', (s, lang, expected) => {
    expect(summary(s, lang)).toEqual(expected);
  });
});

describe('findQuantities: numbers that are not counts', () => {
  it.each<[string, Lang]>([
    ['The law was passed in 2022.', 'en'],
    ['On September 25 they met again.', 'en'],
    ['They met on 25 September.', 'en'],
    ['A 19-year-old was detained.', 'en'],
    ['He is 19 years old.', 'en'],
    ['The case falls under Article 280, Part 3.', 'en'],
    ['The 8th review and the 1990s.', 'en'],
    ['The rally began at 10:30.', 'en'],
    ['He was fined $5,000.', 'en'],
    ['The fine was 300 rubles.', 'en'],
    ['Call +7 495 1234567 or 8-800-555-35-35.', 'en'],
    ['Su-25 jets and MiG-29 fighters.', 'en'],
    ['One of them said it.', 'en'],
    ['Это случилось 25 сентября 2022 года.', 'ru'],
    ['В 2022 году его арестовали.', 'ru'],
    ['Дело по статье 207.3 УК, часть 2.', 'ru'],
    ['Задержан 19-летний студент.', 'ru'],
    ['Штраф составил 30 тыс. рублей.', 'ru'],
    ['Это было в 1990-х.', 'ru'],
    ['No numbers at all here.', 'en'],
    ['They marched from 21 to 25 September.', 'en'],
    ['The men, aged 23 and 25, were jailed.', 'en'],
    ['Under Articles 205 and 280 of the code.', 'en'],
    ['Police fired at 3 a.m. on Monday.', 'en'],
    ['В ночь с 23 на 24 июня всё началось.', 'ru'],
  ])('%s', (s, lang) => {
    expect(findQuantities(s, lang)).toEqual([]);
  });
});

describe('findQuantities: offsets', () => {
  it('spans qualifier, number and unit exactly', () => {
    const s = 'Police said at least 33 people were detained.';
    const [q] = findQuantities(s, 'en');
    expect(q.text).toBe('at least 33 people');
    expect(s.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('findQuantities: units canonicalised from data', () => {
  it.each<[string, Lang, string]>([
    ['Some 15,000 Russians were arrested.', 'en', 'people'],
    ['Задержаны 300 россиян.', 'ru', 'people'],
    ['Погибли 12 украинцев.', 'ru', 'people'],
    ['Задержали 33 человека.', 'ru', 'people'],
    ['Сгорели 4 релейных шкафа.', 'ru', 'relay cabinets'],
    ['Сгорели 4 шкафа.', 'ru', 'cabinets'],
  ])('%s → %s', (s, lang, unit) => {
    expect(findQuantities(s, lang)[0]?.unit).toBe(unit);
  });
});

describe('findQuantities: Ukrainian falls back to the Russian lexicon', () => {
  it('reads digits and a qualifier', () => {
    expect(summary('Не менее 100 человек.', 'uk')).toEqual([[100, 'people', true]]);
  });
});

describe('findQuantities: qualifier forms', () => {
  it.each<Row>([
    ['Акции прошли не менее чем в 32 городах.', 'ru', [[32, 'cities', true]]],
    ['Hundreds gathered outside.', 'en', [[null, 'people', false]]],
    ['Thousands were seen on the square.', 'en', [[null, null, false]]],
    ['Several said they would leave.', 'en', []],
    ['No fewer than 40 were detained.', 'en', [[40, 'people', true]]],
    [
      'Около 300 человек пришли, свыше 50 арестованы.',
      'ru',
      [
        [300, 'people', false],
        [50, 'people', true],
      ],
    ],
    ['По меньшей мере 7 военкоматов подожгли.', 'ru', [[7, 'enlistment offices', true]]],
  ])('%s', (s, lang, expected) => {
    expect(summary(s, lang)).toEqual(expected);
  });
});
