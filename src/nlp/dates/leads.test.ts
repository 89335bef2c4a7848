import { describe, expect, it } from 'vitest';
import { UNICODE_ONLY_FOLDS } from '../regex/caseless.js';
import { LEAD, scanLeads } from './leads.js';
import { LANG_FILES, dateLexicon } from './lexicon.js';
import { findPatternDates } from './patterns.js';
import { lowerUnits } from './code-unit-tables.js';

/** Every BMP code unit but surrogates, in one string (index = code unit). */
const ALL = Array.from({ length: 0x10000 }, (_, c) =>
  c >= 0xd800 && c <= 0xdfff ? '\u0000' : String.fromCharCode(c),
).join('');

/** Every letter the date phrases of a language are made of. */
function phraseLetters(lang: (typeof LANG_FILES)[number]): Set<string> {
  const w = dateLexicon(lang).words;
  const phrases = [
    ...w.months.flat(),
    ...w.weekdays.flat(),
    ...w.ago,
    ...w.rangeFrom,
    ...w.since,
    ...w.nightRange,
    ...w.nightSingle,
    ...w.monthParts,
    ...Object.keys(w.seasons),
    ...w.yearPrepositions,
    ...w.futureMarkers,
    ...Object.keys(w.relativeDays),
    ...Object.keys(w.weeks),
    ...Object.keys(w.monthOffsets),
    ...Object.keys(w.yearOffsets),
  ];
  return new Set(phrases.join('').replace(/\s/g, ''));
}

describe('scanLeads', () => {
  // The scan compares lower-cased code units where the regexes match case-insensitively: every
  // character a regex takes for a phrase letter must lower-case to that letter (text with the
  // letters only Unicode folding equates gets no scan).
  it.each(LANG_FILES)('%s: lower-casing finds whatever the case-insensitive regexes match', (lang) => {
    for (const letter of phraseLetters(lang)) {
      const escaped = letter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const flags of ['gi', 'giu']) {
        for (const m of ALL.matchAll(new RegExp(escaped, flags))) {
          if (UNICODE_ONLY_FOLDS.test(m[0])) continue;
          expect([letter, m[0], lowerUnits(m[0])]).toEqual([letter, m[0], lowerUnits(letter)]);
        }
      }
    }
  });

  it('leaves text that needs Unicode matching to the regexes', () => {
    const lex = dateLexicon('en');
    expect(scanLeads('On 5 May 2022', lex)).not.toBeNull();
    expect(scanLeads('On 5 May 2022 😀', lex)).toBeNull();
    expect(scanLeads('On 5 ſeptember', lex)).toBeNull();
  });

  it("gives each scan its own result: a later scan leaves an earlier one's positions as they were", () => {
    const lex = dateLexicon('en');
    const first = scanLeads('On 5 May 2022 police came.', lex)!;
    const positions = first.pos.slice(0, first.count);
    const second = scanLeads('Nothing to date here, but 12 people.', lex)!;
    expect(second).not.toBe(first);
    expect(first.pos.slice(0, first.count)).toEqual(positions);
    expect(positions).toContain(3);
  });

  it('marks where days, years and date phrases begin', () => {
    const lex = dateLexicon('en');
    const text = 'On the night of 9 October 2022, since Monday';
    const leads = scanLeads(text, lex)!;
    const at = (word: string) => leads.bits[leads.pos.slice(0, leads.count).indexOf(text.indexOf(word))] ?? 0;
    expect(at('On') & LEAD.nightSingle).toBeTruthy();
    expect(at('9') & LEAD.day).toBeTruthy();
    expect(at('October') & LEAD.month).toBeTruthy();
    expect(at('2022') & LEAD.year).toBeTruthy();
    expect(at('since') & LEAD.since).toBeTruthy();
    expect(at('Monday') & LEAD.weekday).toBeTruthy();
  });

  // The same dates whether the patterns run at the scanned positions or scan the whole sentence.
  it.each([
    ['en', 'Police came on 5 May2022, in midMarch and on the night of 9 October into 10 October.'],
    ['en', 'From March 3 to 9, between 2014 and 2022, 2014–2022, since 1st of June and in early 2021.'],
    ['en', 'The 5 may be released on 6 May; yesterday, last week, this coming Friday, summer of 2022.'],
    ['en', 'Sept. 5, Feb.12, 12019 and 12 2021 and 3/4 and 24.06.2022 three days ago.'],
    ['ru', 'В ночь с 23 на 24 июня, с 28 февраля по 3 марта, в 2014–2022 годах, 25-го сентября.'],
    ['ru', 'В начале сентября, в 2022 раза, в прошлом году, на этой неделе, в следующий понедельник.'],
    ['uk', "У ніч проти 5 березня, з 1 по 3 березня, восени 2021 року, минулого тижня, у п'ятницю."],
  ] as const)('%s: %s', (lang, text) => {
    const lex = dateLexicon(lang);
    const scanned = findPatternDates(text, lex);
    expect(scanned.length).toBeGreaterThan(0);
    expect(scanned).toEqual(findPatternDates(text, lex, null));
    expect(lex.prefilter.testAt(text, scanLeads(text, lex)!)).toBe(lex.prefilter.test(text));
  });
});
