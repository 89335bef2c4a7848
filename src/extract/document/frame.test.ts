// The document frame (frame.ts): which dates are the acts', which the reports', and how undated acts
// inherit the story's time. Fixtures in our own words, English and Russian.
import { describe, expect, it } from 'vitest';
import { dateRoles, TimeFrame, reviveLeadCauses, type DateRole } from './frame.js';
import { findDates } from '../3-dates/index.js';
import { findTriggers } from '../2-triggers/index.js';
import { extract } from '../index.js';
import type { Lang } from '../types.js';
import type { EventRecord } from '../../model/event.js';

const PUB = '2024-03-15';

describe('dateRoles: a date attaches to the verb it modifies', () => {
  const rows: [Lang, string, [string, DateRole][]][] = [
    [
      'en',
      'Police said on Monday that they had detained two students on Sunday.',
      [
        ['Monday', 'report'],
        ['Sunday', 'event'],
      ],
    ],
    ['en', 'Unknown men burned a police car late on Wednesday, the regional ministry said.', [['Wednesday', 'event']]],
    [
      'en',
      'The channel, which is close to the police, said that late Wednesday a man threw a bottle at the office.',
      [['Wednesday', 'event']],
    ],
    ['en', 'On Tuesday, the ministry announced the figures.', [['Tuesday', 'report']]],
    ['en', 'As of 1 March, more than 900 people had been detained.', [['1 March', 'report']]],
    ['en', 'Fewer people were detained than in February.', [['February', 'aside']]],
    [
      'en',
      'TOMSK, Russia, March 14 (Wire) - Two men set fire to a patrol car on Tuesday.',
      [
        ['March 14', 'report'],
        ['Tuesday', 'event'],
      ],
    ],
    [
      'en',
      'Omsk, 14 March. A court fined the teacher on Tuesday.',
      [
        ['14 March', 'report'],
        ['Tuesday', 'event'],
      ],
    ],
    [
      'ru',
      'МВД сообщило в понедельник, что в воскресенье задержаны двое студентов.',
      [
        ['понедельник', 'report'],
        ['воскресенье', 'event'],
      ],
    ],
    ['ru', 'По состоянию на 1 марта задержаны более 900 человек.', [['1 марта', 'report']]],
    ['ru', 'Задержанных оказалось меньше, чем в феврале.', [['феврале', 'aside']]],
    ['ru', 'В ночь на 12 марта неизвестные подожгли автомобиль полиции.', [['12 марта', 'event']]],
    // a weekday told before the day in apposition belongs to the date, not between verb and date
    ['en', 'Two men were detained, the regional police said on Friday, 8 March.', [['8 March', 'report']]],
    ['ru', 'Двое задержаны, сообщила полиция в пятницу, 8 марта.', [['8 марта', 'report']]],
  ];
  it.each(rows)('%s: %s', (lang, text, want) => {
    const dates = findDates(text, { published: PUB, lang });
    const roles = dateRoles(text, dates, findTriggers(text, lang), lang);
    expect(
      dates
        .map((d, i) => [d.text, roles[i]])
        .filter(([t]) => want.some(([w]) => (t as string).includes(w)))
        .map(([, r]) => r),
    ).toEqual(want.map(([, r]) => r));
  });
});

describe('TimeFrame', () => {
  const d = (date: string, date_end: string | null = null) => ({
    start: 0,
    end: 1,
    text: 'x',
    date,
    date_end,
    precision: (date_end ? 'range' : 'day') as 'day' | 'range',
    relative: false,
  });
  it('keeps the last event date, across paragraphs, until a new one is stated', () => {
    const f = new TimeFrame();
    f.observe({ field: 'text', paragraph: 0 }, [d('2024-03-10')], ['event']);
    expect(f.date?.date).toBe('2024-03-10');
    expect(f.paragraphDate('text', 0)?.date).toBe('2024-03-10');
    expect(f.paragraphDate('text', 1)).toBeNull();
    f.observe({ field: 'text', paragraph: 2 }, [], []);
    expect(f.date?.date).toBe('2024-03-10');
    f.observe({ field: 'text', paragraph: 3 }, [d('2024-03-12')], ['event']);
    expect(f.date?.date).toBe('2024-03-12');
  });
  it('prefers the date its acts used; a report date frames only while there is no event date', () => {
    const f = new TimeFrame();
    f.observe({ field: 'text', paragraph: 0 }, [d('2024-03-14')], ['report']);
    expect(f.date?.date).toBe('2024-03-14');
    f.observe({ field: 'text', paragraph: 1 }, [d('2024-03-10'), d('2024-03-01')], ['event', 'event'], ['2024-03-10']);
    expect(f.date?.date).toBe('2024-03-10');
    f.observe({ field: 'text', paragraph: 2 }, [d('2024-03-13')], ['report']);
    expect(f.date?.date).toBe('2024-03-10');
  });
  it('a long period (a tally since February) frames no single act', () => {
    const f = new TimeFrame();
    f.observe({ field: 'text', paragraph: 0 }, [d('2022-02-24', '2024-03-15')], ['event']);
    expect(f.date).toBeNull();
  });
});

