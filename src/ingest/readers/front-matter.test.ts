import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.js';

describe('parseFrontMatter', () => {
  it.each([
    {
      name: 'fields, quotes, comments',
      text: '---\ntitle: "Say \\"no\\""\nSource: \'It\'\'s news\'\nurl: https://x.example/a#b\nlang: ru # Russian\n# note\n\n---\nBody',
      fields: { title: 'Say "no"', source: "It's news", url: 'https://x.example/a#b', lang: 'ru' },
      body: 'Body',
    },
    { name: 'no front matter', text: 'Just text\n---\nmore', fields: {}, body: 'Just text\n---\nmore' },
    { name: 'empty value', text: '---\ntitle:\n---\nB', fields: { title: '' }, body: 'B' },
  ])('$name', ({ text, fields, body }) => {
    expect(parseFrontMatter(text)).toEqual({ ok: true, fields, body });
  });

  it.each([
    ['unclosed', '---\ntitle: x\nlang: en', /not closed/],
    ['unclosed, body reached', '---\ntitle: x\nbody goes on', /line 3: expected "key: value" or the closing/],
    ['nested list', '---\ntags:\n  - a\n---\nB', /line 3: expected "key: value"/],
    ['only a fence', '---', /not closed/],
  ])('%s is an error', (_n, text, error) => {
    const r = parseFrontMatter(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(error);
  });
});
