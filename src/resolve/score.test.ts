import { describe, expect, it } from 'vitest';
import { decide } from './decide.js';
import type { Incident } from './match.js';
import { AUTO_JOIN, SUGGEST, scorePair } from './score.js';

const day: Incident = {
  type: 'arson',
  date: '2024-03-11',
  date_end: null,
  country: 'RU',
  admin1: 'RU-VLA',
  place: 'Kovrov',
  geo_precision: 1,
  actors: [],
  aggregate: false,
};
const v = (over: Partial<Incident>): Incident => ({ ...day, ...over });
const score = (a: Partial<Incident>, b: Partial<Incident> = {}, ctx = {}) => scorePair(v(a), v(b), ctx).score;

describe('scorePair', () => {
  it('joins same type, settlement and day (ACLED) outright', () => {
    const s = scorePair(v({}), v({}));
    expect(s.exact).toBe(true);
    expect(s.score).toBeGreaterThanOrEqual(AUTO_JOIN);
  });

  it('joins a month-precise report of the act in the same town to the day-precise one', () => {
    expect(score({ date: '2024-03' })).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(score({ date: '2024-03-01', date_end: '2024-03-15' })).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(score({ date: '2024-04' })).toBe(0); // a month that cannot hold the day
  });

  it("gives one day of slack only to a day that is its own report's publication day", () => {
    // both reports state their day and come out the day after it: two acts on consecutive days
    const stated = scorePair(v({ date: '2024-03-12', published: '2024-03-13' }), v({ published: '2024-03-12' }), {
      published: '2024-03-13',
    });
    expect(stated.reasons).toEqual(['veto: date']);
    // the later report dates the night's act by its own morning ("overnight", "today")
    const morning = scorePair(v({ date: '2024-03-12' }), v({ published: '2024-03-12' }), { published: '2024-03-12' });
    expect(morning.reasons).toContain('next day');
    expect(score({ date: '2024-03-09' }, {}, { published: '2024-03-09' })).toBe(0); // two days apart: never
  });

  it('two reports giving the same week of one town, out the same day, are one piece of news; a day apart, at most a suggestion', () => {
    const week = v({ date: '2024-03-11', date_end: '2024-03-15', aggregate: true });
    const sameDay = scorePair(week, { ...week, published: '2024-03-15' }, { published: '2024-03-15' });
    expect(sameDay.score).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(sameDay.reasons).toContain('the same period, told the same day');
    const dayApart = scorePair(week, { ...week, published: '2024-03-14' }, { published: '2024-03-15' });
    expect(dayApart.score).toBeLessThan(AUTO_JOIN);
    expect(dayApart.reasons).toContain('neither has a day');
  });

  it("a report dated by its publication day may tell the night before, never the next day's act", () => {
    // a headline out on the 10th, dated that day: the act of the 11th had not happened
    const ahead = scorePair(v({ date: '2024-03-10' }), v({ published: '2024-03-12' }), { published: '2024-03-10' });
    expect(ahead.reasons).toEqual(['veto: date']);
    // and the other way round: an event dated by its own first report, a report stating the day after
    const after = scorePair(v({ date: '2024-03-12', published: '2024-03-13' }), v({ published: '2024-03-11' }), {
      published: '2024-03-13',
    });
    expect(after.reasons).toEqual(['veto: date']);
  });

  it('counts a vague report out within two days of the day as news of it, one out later less', () => {
    const timely = score({ date: '2024-03' }, {}, { published: '2024-03-12' });
    const later = score({ date: '2024-03' }, {}, { published: '2024-03-20' });
    expect(timely - later).toBeCloseTo(0.1, 5);
    const undatedTimely = score({ date: null }, {}, { published: '2024-03-13' });
    const undatedLater = score({ date: null }, {}, { published: '2024-03-20' });
    expect(undatedTimely - undatedLater).toBeCloseTo(0.1, 5);
  });

  it('of two acts in the town that month, a month-level report out the day after one joins that one', () => {
    const first = v({ date: '2024-03-02' });
    const second = v({ date: '2024-03-11' });
    const cands = [first, second].map((incident, id) => ({ id, incident, context: {} }));
    expect(decide(v({ date: '2024-03' }), { published: '2024-03-12' }, cands).join).toBe(1);
    expect(decide(v({ date: '2024-03' }), { published: '2024-03-25' }, cands).join).toBeNull();
  });

  it('joins a report placed only "N km from X" (too far for X\'s region) to the event that lies that far from X', () => {
    const far = v({ place: null, admin1: null, geo_precision: 3, targets: ['relay cabinet'] });
    const at = (place: string, lat: number, lon: number) =>
      v({ place, admin1: 'RU-LEN', lat, lon, targets: ['relay cabinet'] });
    const ctx = { evidence: 'В 200 км от Петербурга неизвестные подожгли релейный шкаф.' };
    expect(scorePair(far, at('Tikhvin', 59.645, 33.514), ctx).score).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(scorePair(far, at('Luga', 58.737, 29.846), ctx).score).toBeLessThan(AUTO_JOIN);
  });

  it('joins two region-level reports of one count of acts whether or not each flagged it as a tally', () => {
    // "clashes in two villages of the region" on one day: one report flags the pair a tally, one not
    const two = { place: null, geo_precision: 2, quantity: 2, quantity_unit: 'incidents' };
    const flagged = v({ ...two, aggregate: true });
    expect(scorePair(v({ ...two, aggregate: false }), flagged).score).toBeGreaterThanOrEqual(AUTO_JOIN);
    // another count, or one act with no count, stays apart from the tally
    expect(scorePair(v({ ...two, quantity: 3, aggregate: false }), flagged).reasons).toEqual([
      'veto: tally and single incident',
    ]);
    expect(scorePair(v({ place: null, geo_precision: 2 }), flagged).score).toBe(0);
  });

  it('joins a region-level report to the settlement-level event in that region, not in another', () => {
    expect(score({ place: null, geo_precision: 2 })).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(score({ place: null, admin1: 'RU-IVA', geo_precision: 2 })).toBe(0);
  });

  it('treats a place "near" a town as its region: joins the town in that region, not another town', () => {
    expect(score({ place: 'Vladimir', geo_precision: 2 })).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(score({ place: 'Vladimir', geo_precision: 1 })).toBe(0);
  });

  it('suggests, but does not join, a report that names only the country', () => {
    const s = score({ place: null, admin1: null, geo_precision: 3 });
    expect(s).toBeGreaterThanOrEqual(SUGGEST);
    expect(s).toBeLessThan(AUTO_JOIN);
  });

  it('joins a statement across English and Russian by its declaring group, even undated and unplaced', () => {
    const en: Incident = {
      type: 'statement',
      date: '2024-10-01',
      date_end: null,
      country: 'RU',
      admin1: null,
      place: null,
      actors: ['Free Volga Committee'],
      aggregate: false,
    };
    const ru: Incident = { ...en, date: null, country: null, actors: ['Комитет «Свободная Волга»'] };
    expect(scorePair(ru, en, { published: '2024-10-02' }).score).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(scorePair(ru, { ...en, actors: ['Coordinating Council of Regions'] }).score).toBe(0);
  });

  it('keeps two acts with different targets apart at one place and day (at most a suggestion)', () => {
    const s = score({ targets: ['enlistment office'] }, { targets: ['police car'] });
    expect(s).toBeLessThan(AUTO_JOIN);
  });

  it('keeps a month-precise report apart from an act begun after the report was published', () => {
    // A "sometime in March" report published on 9 March cannot tell an arson of 25 March.
    const laterAct = v({ date: '2024-03-25' });
    expect(scorePair(v({ date: '2024-03' }), laterAct, { published: '2024-03-09' }).score).toBe(0);
    expect(scorePair(v({ date: '2024-03' }), laterAct, { published: '2024-03-26' }).score).toBeGreaterThanOrEqual(
      AUTO_JOIN,
    );
    // And the other way round: the event's first report came out before the mention's act.
    expect(scorePair(laterAct, v({ date: '2024-03', published: '2024-03-09' })).score).toBe(0);
    // A day of slack for time zones.
    expect(scorePair(v({}), v({ published: '2024-03-10' })).score).toBeGreaterThanOrEqual(AUTO_JOIN);
  });

  it('does not split one raid because outlets name its victims as different kinds of people', () => {
    const raid = v({ type: 'armed_attack', place: 'Sushany', admin1: 'RU-BRY' });
    expect(
      scorePair({ ...raid, targets: ['local villagers'] }, { ...raid, targets: ['Russian troops'] }).score,
    ).toBeGreaterThanOrEqual(AUTO_JOIN);
    // Things hit still tell two acts apart.
    expect(scorePair({ ...raid, targets: ['border post'] }, { ...raid, targets: ['fuel depot'] }).score).toBeLessThan(
      AUTO_JOIN,
    );
  });

  it('joins a decree reported without who decided to the one with, by the same subject, day and country', () => {
    const decree: Incident = {
      type: 'policy',
      date: '2022-10-05',
      date_end: null,
      country: 'BY',
      admin1: null,
      place: null,
      geo_precision: 3,
      actors: ['Alexander Lukashenko'],
      targets: ['conscripts'],
      aggregate: false,
    };
    const unnamed: Incident = { ...decree, actors: [], targets: ['призывники', 'conscripts'] };
    expect(scorePair(unnamed, decree).score).toBeGreaterThanOrEqual(AUTO_JOIN);
    expect(scorePair({ ...unnamed, targets: ['fuel prices'] }, decree).score).toBeLessThan(SUGGEST);
    expect(scorePair({ ...unnamed, date: '2022-10-06' }, decree).score).toBeLessThan(AUTO_JOIN);
  });

  it('lets a near-duplicate source outweigh a differently read place', () => {
    expect(score({ place: null, admin1: null }, {}, { nearDuplicateSource: true })).toBeGreaterThanOrEqual(AUTO_JOIN);
  });
});

