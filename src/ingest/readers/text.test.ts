import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';
import { markdownToText, readText, stripLinks } from './text.js';

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
    if (!item.ok)
      expect(item.error).toBe(
        'text is 1,000,001 characters, over the 1,000,000-character limit (raise it with --max-chars)',
      );
  });

  it.each([
    ['## Heading\n> quote\n- item', 'Heading\nquote\nitem'],
    ['![photo](x.jpg) and [link](https://a.example)', 'photo and link'],
    ['__bold__ and *em* but 2*3*4 stays', 'bold and em but 2*3*4 stays'],
  ])('markdownToText(%j)', (md, text) => {
    expect(markdownToText(md)).toBe(text);
  });
});

describe('text readers on hostile input (issue 10): linear, no backtracking', () => {
  it.each([
    ['a run of "!["', '!['.repeat(200_000)],
    ['a run of "["', '['.repeat(200_000)],
    ['a run of "[a]("', '[a]('.repeat(100_000)],
    ['a million spaces', `a${' '.repeat(1_000_000)}b`],
    ['a million blank lines', `x${'\n'.repeat(1_000_000)}- y`],
  ])('markdownToText on %s returns promptly and keeps the characters', (_, md) => {
    const text = markdownToText(md);
    expect(text.length).toBeGreaterThan(0);
  });

  it('strips links and images, leaving bracketed text that is not a link', () => {
    expect(stripLinks('see [the report](https://a.example) and ![](x.png) but [not a link] or [](y)')).toBe(
      'see the report and  but [not a link] or [](y)',
    );
    expect(stripLinks('![![![alt](i.png)')).toBe('![![alt');
  });

  it('reads a front-matter value of a million spaces (refused for its length, not hung)', () => {
    const [item] = [
      ...readText(`---\ntitle: a${' '.repeat(1_000_000)}b\n---\nBody.\n`, 'f.md', { name: 'f', markdown: true }),
    ];
    expect(item).toMatchObject({ ok: false, error: 'title: longer than 2,000 characters' });
  });

  it('trims a comment after an unquoted front-matter value', () => {
    const [item] = [
      ...readText('---\nsource: Desk   # our notes\ntitle: "A # in quotes"\n---\nBody.\n', 'f.md', {
        name: 'f',
        markdown: true,
      }),
    ];
    expect(item).toMatchObject({ ok: true, doc: { source: 'Desk', title: 'A # in quotes' } });
  });
});

describe('plain text without front matter (issue 12)', () => {
  it.each([
    ['Title line\n14 May 2023\n\nBody text.', { title: 'Title line', published: '2023-05-14', text: 'Body text.' }],
    ['Заголовок\nДата: 3 июня 2023 г.\n\nТекст.', { title: 'Заголовок', published: '2023-06-03', text: 'Текст.' }],
    ['Headline\n\nPublished: 2023-07-01\nBody.', { title: 'Headline', published: '2023-07-01', text: 'Body.' }],
    [
      'Headline\nOn 14 May 2023 police detained two men.',
      { title: 'Headline', text: 'On 14 May 2023 police detained two men.' },
    ],
  ])('%j', (input, expected) => {
    const [item] = [...readText(input, 'f.txt', { name: 'f', markdown: false })];
    expect(item).toMatchObject({ ok: true, doc: expected });
  });

  it('a one-line file keeps its line as text; a long first line is not a title', () => {
    const [one] = [...readText('Only one line.', 'f.txt', { name: 'f', markdown: false })];
    expect(one).toMatchObject({ ok: true, doc: { text: 'Only one line.' } });
    expect(one.ok && one.doc.title).toBeUndefined();
    const long = `${'word '.repeat(60)}\nSecond.`;
    const [item] = [...readText(long, 'f.txt', { name: 'f', markdown: false })];
    expect(item.ok && item.doc.title).toBeUndefined();
  });
});
