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

  // The scanner is hand-written for speed; this is the regex it must agree with.
  it('finds the words of the reference regex on random text', () => {
    const WORD =
      /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF\u0400-\u04FF]+(?:['’ʼ][A-Za-z\u00C0-\u024F\u0400-\u04FF]+)*/g;
    const pieces = [
      'a',
      'Z',
      'ж',
      'Ё',
      'é',
      '×',
      '÷',
      'ẞ',
      '7',
      ' ',
      '-',
      "'",
      '’',
      'ʼ',
      's',
      'S',
      '.',
      '«',
      'ǅ',
      'ɏ',
      'ɐ',
      'Ӿ',
      'Ԁ',
      '😀',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = 0, len = 1 + Math.floor(next() * 12); i < len; i++)
        text += pieces[Math.floor(next() * pieces.length)];
      const expected = [...text.matchAll(WORD)].map((m) => {
        const possessive = m[0].length > 2 && /['’ʼ][sS]$/.test(m[0]);
        return [m.index, m.index + m[0].length - (possessive ? 2 : 0)];
      });
      expect(
        tokenize(text).map((t) => [t.start, t.end]),
        text,
      ).toEqual(expected);
    }
  });
});
