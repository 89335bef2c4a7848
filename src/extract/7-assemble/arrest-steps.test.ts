// A detention and a court's verdict are two steps of repression, coded apart; in one sentence the
// detention is the verdict's background. Fixtures in our own words.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../2-triggers/index.js';
import { arrestStep } from './arrest-steps.js';
import { extract } from '../index.js';

const run = (text: string) =>
  extract({ id: 't', text, published: '2024-05-20', lang: 'en' }).filter((e) => e.type === 'arrest');

describe('arrestStep', () => {
  const rows: [string, string | null][] = [
    ['Police detained the student outside the station.', 'detention'],
    ['The student was taken into custody on Friday.', 'detention'],
    ['A court sentenced the student to six years.', 'court'],
    ['The pensioner was given eight years in a penal colony.', 'court'],
    ['The activists, arrested in March, were convicted of treason.', 'court'],
    ['Officers searched the homes of three activists.', null],
  ];
  it.each(rows)('%s', (sentence, want) => {
    expect(arrestStep(findTriggers(sentence, 'en'))).toBe(want);
  });
});

describe('a detention told after the verdict is its own record', () => {
  it('the sentence and the later detention are two arrests', () => {
    const got = run(
      'A court in Kazan has sentenced a teacher to nine years for setting fire to a police car.\n\nThe teacher fled the scene and was detained two days later.',
    );
    expect(got).toHaveLength(2);
  });
  it("a headline verdict folds into the body's verdict, the detention stays apart", () => {
    const got = extract({
      id: 't',
      title: 'Teacher jailed for nine years in Kazan',
      text: 'A court in Kazan has sentenced a teacher to nine years for setting fire to a police car.\n\nThe teacher fled the scene and was detained two days later.',
      published: '2024-05-20',
      lang: 'en',
    }).filter((e) => e.type === 'arrest');
    expect(got).toHaveLength(2);
  });
});
