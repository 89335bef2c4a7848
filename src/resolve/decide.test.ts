import { describe, expect, it } from 'vitest';
import { decide, resolutionOrder, retoldIn } from './decide.js';
import type { Incident } from './match.js';

// One document: a headline naming the town but no day, and a body giving the day but only the region.
const body: Incident = {
  type: 'sabotage',
  date: '2024-06-04',
  date_end: null,
  country: 'RU',
  admin1: 'RU-YAR',
  place: null,
  geo_precision: 2,
  actors: [],
  aggregate: false,
};
const headline: Incident = { ...body, date: null, place: 'Rybinsk', geo_precision: 1, aggregate: true };

describe('resolutionOrder', () => {
  it('resolves the record with a day before a headline that names only the town', () => {
    expect(resolutionOrder([headline, body])).toEqual([1, 0]);
  });
  it('keeps the order of equally precise records', () => {
    expect(resolutionOrder([body, body])).toEqual([0, 1]);
  });
});

describe('retoldIn', () => {
  const own = (incident: Incident, id = 7) => ({ id, incident, context: {} });
  it('a vague headline joins the one event its own body went to, even on a suggestion-level score', () => {
    expect(retoldIn(headline, { published: '2024-06-05' }, [own(body)])).toBe(7);
  });
  it("not when two of the document's events fit it", () => {
    expect(
      retoldIn(headline, { published: '2024-06-05' }, [own(body, 7), own({ ...body, date: '2024-06-02' }, 8)]),
    ).toBeNull();
  });
  it('a second record of the same type, town and day (a case opened over the act) is the act retold', () => {
    const act: Incident = {
      ...body,
      type: 'arson',
      place: 'Murom',
      admin1: 'RU-VLA',
      geo_precision: 1,
      targets: ['enlistment office'],
    };
    expect(retoldIn({ ...act, targets: ['police'] }, {}, [own(act)])).toBe(7);
  });
  it('two precise acts of one document stay two', () => {
    const a: Incident = { ...body, place: 'Rybinsk', geo_precision: 1 };
    expect(retoldIn(a, {}, [own({ ...a, date: '2024-06-03' })])).toBeNull();
    expect(retoldIn({ ...a, targets: ['relay cabinet'] }, {}, [own({ ...a, targets: ['bridge'] })])).toBeNull();
  });
});

describe('decide: wording compared in one language only', () => {
  // Two hospital rallies in Shuya in October; a report published on the 21st says only "in October".
  const rally: Incident = {
    type: 'protest',
    date: '2024-10-20',
    date_end: null,
    country: 'RU',
    admin1: 'RU-IVA',
    place: 'Shuya',
    geo_precision: 1,
    actors: [],
    aggregate: false,
    published: '2024-10-21',
  };
  const earlier: Incident = { ...rally, date: '2024-10-06', published: '2024-10-07' };
  const month: Incident = { ...rally, date: '2024-10', aggregate: true };
  const monthEn = 'In October, some thirty people in Shuya rallied against the closing of the maternity ward.';
  const earlierEn = 'On 6 October, some thirty people in Shuya rallied against the closing of the maternity ward.';
  const recentRu = '20 октября в Шуе около тридцати человек вышли на митинг против закрытия роддома.';
  const candidates = [
    { id: 1, incident: earlier, context: { eventEvidence: earlierEn } },
    { id: 2, incident: rally, context: { eventEvidence: recentRu } },
  ];
  it('a month report out the day after an act joins it, though an older act is noted in its own language', () => {
    expect(decide(month, { evidence: monthEn, published: '2024-10-21' }, candidates).join).toBe(2);
  });
  it('with both noted in its language, the same', () => {
    const both = [candidates[0], { ...candidates[1], context: { eventEvidence: earlierEn.replace('6', '20') } }];
    expect(decide(month, { evidence: monthEn, published: '2024-10-21' }, both).join).toBe(2);
  });
});

describe('decide: reports no known act resolves', () => {
  const act: Incident = {
    type: 'arson',
    date: '2024-02-22',
    date_end: null,
    country: 'RU',
    admin1: 'RU-VLA',
    place: 'Vyazniki',
    geo_precision: 1,
    actors: [],
    targets: ['enlistment office'],
    aggregate: false,
    published: '2024-02-23',
  };
  // "this week" in a report out on the 23rd: the acts of the 22nd and the 23rd fit it as well
  const week: Incident = { ...act, date: '2024-02-19', date_end: '2024-02-23', aggregate: true };
  const precise = [
    { id: 1, incident: act, context: {} },
    { id: 2, incident: { ...act, date: '2024-02-23', published: '2024-02-24' }, context: {} },
  ];
  it('join the unresolved event of the same news rather than start one each', () => {
    const unresolved = { id: 3, incident: week, context: {} };
    const d = decide(week, { published: '2024-02-23' }, [...precise, unresolved]);
    expect(d.join).toBe(3);
    expect(d.suggestions.map((x) => x.id).sort()).toEqual([1, 2]);
  });
  it('and without one, join neither act', () => {
    expect(decide(week, { published: '2024-02-23' }, precise).join).toBeNull();
  });
});
