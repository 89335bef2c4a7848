import { describe, expect, it } from 'vitest';
import { distinctiveAgreement } from './distinctive.js';
import { scorePair } from './score.js';
import type { Incident } from './match.js';

describe('distinctiveAgreement', () => {
  it.each([
    // the same wording around another town: the town disagrees, the region and month agree
    [
      'Some sixty people marched to the plant in Shuya, Ivanovo region, in May.',
      'Some sixty people marched to the plant in Kineshma, Ivanovo region, in May.',
      2 / 3,
    ],
    ['Some sixty people marched in Shuya on 4 May.', 'Some sixty people marched in Kineshma on 5 May.', 1 / 3],
    [
      'В мае в Шуе (Ивановская область) шестьдесят человек прошли к заводу.',
      'В мае в Кинешме (Ивановская область) шестьдесят человек прошли к заводу.',
      0.5,
    ],
    // one report names more (a day, a street): detail, not disagreement
    ['Workers struck at the plant in Shuya.', 'Workers struck at the plant on Lenin Street in Shuya on 4 May.', 1],
    // case forms of one name agree
    ['Рабочие бастовали в Шуе.', 'Забастовка: Шуя', 1],
    ['Пикет прошёл в Коврове.', 'Пикет: Ковров', 1],
  ])('%s ~ %s → %s', (a, b, want) => {
    expect(distinctiveAgreement(a, b)).toBeCloseTo(want, 5);
  });
});

describe('evidence similarity in scorePair', () => {
  const month: Incident = {
    type: 'protest',
    date: '2024-05',
    date_end: null,
    country: 'RU',
    admin1: 'RU-IVA',
    place: null,
    geo_precision: 2,
    actors: [],
    aggregate: false,
  };
  const dayIn = (place: string): Incident => ({ ...month, date: '2024-05-04', place, geo_precision: 1 });
  it('does not reward template wording shared by reports of acts in two towns', () => {
    const ev = 'В мае в Шуе (Ивановская область) шестьдесят человек прошли к заводу.';
    const same = scorePair(month, dayIn('Shuya'), {
      evidence: ev,
      eventEvidence: '4 мая в Шуе (Ивановская область) шестьдесят человек прошли к заводу.',
    });
    const other = scorePair(month, dayIn('Kineshma'), {
      evidence: ev,
      eventEvidence: '4 мая в Кинешме (Ивановская область) шестьдесят человек прошли к заводу.',
    });
    expect(same.score - other.score).toBeGreaterThanOrEqual(0.1);
  });
});
