// A town's name before "regional court" names the region the body serves. Fixtures in our own words.
import { describe, expect, it } from 'vitest';
import { findPlaces } from './index.js';

const where = (s: string) => findPlaces(s, 'en').map((p) => [p.text, p.place.kind, p.place.admin1]);

describe('regional bodies stand for their region', () => {
  it.each([
    ['The Vitebsk Regional Court jailed two railway workers.', ['Vitebsk', 'region', 'BY-VI']],
    ['The Kirov regional administration confirmed the fire.', ['Kirov', 'region', 'RU-KIR']],
    // a region that is no longer any town's name is found through its body
    ['The case was heard by the Sverdlovsk regional court.', ['Sverdlovsk', 'region', 'RU-SVE']],
  ])('%s', (sentence, want) => {
    expect(where(sentence)).toContainEqual(want);
  });
  it('a court in a town is in the town', () => {
    expect(where('A court in Vitebsk jailed two railway workers.')).toContainEqual(['Vitebsk', 'settlement', 'BY-VI']);
  });
});

describe('ru: a regional body named by the region’s adjective stands at its seat, the centre', () => {
  const whereRu = (s: string) => findPlaces(s, 'ru').map((p) => [p.place.kind, p.place.name, p.place.admin1]);
  it.each([
    ['Судья Гомельского областного суда приговорил жителя Мозыря к восьми годам.', 'settlement', 'Gomel', 'BY-HO'],
    ['Дело рассматривает Краснодарский краевой суд.', 'settlement', 'Krasnodar', 'RU-KDA'],
    // an adjective that no longer names the centre gives the region
    ['Жалобу отклонила коллегия Свердловского областного суда.', 'region', 'Sverdlovsk Oblast', 'RU-SVE'],
  ])('%s', (sentence, kind, name, admin1) => {
    expect(whereRu(sentence)).toContainEqual([kind, name, admin1]);
  });
});
