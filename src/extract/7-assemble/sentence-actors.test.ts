import { describe, expect, it } from 'vitest';
import type { ActorMention } from '../types.js';
import { sentenceActors } from './sentence-actors.js';

// Made-up names the registry does not know; each mention gives its kind.
function actor(text: string, name: string, kind: ActorMention['kind']): ActorMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, name, kind, pattern: false };
}

describe('sentenceActors', () => {
  it('outlets report, they do not act', () => {
    const text = 'Lark Front claimed the fire, Quillpost reported.';
    const found = [actor(text, 'Quillpost', 'outlet'), actor(text, 'Lark Front', 'movement')];
    expect(sentenceActors(text, 'en', found, []).names).toEqual(['Lark Front']);
  });

  it("a body named as a person's affiliation is not acting", () => {
    const text = 'A Quill Council deputy joined Lark Front members.';
    const found = [actor(text, 'Quill Council', 'state_body'), actor(text, 'Lark Front', 'movement')];
    const got = sentenceActors(text, 'en', found, []);
    expect(got.names).toEqual(['Lark Front']);
    expect(got.kinds.get('Lark Front')).toBe('movement');
  });

  it('mentions come in text order, each name once', () => {
    const text = 'Lark Front and Fen Union marched; Lark Front spoke.';
    const second = text.lastIndexOf('Lark Front');
    const found = [
      actor(text, 'Fen Union', 'organisation'),
      { ...actor(text, 'Lark Front', 'movement'), start: second, end: second + 10 },
      actor(text, 'Lark Front', 'movement'),
    ];
    const got = sentenceActors(text, 'en', found, []);
    expect(got.mentions.map((m) => m.start)).toEqual([0, text.indexOf('Fen Union'), second]);
    expect(got.names).toEqual(['Lark Front', 'Fen Union']);
  });

  it.each([
    { text: 'They set fire to a depot with Fen Union.', want: ['Lark Front', 'Fen Union'] },
    { text: 'Fen Union set fire to a depot.', want: ['Fen Union'] },
  ])('a sentence that refers back takes the earlier actors first: $text', ({ text, want }) => {
    expect(sentenceActors(text, 'en', [actor(text, 'Fen Union', 'organisation')], ['Lark Front']).names).toEqual(want);
  });
});
