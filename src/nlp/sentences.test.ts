import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_CHUNK, isFalseBoundary, sentenceSpans, splitParagraphs } from './sentences.js';

const texts = (t: string) => sentenceSpans(t).map((s) => t.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each([
    [
      'Activists rallied in St. Petersburg on Sunday. Police watched.',
      ['Activists rallied in St. Petersburg on Sunday.', 'Police watched.'],
    ],
    ['Mr. Orlov and Gen. Ivanov met. Then they left.', ['Mr. Orlov and Gen. Ivanov met.', 'Then they left.']],
    [
      'The decree was signed by V. Putin on Friday. It took effect.',
      ['The decree was signed by V. Putin on Friday.', 'It took effect.'],
    ],
    [
      'He cited Art. 5 of the law (e.g. the fines). Nobody objected.',
      ['He cited Art. 5 of the law (e.g. the fines).', 'Nobody objected.'],
    ],
    [
      'Пикет прошёл в г. Томске на ул. Ленина, д. 12. Полиция задержала двоих.',
      ['Пикет прошёл в г. Томске на ул. Ленина, д. 12.', 'Полиция задержала двоих.'],
    ],
    ['Это случилось в 2021 г. Суд отказал.', ['Это случилось в 2021 г.', 'Суд отказал.']],
    [
      'Дело возбудили по ч. 1 ст. 207.3 УК, т.е. о «фейках». Адвокат обжаловал.',
      ['Дело возбудили по ч. 1 ст. 207.3 УК, т.е. о «фейках».', 'Адвокат обжаловал.'],
    ],
    [
      'Суд им. Ленина рассмотрел дело. А. Петров не пришёл.',
      ['Суд им. Ленина рассмотрел дело.', 'А. Петров не пришёл.'],
    ],
    ['Акция прошла в Курской обл. Задержаны трое.', ['Акция прошла в Курской обл.', 'Задержаны трое.']],
    [
      'Photo: a picket in Kazan\nDetained\n- first name\n- second name',
      ['Photo: a picket in Kazan', 'Detained', '- first name', '- second name'],
    ],
    ['A line that was\nhard wrapped ends here. Next one!', ['A line that was\nhard wrapped ends here.', 'Next one!']],
    ['  Padded sentence.   \n\n  Another.  ', ['Padded sentence.', 'Another.']],
    [
      'Задержали трёх человек. «Мы не уйдём!» — сказал один из них.',
      ['Задержали трёх человек.', '«Мы не уйдём!» — сказал один из них.'],
    ],
    ['Никто не знает… Суд молчит.', ['Никто не знает…', 'Суд молчит.']],
    [
      'The U.S. Embassy said nothing. Lt. Col. Orlov (ret.) denied it.',
      ['The U.S. Embassy said nothing.', 'Lt. Col. Orlov (ret.) denied it.'],
    ],
    [
      'Його доставили до відділку м. Києва, вул. Хрещатик, буд. 1. Суд призначив штраф.',
      ['Його доставили до відділку м. Києва, вул. Хрещатик, буд. 1.', 'Суд призначив штраф.'],
    ],
    [
      'Мобилизацию объявили 21 сентября. 24 сентября прошёл митинг.',
      ['Мобилизацию объявили 21 сентября.', '24 сентября прошёл митинг.'],
    ],
    ['They met at 5 p.m. Police arrived later.', ['They met at 5 p.m.', 'Police arrived later.']],
    ['They met at 5 p.m. on Friday.', ['They met at 5 p.m. on Friday.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('numbers paragraphs by line blocks', () => {
    const spans = sentenceSpans('One. Two.\n\nThree.\nFour.');
    expect(spans.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it('keeps exact offsets across a text longer than one segmenter chunk', () => {
    const sentence = 'Protesters marched through the town centre and were dispersed by riot police. ';
    const text = sentence.repeat(Math.ceil((MAX_SEGMENT_CHUNK * 5) / sentence.length));
    const spans = sentenceSpans(text);
    expect(spans).toHaveLength(Math.ceil((MAX_SEGMENT_CHUNK * 5) / sentence.length));
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(sentence.trim());
  });

  it('makes progress through a chunk without any sentence end or space', () => {
    const text = 'x'.repeat(MAX_SEGMENT_CHUNK * 3);
    const spans = sentenceSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
  });
});

describe('isFalseBoundary', () => {
  it.each([
    ['in St.', 'Petersburg', true],
    ['the end.', 'Next', false],
    ['в 2022 г.', 'Полиция', false],
    ['в г.', 'Москве', true],
    ['signed by V.', 'Putin', true],
    ['the end.', 'then more', true],
    ['no stop', 'Next', false],
  ])('%j | %j → %s', (left, right, expected) => {
    expect(isFalseBoundary(left, right)).toBe(expected);
  });
});

describe('splitParagraphs', () => {
  it('splits at line breaks and skips blank lines', () => {
    const text = 'Title line\n\n  Body one.\nBody two.';
    expect(splitParagraphs(text).map((b) => text.slice(b.start, b.end))).toEqual([
      'Title line',
      'Body one.',
      'Body two.',
    ]);
  });
});