describe('decide', () => {
  const c = (id: number, over: Partial<Incident>) => ({ id, incident: v(over), context: {} });
  it('joins the exact match among several', () => {
    expect(decide(v({}), {}, [c(1, { place: 'Murom' }), c(2, {})]).join).toBe(2);
  });
  it('does not guess between two towns for a region-level report: suggests both', () => {
    const d = decide(v({ place: null, geo_precision: 2 }), {}, [c(1, {}), c(2, { place: 'Murom' })]);
    expect(d.join).toBeNull();
    expect(d.suggestions.map((s) => s.id)).toEqual([1, 2]);
  });
  it('a region-level rival does not make a settlement-level candidate ambiguous', () => {
    const d = decide(v({ place: null, geo_precision: 2 }), {}, [
      c(1, {}),
      c(2, { place: 'Vladimir', geo_precision: 2 }),
    ]);
    expect(d.join).toBe(1);
    expect(d.suggestions.map((s) => s.id)).toEqual([2]);
  });
  it('of equally good candidates joins the one known precisely, not an earlier vague report', () => {
    // A month-level event (1) and the day-level event (2) fit a region-level report of 11 March equally.
    const d = decide(v({ place: null, geo_precision: 2 }), {}, [c(1, { date: '2024-03' }), c(2, {})]);
    expect(d.join).toBe(2);
  });
  it('still does not guess between two precisely known acts for a month-level report', () => {
    const d = decide(v({ date: '2024-03' }), {}, [
      c(1, { date: '2024-03-11' }),
      c(2, { date: '2024-03-20' }),
      c(3, { date: '2024-03' }),
    ]);
    expect(d.join).toBeNull();
  });
  it('a vague event that fits better (similar wording) does not keep a report from the precisely known event', () => {
    // 1: an earlier region-level report of the day, in the same words; 2: the event in the town.
    const regional = v({ place: null, geo_precision: 2 });
    const d = decide(regional, { evidence: 'forty people rallied in the region' }, [
      { id: 1, incident: regional, context: { eventEvidence: 'forty people rallied in the region' } },
      { id: 3, incident: regional, context: { eventEvidence: 'forty people rallied in the region' } },
      c(2, {}),
    ]);
    expect(d.join).toBe(2);
  });
  it('starts a new event without candidates', () => {
    expect(decide(v({}), {}, [])).toEqual({ join: null, joinScore: null, suggestions: [] });
  });
});
