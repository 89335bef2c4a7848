import { describe, expect, it } from 'vitest';
import { derivedId, finalize, hostOf, tidyText } from './finalize.js';

describe('finalize', () => {
  it.each([
    [{ text: 'Text', url: 'https://www.news.example/a' }, { ok: true, doc: { id: derivedId('name', 'Text'), text: 'Text', url: 'https://www.news.example/a', source: 'news.example' } }],
    [{ text: 'Text', url: 'https://news.example/a', source: '  Outlet ' }, { ok: true, doc: { source: 'Outlet' } }],
    [{ text: ' \n\t ' }, { ok: false, origin: 'o', error: 'empty document (no text)' }],
    [{ text: 'T', published: '2023-13-01' }, { ok: false, error: expect.stringMatching(/^published: /) }],
    [{ text: 'T', title: 'x'.repeat(2001) }, { ok: false, error: expect.stringMatching(/^title: /) }],
    [{ id: 7, text: 'T' }, { ok: true, doc: { id: '7' } }],
  ])('%j', (candidate, expected) => {
    expect(finalize(candidate, 'o', 'name')).toMatchObject(expected);
  });

  it('leaves absent fields out rather than null', () => {
    expect(finalize({ text: 'T', title: null, lang: '' }, 'o', 'n')).toEqual({ ok: true, origin: 'o', doc: { id: derivedId('n', 'T'), text: 'T' } });
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
