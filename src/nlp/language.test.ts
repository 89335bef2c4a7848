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

  it('reads a bounded sample of a long text (its start and middle), not all of it', () => {
    // Behaviour, not timing: a long Russian text whose last third is English is still Russian,
    // and one whose start and middle are English is English, whatever its tail says.
    const ru = 'Полиция задержала участников акции в центре города. '.repeat(2_000);
    const en = 'Police detained the protesters in the city centre. '.repeat(1_000);
    expect(ru.length).toBeGreaterThan(SAMPLE_CHARS * 20);
    expect(detectLanguage(ru + en)).toBe('ru');
    expect(detectLanguage(en + en + ru.slice(0, SAMPLE_CHARS))).toBe('en');
  });
});
