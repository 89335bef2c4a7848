import { describe, it, expect } from 'vitest';
import { anaphoricDate, eraDates, edgeDate, publishedRelativeDate, RelativeGates } from './relative-dates.js';

describe('relative dates', () => {
  it('reads each sentence with its own gates, whichever sentence was asked about before', () => {
    const next = new RelativeGates('The next day the group claimed the attack.');
    const plain = new RelativeGates('Police detained two men.');
    expect(next.holds('anaphoric')).toBe(true);
    expect(plain.holds('anaphoric')).toBe(false);
    expect(next.holds('anaphoric')).toBe(true);
    expect(anaphoricDate(next.sentence, 'en', '2023-03-01', next)?.date).toBe('2023-03-02');
    expect(anaphoricDate(plain.sentence, 'en', '2023-03-01', plain)).toBeNull();
  });

  it.each([
    ['en', 'The next day the group claimed the attack.', '2023-03-02'],
    ['en', 'On the same day police detained two men.', '2023-03-01'],
    ['en', 'A day earlier the Duma passed the law.', '2023-02-28'],
    ['ru', 'На следующий день группа взяла ответственность.', '2023-03-02'],
    ['ru', 'Накануне Госдума приняла закон.', '2023-02-28'],
  ] as const)('%s: %s', (lang, s, want) => {
    expect(anaphoricDate(s, lang, '2023-03-01')?.date).toBe(want);
  });
  it('eras run to publication', () => {
    expect(eraDates('Since the start of the war, courts have jailed 90 people.', 'en', '2023-11-15')[0]).toMatchObject({
      date: '2022-02-24',
      date_end: '2023-11-15',
    });
    expect(eraDates('С начала года составили 30 протоколов.', 'ru', '2024-03-18')[0]).toMatchObject({
      date: '2024-01-01',
      date_end: '2024-03-18',
    });
    expect(eraDates('In the first half of the year there were 11 fires.', 'en', '2023-07-02')[0]).toMatchObject({
      date: '2023-01',
      date_end: '2023-06',
    });
  });
  it('the first and last days of a range told before', () => {
    const range = { date: '2023-07-21', date_end: '2023-07-23' };
    expect(edgeDate('On the last day the participants adopted a resolution.', 'en', range)?.date).toBe('2023-07-23');
    expect(edgeDate('В первый день выступили делегаты.', 'ru', range)?.date).toBe('2023-07-21');
  });
  it('overnight, the weekend and the past week count from publication', () => {
    expect(publishedRelativeDate('Overnight a relay cabinet burnt.', 'en', '2023-06-07')?.date).toBe('2023-06-07');
    expect(publishedRelativeDate('Over the weekend police detained 400 people.', 'en', '2024-02-19')).toMatchObject({
      date: '2024-02-17',
      date_end: '2024-02-18',
    });
    expect(
      publishedRelativeDate('За последнюю неделю активистки разложили листовки.', 'ru', '2023-05-10'),
    ).toMatchObject({ date: '2023-05-03', date_end: '2023-05-10' });
  });
  it('an act going on "now" goes on on the publication day; a state told "now" is no date', () => {
    expect(publishedRelativeDate('Сейчас идёт штурм районного центра.', 'ru', '2023-05-22')?.date).toBe('2023-05-22');
    expect(publishedRelativeDate('В настоящее время продолжаются бои за посёлок.', 'ru', '2023-05-22')?.date).toBe(
      '2023-05-22',
    );
    expect(publishedRelativeDate('Сейчас он живёт в Грузии.', 'ru', '2023-05-22')).toBeNull();
  });
  it('from the publication day, only a day before is told ("накануне"), not the day after', () => {
    expect(anaphoricDate('Накануне в Омске задержали активиста.', 'ru', '2024-05-20', undefined, true)?.date).toBe(
      '2024-05-19',
    );
    expect(anaphoricDate('На следующий день его отпустили.', 'ru', '2024-05-20', undefined, true)).toBeNull();
  });
  it('nothing without an anchor', () => {
    expect(anaphoricDate('The next day they left.', 'en', null)).toBeNull();
    expect(publishedRelativeDate('Overnight a fire broke out.', 'en', null)).toBeNull();
  });
});
