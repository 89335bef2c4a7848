import { describe, it, expect } from 'vitest';
import { datelinePlace, headingPlace, headlinePlace } from './dateline.js';
import { extract } from '../index.js';

describe('datelines and place headings', () => {
  it.each([
    ['NIZHNY NOVGOROD — Police said on Monday …', 'Nizhny Novgorod'],
    ['OMSK, March 14 — A man threw …', 'Omsk'],
  ])('%s', (text, name) => {
    expect(datelinePlace(text, 'en')?.name).toBe(name);
  });
  it('no dateline in ordinary prose', () => {
    expect(datelinePlace('Police in Omsk said on Monday — as expected — that …', 'en')).toBeNull();
  });
  it.each([
    ['Krasnodar.', 'Krasnodar', 'en'],
    ['⚡️ ЧИТА', 'Chita', 'ru'],
    ['#Tomsk', 'Tomsk', 'en'],
  ] as const)('heading %s', (text, name, lang) => {
    expect(headingPlace(text, lang)?.name).toBe(name);
  });
  it('a sentence is not a heading', () => {
    expect(headingPlace('Police detained three people in Kazan on Monday.', 'en')).toBeNull();
  });
});

describe('a first line naming the place', () => {
  it('reads "Town, institution." as the dateline', () => {
    expect(
      datelinePlace('Rostov-on-Don, Southern District Military Court.\n\nThe court on Thursday …', 'en')?.name,
    ).toBe('Rostov-on-Don');
  });
});

describe('a headline whose one side of a colon is a place', () => {
  it.each([
    ['Tikhvin: signal cabinet torched overnight', 'en', 'Tikhvin'],
    ['Picket outside the town hall: Kineshma', 'en', 'Kineshma'],
    ['Кинешма: пикет у мэрии', 'ru', 'Kineshma'],
    ['Пикет у мэрии: Кинешма', 'ru', 'Kineshma'],
  ] as const)('%s', (title, lang, name) => {
    expect(headlinePlace(title, lang)?.name).toBe(name);
  });
  it.each([
    ['Police say: nobody was hurt', 'en'],
    ['Kineshma picket: organisers speak: police watch', 'en'],
    [null, 'en'],
  ] as const)('%s: none', (title, lang) => {
    expect(headlinePlace(title, lang)).toBeNull();
  });
  it('locates an act whose report names its place only in the headline', () => {
    const recs = extract({
      id: 'h',
      title: 'Кинешма: поджог военкомата',
      text: 'Ночью неизвестный бросил бутылку с зажигательной смесью в здание военкомата.',
      published: '2024-03-12',
      lang: 'ru',
    });
    expect(recs.map((r) => r.place)).toEqual(['Kineshma']);
  });
});
