import { describe, expect, it } from 'vitest';
import { triggerAt } from './test-support.js';
import type { DateMention, QuantityMention, TriggerMention } from '../types.js';
import { foregroundDatedCharges, isHistory, liveTriggers, usableTriggers, type Support } from './live-triggers.js';

const trigger = (text: string, word: string, over: Partial<TriggerMention> = {}): TriggerMention =>
  triggerAt(text, word, 'protest', over);

function day(text: string, words: string, relative = false): DateMention {
  const start = text.indexOf(words);
  return {
    start,
    end: start + words.length,
    text: words,
    date: '2024-04-03',
    date_end: null,
    precision: 'day',
    relative,
  };
}

function count(text: string, words: string, value: number | null): QuantityMention {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words, value, unit: 'people', lowerBound: false };
}

describe('foregroundDatedCharges', () => {
  const text = 'He was held, charged with burning a depot on 3 April.';
  it.each([
    { name: 'a charge with its own day is an act', relative: false, irrealis: false, background: false },
    { name: 'a relative day does not date it', relative: true, irrealis: false, background: true },
    { name: 'an irrealis charge stays as it is', relative: false, irrealis: true, background: true },
  ])('$name', ({ relative, irrealis, background }) => {
    const charge = trigger(text, 'burning', { type: 'arson', charge: true, background: true, irrealis });
    foregroundDatedCharges(text, [charge], [day(text, '3 April', relative)]);
    expect(charge.background).toBe(background);
  });

  it.each([
    { role: 'report' as const, background: true },
    { role: 'event' as const, background: false },
  ])('a $role date after the charge: background $background', ({ role, background }) => {
    // "…, police said on 3 April": the day the suspicion was voiced, not the day of the act
    const t3 = 'He was held on suspicion of burning a depot, police said on 3 April.';
    const charge = trigger(t3, 'burning', { type: 'arson', charge: true, background: true });
    foregroundDatedCharges(t3, [charge], [day(t3, '3 April')], [role]);
    expect(charge.background).toBe(background);
  });

  it('a day after the next trigger belongs to that trigger', () => {
    const t2 = 'Charged with burning a depot, then jailed on 3 April.';
    const charge = trigger(t2, 'burning', { type: 'arson', charge: true, background: true });
    const jail = trigger(t2, 'jailed', { type: 'arrest' });
    foregroundDatedCharges(t2, [charge, jail], [day(t2, '3 April')]);
    expect(charge.background).toBe(true);
  });
});

describe('liveTriggers', () => {
  const text = 'Unlike the rallies of 2019, a march went ahead and a strike is planned.';
  it('drops the irrealis, the background and the historical', () => {
    const rallies = trigger(text, 'rallies');
    const march = trigger(text, 'march');
    const strike = trigger(text, 'strike', { irrealis: true });
    const after = trigger(text, 'went', { background: true });
    expect(liveTriggers(text, [rallies, march, strike, after], 2024)).toEqual([march]);
  });

  it.each([
    { ref: 2024, history: true },
    { ref: 2019, history: false },
    { ref: null, history: false },
  ])('a year after the noun is history only before the story year $ref', ({ ref, history }) => {
    expect(isHistory(text, trigger(text, 'rallies'), ref)).toBe(history);
  });

  it('reads a Russian year with its noun', () => {
    const ru = 'Вспомнили протестов 2011 года.';
    expect(isHistory(ru, trigger(ru, 'протестов'), 2024)).toBe(true);
  });
});

describe('usableTriggers', () => {
  const text = 'Clashes broke out; 40 people were there.';
  const none: Support = { hasOwnPlace: false, dates: [], paragraphScene: false, quantities: [], clauseOf: () => 0 };
  const weak = trigger(text, 'Clashes', { type: 'riot', weight: 0.4 });

  it.each([
    { name: 'nothing pins it down', support: none, kept: false },
    { name: 'a place', support: { ...none, hasOwnPlace: true }, kept: true },
    { name: 'a day', support: { ...none, dates: [day(text, 'out')] }, kept: true },
    { name: "the paragraph's scene", support: { ...none, paragraphScene: true }, kept: true },
    { name: 'a count in its clause', support: { ...none, quantities: [count(text, '40', 40)] }, kept: true },
    { name: 'a vague count', support: { ...none, quantities: [count(text, '40', null)] }, kept: false },
    {
      name: 'a count in another clause',
      support: { ...none, quantities: [count(text, '40', 40)], clauseOf: (o: number) => (o > 18 ? 1 : 0) },
      kept: false,
    },
  ])('a weak trigger is kept with $name: $kept', ({ support, kept }) => {
    expect(usableTriggers([weak], support)).toEqual(kept ? [weak] : []);
  });

  it('a weak founding beside a strong act is its setting', () => {
    const t = 'At the forum, police detained a speaker.';
    const forum = trigger(t, 'forum', { type: 'organization', weight: 0.4 });
    const detained = trigger(t, 'detained', { type: 'arrest' });
    expect(usableTriggers([forum, detained], { ...none, hasOwnPlace: true })).toEqual([detained]);
  });

  it('a weak fire after a blast is not arson', () => {
    const t = 'A blast hit the depot and it burnt out.';
    const blast = trigger(t, 'blast', { type: 'explosion' });
    const fire = trigger(t, 'burnt out', { type: 'arson', weight: 0.4 });
    expect(usableTriggers([blast, fire], { ...none, hasOwnPlace: true })).toEqual([blast]);
  });

  it.each([
    { value: 1, kept: false },
    { value: 300, kept: true },
  ])('a trigger that needs a count needs one above one ($value)', ({ value, kept }) => {
    const t = 'Some 300 people left.';
    const left = trigger(t, 'left', { type: 'desertion', needsCount: true });
    expect(usableTriggers([left], { ...none, quantities: [count(t, '300', value)] })).toEqual(kept ? [left] : []);
  });
});
