import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';
import { markdownToText, readText } from './text.js';

describe('text and Markdown files', () => {
  it('reads front matter fields and strips Markdown markup', async () => {
    const [item] = await collect(readInputs([fixture('text/front-matter.md')], INLINE));
    expect(item).toMatchObject({
      ok: true,
      doc: {
        id: 'fixture-md-1',
        title: 'Picket outside the town hall in Pskov',
        published: '2023-10-14',
        url: 'https://fixture-outlet.example/pskov-picket',
        source: 'Fixture Outlet',
        lang: 'en',
      },
    });
    if (!item.ok) return;
    expect(item.doc.text).toContain('Twelve residents held a single-person picket relay');
    expect(item.doc.text).toContain('See the petition for details.');
    expect(item.doc.text).not.toMatch(/\*\*|\]\(|^#/m);
  });

  it('gives a plain text file a stable derived id, its first line as title and its folder as source', async () => {
    const [a] = await collect(readInputs([fixture('text/plain.txt')], INLINE));
    const [b] = await collect(readInputs([fixture('text/plain.txt')], INLINE));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.doc.id).toMatch(/^plain-[0-9a-f]{10}$/);
    expect(b.doc.id).toBe(a.doc.id);
    expect(a.doc).not.toHaveProperty('published');
    expect(a.doc.title).toBe('Leaflets calling for an end to the war were found on bus stops in Kirov on Sunday.');
    expect(a.doc.text).toBe('Local police said they had not received any complaints.');
    // Never the local path: it would reach the ACLED source column and public pages.
    expect(a.doc.source).toBe('text');
    expect(a.inferred).toEqual(['title from the first line', 'source from the folder name']);
  });

  it.each([
    ['text/unclosed-front-matter.md', /expected "key: value" or the closing "---"/],
    ['text/bad-date.md', /unrecognised date "2023-02-30"/],
    ['text/nested-front-matter.md', /line 4: expected "key: value"/],
    ['text/empty.txt', /^empty file$/],
    ['text/blank.md', /^empty file$/],
  ])('%s → error item', async (path, error) => {
    const items = await collect(readInputs([fixture(path)], INLINE));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ ok: false, origin: fixture(path) });
    if (!items[0].ok) expect(items[0].error).toMatch(error);
  });

  it('refuses a document text over the 1,000,000-character bound with a clear error', () => {
    const [item] = [...readText('a'.repeat(1_000_001), 'big.txt', { name: 'big', markdown: false })];
    expect(item).toMatchObject({ ok: false, origin: 'big.txt' });
    if (!item.ok) expect(item.error).toBe('text is 1,000,001 characters, over the 1,000,000-character limit (raise it with --max-chars)');
  });

  it.each([
    ['## Heading\n> quote\n- item', 'Heading\nquote\nitem'],
    ['![photo](x.jpg) and [link](https://a.example)', 'photo and link'],
    ['__bold__ and *em* but 2*3*4 stays', 'bold and em but 2*3*4 stays'],
  ])('markdownToText(%j)', (md, text) => {
    expect(markdownToText(md)).toBe(text);
  });
});
