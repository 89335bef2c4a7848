import { describe, expect, it } from 'vitest';
import { derivedId, finalize, hostOf, tidyText } from './finalize.js';

describe('finalize', () => {
  it.each([
    [
      { text: 'Text', url: 'https://www.news.example/a' },
      {
        ok: true,
        doc: { id: derivedId('name', 'Text'), text: 'Text', url: 'https://www.news.example/a', source: 'news.example' },
      },
    ],
    [
      { text: 'Text', url: 'https://news.example/a', source: '  Outlet ' },
      { ok: true, doc: { source: 'Outlet' } },
    ],
    [{ text: ' \n\t ' }, { ok: false, origin: 'o', error: 'empty document (no text)' }],
    [
      { text: 'T', published: '2023-13-01' },
      { ok: false, error: expect.stringMatching(/^published: /) },
    ],
    [
      { text: 'T', title: 'x'.repeat(2001) },
      { ok: false, error: 'title: longer than 2,000 characters' },
    ],
    // A wrong type is the item's error in plain words, never a thrown TypeError (issue 10)
    [
      { text: 'T', title: 123 },
      { ok: false, error: 'title: expected a string, got a number' },
    ],
    [
      { text: 'T', source: { a: 1 } },
      { ok: false, error: 'source: expected a string, got an object' },
    ],
    [
      { id: [1], text: 'T' },
      { ok: false, error: 'id: expected a string or a number, got an array' },
    ],
    [{ text: 'T   \u00a0\nnext' }, { ok: true, doc: { text: 'T\nnext' } }],
    [
      { id: 7, text: 'T' },
      { ok: true, doc: { id: '7' } },
    ],
  ])('%j', (candidate, expected) => {
    expect(finalize(candidate, 'o', 'name')).toMatchObject(expected);
  });

  it('leaves absent fields out rather than null', () => {
    expect(finalize({ text: 'T', title: null, lang: '' }, 'o', 'n')).toEqual({
      ok: true,
      origin: 'o',
      doc: { id: derivedId('n', 'T'), text: 'T' },
    });
  });

  it.each([
    ['https://www.a.example/x', 'a.example'],
    ['http://b.example:8080/', 'b.example'],
    ['ftp://c.example/', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('hostOf(%s) = %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });

  it('tidyText normalises line ends and blank runs', () => {
    expect(tidyText('  a \r\nb\r\r\n\n\n\nc\u00a0\n')).toBe('a\nb\n\nc');
  });
});
