import { describe, expect, it } from 'vitest';
import { detectLanguage, SAMPLE_CHARS } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['Police detained 33 people at a rally.', 'en'],
    ['Hi', 'en'],
    ['Полиция задержала 33 человека на митинге.', 'ru'],
    ['Суд оштрафовал активистку за пикет.', 'ru'],
    ['Москва', 'ru'],
    ['Поліція затримала 33 особи на мітингу.', 'uk'],
    ['Київ', 'uk'],
    ['що це було', 'uk'],
    ['Суд у Харкові', 'uk'],
    ['OVD-Info: в Москве задержали пикетчиков, сообщает правозащитный проект.', 'ru'],
    ['Moscow police detained two people, reports «Медиазона».', 'en'],
    ['123 456', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('picks the majority language of a mixed text', () => {
    const ru = 'Полиция задержала участников акции в центре города, сообщили правозащитники. ';
    const en = 'The report was translated. ';
    expect(detectLanguage(ru.repeat(5) + en)).toBe('ru');
    expect(detectLanguage(en.repeat(20) + ru)).toBe('en');
    const uk = 'Поліція затримала учасників акції в центрі міста, повідомили правозахисники. ';
    expect(detectLanguage(uk.repeat(3) + ru)).toBe('uk');
  });

  it('reads a bounded sample of a long text quickly', () => {
    // A flat string, as JSON.parse gives (a repeat() rope would be re-flattened on every slice).
    const long = Buffer.from('Полиция задержала участников акции в центре города. '.repeat(100_000)).toString();
    expect(long.length).toBeGreaterThan(SAMPLE_CHARS * 100);
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) expect(detectLanguage(long)).toBe('ru');
    expect((performance.now() - t0) / 100).toBeLessThan(1);
  });
});