describe('reviveLeadCauses: the act of an "after" clause in a lead is news', () => {
  it('makes "after setting fire to" live and leaves charges alone', () => {
    const text = 'A student was detained in Perm on Friday after setting fire to the door of an enlistment office.';
    const triggers = findTriggers(text, 'en');
    expect(triggers.some((t) => t.type === 'arson' && t.background)).toBe(true);
    reviveLeadCauses(text, triggers, 'en');
    expect(triggers.some((t) => t.type === 'arson' && !t.background)).toBe(true);
    const charge = 'A student was detained in Perm on Friday, accused of setting fire to an enlistment office.';
    const ct = findTriggers(charge, 'en');
    reviveLeadCauses(charge, ct, 'en');
    expect(ct.some((t) => t.type === 'arson' && !t.background)).toBe(false);
  });
});

const run = (text: string, lang: Lang, published = PUB): EventRecord[] => extract({ id: 't', text, published, lang });
const brief = (r: EventRecord) => ({
  type: r.type,
  date: r.date,
  date_end: r.date_end,
  admin1: r.admin1,
  place: r.place,
});

describe('frame inheritance in whole reports', () => {
  const rows: [string, Lang, string, Partial<EventRecord>][] = [
    [
      'a lead period is the time of the acts the next paragraph names',
      'en',
      'Between 4 and 8 March, rail saboteurs struck in several regions of Belarus, a monitoring channel said.\n\nIn Orsha, a relay cabinet was set on fire beside the tracks.',
      { type: 'sabotage', place: 'Orsha', date: '2024-03-04', date_end: '2024-03-08' },
    ],
    [
      'the same in Russian',
      'ru',
      'С 4 по 8 марта диверсанты несколько раз атаковали железную дорогу в Белоруссии.\n\nВ Орше загорелся релейный шкаф у путей.',
      { type: 'sabotage', place: 'Orsha', date: '2024-03-04', date_end: '2024-03-08' },
    ],
    [
      'a later paragraph inherits the day and the story region',
      'en',
      'On 10 March unknown people set fire to a police car in Omsk.\n\nThe attackers ran off. Later a man was detained on the spot.',
      { type: 'arrest', date: '2024-03-10', admin1: 'RU-OMS' },
    ],
    [
      'a night is coded by its morning',
      'ru',
      'В ночь с 9 на 10 марта неизвестные подожгли автомобиль полиции в Омске.',
      { type: 'arson', date: '2024-03-10', place: 'Omsk' },
    ],
    [
      'a report date dates an act the text does not date otherwise',
      'en',
      'Police in Kazan said on Wednesday that a man had thrown a firebomb at the enlistment office.',
      { type: 'arson', date: '2024-03-13', place: 'Kazan' },
    ],
    [
      'the act, not the report, gives the day',
      'ru',
      'МВД сообщило в четверг, что во вторник в Твери задержаны двое подростков.',
      { type: 'arrest', date: '2024-03-12', place: 'Tver' },
    ],
    [
      'an English lead tells the act in an "after" clause',
      'en',
      'A pensioner was detained in Samara on Monday after setting fire to a military enlistment office.',
      { type: 'arson', date: '2024-03-11', place: 'Samara' },
    ],
  ];
  it.each(rows)('%s', (_, lang, text, want) => {
    const got = run(text, lang);
    expect(got.map(brief)).toEqual(expect.arrayContaining([expect.objectContaining(want)]));
  });

  it.each([
    [
      'en',
      "Police in the Tver region have detained a man from Rzhev on suspicion of setting fire to the town's draft office, the regional police said on Thursday, 14 March.",
    ],
    ['en', 'A student was detained on suspicion of burning a relay cabinet, investigators said on 14 March.'],
  ] as [Lang, string][])(
    'an act held only as the suspicion behind an arrest is not dated by the day it was announced: %s',
    (lang, text) => {
      const got = run(text, lang);
      expect(got.find((r) => r.type === 'arrest')?.date).toBe('2024-03-14');
      // the act is the arrest's charge (background), so no record dates it to the police statement
      expect(got.filter((r) => r.type === 'arson' || r.type === 'sabotage')).toEqual([]);
    },
  );

  it('a dateline date is not the day of the act', () => {
    const got = run(
      'MINSK, March 14 (Wire) - Partisans burned a relay cabinet near Barysaw late on Tuesday, the group said.',
      'en',
    );
    expect(got.find((r) => r.type === 'sabotage')?.date).toBe('2024-03-12');
  });
});
