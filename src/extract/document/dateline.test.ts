import { describe, it, expect } from 'vitest';
import { datelinePlace, headingPlace } from './dateline.js';

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
