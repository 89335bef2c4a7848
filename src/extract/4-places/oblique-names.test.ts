// A town whose nominative ends like a case ending (Муром, as if -ом): its oblique forms still find it.
import { describe, expect, it } from 'vitest';
import { findPlaces } from './index.js';

describe('oblique forms of a consonant-final town name', () => {
  it.each([
    'Вчера в Муроме прошёл пикет у здания администрации.',
    'Жители Мурома вышли на пикет.',
    'Над Муромом подняли флаг.',
  ])('%s', (text) => {
    expect(findPlaces(text, 'ru').map((m) => m.place.name)).toEqual(['Murom']);
  });
});
