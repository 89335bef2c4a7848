import { describe, it, expect } from 'vitest';
import { extract } from '../index.js';
import { withLandmarks } from './landmarks.js';
import { findActors } from '../5-actors/index.js';

const run = (text: string, lang = 'ru') =>
  extract({ id: 't', title: null, text, published: '2024-06-03', lang }).map(
    (r) => `${r.type} ${r.place ?? r.admin1 ?? r.country}${r.actors.length ? ` [${r.actors.join(', ')}]` : ''}`,
  );

describe('a capital-seated body named as where an act was is its place, not its actor', () => {
  it.each([
    ['1 июня жёны мобилизованных вышли на пикет у здания Минобороны.', 'ru', ['protest Moscow']],
    ['Вечером 2 июня у Госдумы задержали трёх активисток.', 'ru', ['arrest Moscow']],
    ['On June 1, a dozen women protested outside the State Duma.', 'en', ['protest Moscow']],
    // a town the sentence names is where the body's local office stands
    ['1 июня в Перми активисты вышли на пикет у Минобороны.', 'ru', ['protest Perm']],
  ] as const)('%s', (text, lang, want) => {
    expect(run(text, lang)).toEqual(want);
  });
  it('a body that stands in every town is left to the story (no capital guessed)', () => {
    expect(run('1 июня активисты вышли на пикет у здания ФСБ.').join()).not.toContain('Moscow');
  });
});

describe('a body spoken to is no landmark', () => {
  it('keeps the ministry an actor of an appeal addressed "к Минобороны"', () => {
    const text = 'Жёны мобилизованных обратились к Минобороны с требованием вернуть мужей.';
    const actors = findActors(text, 'ru');
    expect(actors.map((a) => a.name)).toContain('Ministry of Defence of Russia');
    const got = withLandmarks(text, [], actors, 'ru');
    expect(got.marks.size).toBe(0);
    expect(got.actors).toEqual(actors);
  });
  it('but makes it a place when the act stands "у Минобороны"', () => {
    const text = 'Жёны мобилизованных стояли с плакатами у Минобороны.';
    const got = withLandmarks(text, [], findActors(text, 'ru'), 'ru');
    expect([...got.marks].map((m) => m.place.name)).toEqual(['Moscow']);
    expect(got.actors.map((a) => a.name)).not.toContain('Ministry of Defence of Russia');
  });
});
