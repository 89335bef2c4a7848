import { describe, expect, it } from 'vitest';
import { triggerAt } from './test-support.js';
import type { ActorMention, TriggerMention } from '../types.js';
import type { Group } from './attach.js';
import { actActors, actType, actorsFor, speakers, targetsFor } from './act-parties.js';

// Made-up names: the registry does not know them, so their kinds come from the mentions.
const kinds = new Map<string, string>([
  ['Quill Ministry', 'state_body'],
  ['Brass Court', 'court'],
  ['Lark Front', 'movement'],
  ['Ada Vell', 'person'],
  ['Fen Union', 'organisation'],
]);
const names = [...kinds.keys()];

const trigger = (text: string, word: string, over: Partial<TriggerMention> = {}): TriggerMention =>
  triggerAt(text, word, 'statement', over);

function actor(text: string, name: string): ActorMention {
  const start = text.indexOf(name);
  return {
    start,
    end: start + name.length,
    text: name,
    name,
    kind: kinds.get(name) as ActorMention['kind'],
    pattern: false,
  };
}

const group = (triggers: TriggerMention[]): Group => ({
  type: triggers[0].type,
  triggers,
  clause: 0,
  start: triggers[0].start,
  end: triggers[triggers.length - 1].end,
  weight: 0.9,
});

describe('actorsFor', () => {
  it.each([
    { type: 'policy', want: ['Quill Ministry', 'Brass Court', 'Ada Vell'] },
    { type: 'arrest', want: ['Quill Ministry', 'Brass Court'] },
    { type: 'organization', want: ['Lark Front', 'Ada Vell', 'Fen Union'] },
    { type: 'desertion', want: [] },
    { type: 'statement', want: names },
    { type: 'protest', want: ['Lark Front', 'Fen Union'] },
    { type: 'arson', want: ['Lark Front', 'Ada Vell', 'Fen Union'] },
  ] as const)('$type', ({ type, want }) => {
    expect(actorsFor(type, names, kinds)).toEqual(want);
  });
});

describe('targetsFor', () => {
  const found = ['protesters', 'regional government', 'railway'];
  it.each([
    { type: 'arrest', protest: false, want: ['protesters'] },
    { type: 'statement', protest: false, want: ['regional government'] },
    { type: 'sabotage', protest: false, want: ['railway'] },
    { type: 'protest', protest: false, want: [] },
  ] as const)('$type takes $want', ({ type, protest, want }) => {
    expect(targetsFor(type, found, protest)).toEqual(want);
  });

  it.each([
    { protest: true, want: ['protesters'] },
    { protest: false, want: [] },
  ])('an arrest with no people named takes protesters only in a protest sentence ($protest)', ({ protest, want }) => {
    expect(targetsFor('arrest', ['railway'], protest)).toEqual(want);
  });
});

describe('speakers', () => {
  it('the subject before the verb speaks', () => {
    const text = 'Lark Front said the Quill Ministry lied.';
    const actors = [actor(text, 'Lark Front'), actor(text, 'Quill Ministry')];
    expect(speakers(text, actors, trigger(text, 'said'), [], 'en')).toEqual(['Lark Front']);
  });

  it('a passive names its speaker after "by"', () => {
    const text = 'A statement was issued by Fen Union.';
    expect(speakers(text, [actor(text, 'Fen Union')], trigger(text, 'statement'), [], 'en')).toEqual(['Fen Union']);
  });

  it('with no actors the fallback speaks', () => {
    const text = 'A statement was read out.';
    expect(speakers(text, [], trigger(text, 'statement'), ['Ada Vell'], 'en')).toEqual(['Ada Vell']);
  });

  it('Russian puts the speaker after the verb, but not the one addressed', () => {
    const text = 'С заявлением выступил Lark Front, обратившись к Quill Ministry.';
    const actors = [actor(text, 'Lark Front'), actor(text, 'Quill Ministry')];
    expect(speakers(text, actors, trigger(text, 'заявлением'), [], 'ru')).toEqual(['Lark Front']);
  });
});

describe('actType', () => {
  it.each([
    {
      name: 'an arson against nothing in an infrastructure story is sabotage',
      story: true,
      targets: [],
      want: 'sabotage',
    },
    { name: 'an arson against a named thing stays arson', story: true, targets: ['railway'], want: 'arson' },
    { name: 'outside such a story it stays arson', story: false, targets: [], want: 'arson' },
  ])('$name', ({ story, targets, want }) => {
    const text = 'A relay box was set alight.';
    const t = trigger(text, 'set alight', { type: 'arson', targets });
    expect(actType(t, group([t]), { infrastructureStory: story }, [], kinds)).toBe(want);
  });

  it.each([
    { actors: ['Lark Front'], want: 'statement' },
    { actors: ['Quill Ministry'], want: 'policy' },
  ])('a resolution of $actors is a $want', ({ actors, want }) => {
    const text = 'A resolution was adopted.';
    const t = trigger(text, 'resolution', { type: 'policy' });
    expect(actType(t, group([t]), { infrastructureStory: false }, actors, kinds)).toBe(want);
  });
});

describe('actActors', () => {
  it('a statement that only non-state speakers make drops the state body', () => {
    const text = 'Quill Ministry and Lark Front said so.';
    const mentions = [actor(text, 'Quill Ministry'), actor(text, 'Lark Front')];
    const t = trigger(text, 'said', { nonStateSpeakers: true });
    expect(actActors('statement', t, text, 'en', mentions, ['Quill Ministry', 'Lark Front'], kinds)).toEqual([
      'Lark Front',
    ]);
  });
});
