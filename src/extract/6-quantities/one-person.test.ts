// An arrest told of one person counts one; plural and collective subjects, lists of names and
// counts of people do not. Fixtures in our own words.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../2-triggers/index.js';
import { onePerson } from './one-person.js';
import { extract } from '../index.js';

const single = (s: string) =>
  findTriggers(s, 'en')
    .filter((t) => t.type === 'arrest')
    .some((t) => onePerson(s, t, 'en'));

describe('onePerson', () => {
  const rows: [string, boolean][] = [
    ['The driver was detained at the scene.', true],
    ['She ran off and was arrested two days later.', true],
    ['The agency did not name her but said she had been detained.', true],
    ['Officers detained Pavel Orlov, a student from Tula, on Monday.', true],
    ['Police detained a 19-year-old local resident near the station.', true],
    ['Officers arrested Orlov, Belov and Sokolov at dawn.', false],
    ['A group of students was detained near the station.', false],
    ['Several pensioners were detained at the picket.', false],
    ['Police detained about forty people on the square.', false],
    ['Police detained two men and a woman.', false],
  ];
  it.each(rows)('%s', (sentence, want) => {
    expect(single(sentence)).toBe(want);
  });
});

describe('a single detention counts one and stays apart from a tally', () => {
  it('quantity 1 with the unit people', () => {
    const [r] = extract({
      id: 't',
      text: 'A teacher was detained in Omsk on Sunday.',
      published: '2024-05-20',
      lang: 'en',
    }).filter((e) => e.type === 'arrest');
    expect([r.quantity, r.quantity_unit]).toEqual([1, 'people']);
  });
  it('one woman detained is not folded into 30 criminal cases of the region', () => {
    const text =
      'Investigators in the Kirov region have opened 30 criminal cases over the fires. A spokesman said that a woman had been detained.';
    const arrests = extract({ id: 't', text, published: '2024-05-20', lang: 'en' }).filter((e) => e.type === 'arrest');
    expect(arrests.map((e) => e.quantity).sort()).toEqual([1, 30]);
  });
});
