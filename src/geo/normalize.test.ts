import { describe, expect, it } from 'vitest';
import { nameKey, stemCyrillic, tokenize } from './normalize.js';

describe('nameKey', () => {
  it.each([
    // spelling variants meet
    ['Nizhniy Novgorod', 'Nizhny Novgorod'],
    ['St. Petersburg', 'Saint Petersburg'],
    ['Ust-Ilimsk', 'Ust Ilimsk'],
    ['Mirnyy', 'Mirny'],
    ['Makhachkala', 'Mahachkala'],
    ['Tol’yatti', 'Tolyatti'],
    ['Sergei', 'Sergey'],
    ['Kyiv’s', 'Kyiv'],
    // Russian case forms meet their nominative
    ['Махачкале', 'Махачкала'],
    ['Гатчиной', 'Гатчина'],
    ['Башкирии', 'Башкирия'],
    ['Ленинградской области', 'Ленинградская область'],
    ['Краснодарском крае', 'Краснодарский край'],
    ['Нижнем Новгороде', 'Нижний Новгород'],
    ['Ростове-на-Дону', 'Ростов-на-Дону'],
    ['Крыму', 'Крым'],
    ['Уфы', 'Уфа'],
    ['Мёртвое', 'Мертвое'],
    // Ukrainian і/о alternation
    ['Харкові', 'Харків'],
    ['Києві', 'Київ'],
  ])('%s ≡ %s', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
    expect(nameKey(a)).not.toBe('');
  });

  it.each([
    ['Kirovsk', 'Kirov'],
    ['Якутск', 'Якутия'],
    ['Москва', 'Московская область'],
  ])('%s ≢ %s', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
});

describe('stemCyrillic', () => {
  it.each([
    ['области', 'област'],
    ['крым', 'крым'], // a two-letter ending must leave three letters
    ['уфа', 'уф'], // a one-letter ending may leave two
    ['ов', 'ов'],
  ])('%s → %s', (w, stem) => expect(stemCyrillic(w)).toBe(stem));
});

describe('tokenize', () => {
  it('gives offsets, capitals and script', () => {
    const text = '«В Ust-Ilimsk’s» 2024';
    const toks = tokenize(text);
    expect(toks.map((t) => t.raw)).toEqual(['В', 'Ust', 'Ilimsk', '2024']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(toks.map((t) => t.cap)).toEqual([true, true, true, false]);
    expect(toks.map((t) => t.cyrillic)).toEqual([true, false, false, false]);
  });
});
