import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { canonicalActor, findActors } from './index.js';

// The stage as the pipeline calls it: one sentence at a time, in either language.
describe('stage 5: actors', () => {
  it.each<[string, Lang, Array<[string, string, boolean]>]>([
    [
      'The Siberian Battalion and the Anti-Corruption Foundation were named by the FSB.',
      'en',
      [
        ['Siberian Battalion', 'armed_group', false],
        ['Anti-Corruption Foundation', 'organisation', false],
        ['Federal Security Service', 'state_body', false],
      ],
    ],
    [
      'Сибирский батальон и ФБК упомянуты в заявлении ФСБ.',
      'ru',
      [
        ['Siberian Battalion', 'armed_group', false],
        ['Anti-Corruption Foundation', 'organisation', false],
        ['Federal Security Service', 'state_body', false],
      ],
    ],
    [
      'Feminist Anti-War Resistance and the Buryat Independence Committee called for protests.',
      'en',
      [
        ['Feminist Anti-War Resistance', 'movement', false],
        ['Buryat Independence Committee', 'movement', false],
      ],
    ],
    ['The Novgorod Liberation Front claimed the arson.', 'en', [['Novgorod Liberation Front', 'armed_group', true]]],
    ['Police detained two students near the station.', 'en', []],
    ['', 'en', []],
  ])('%s', (sentence, lang, expected) => {
    expect(findActors(sentence, lang).map((m) => [m.name, m.kind, m.pattern])).toEqual(expected);
  });

  it('never yields a person by pattern', () => {
    const s = 'Ivan Sidorov, Maria Kuznetsova and the Tatar Liberation Front were named; Иван Сидоров тоже.';
    const people = findActors(s, 'en').filter((m) => m.kind === 'person');
    expect(people).toEqual([]);
  });

  it('exports canonicalActor for the scorer and the store', () => {
    expect(canonicalActor('Росгвардии')).toBe('Rosgvardia');
    expect(canonicalActor('Legion "Freedom of Russia"')).toBe('Freedom of Russia Legion');
  });
});
