import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readInputs } from './index.js';

describe('RSS and Atom feeds', () => {
  it('reads RSS 2.0 items: guid or link as id, channel title as source, HTML to text', async () => {
    const items = await collect(readInputs([fixture('feeds/rss.xml')], INLINE));
    expect(items).toMatchObject([
      {
        ok: true,
        doc: {
          id: 'fixture-river-1',
          title: 'Пикет в Перми',
          url: 'https://fixture-river.example/perm-picket',
          published: '2023-10-07', // the day in the feed's own time zone, not UTC's 7 October 18:30
          source: 'Fixture River News',
          lang: 'ru',
          text: 'Пятеро активистов вышли на пикет у здания краевого суда в Перми.',
        },
      },
      // A headline-only item keeps its headline as text (the title is part of the text).
      { ok: true, doc: { id: 'https://fixture-river.example/izhevsk-searches', text: "Only a headline: police search activists' flats in Izhevsk" } },
      { ok: true, doc: { id: 'fixture-river-3', title: 'Item with a bad date — and "entities"', text: 'Escaped HTML is converted as well.' } },
    ]);
    expect(items[2].ok && 'published' in items[2].doc).toBe(false);
    expect(items[0].origin).toBe(`${fixture('feeds/rss.xml')}#1`);
  });

  it('reads Atom entries: alternate link, published before updated, text content stays text', async () => {
    const items = await collect(readInputs([fixture('feeds/atom.xml')], INLINE));
    expect(items).toMatchObject([
      {
        ok: true,
        doc: {
          id: 'urn:fixture:atom:1',
          url: 'https://fixture-atom.example/grodno-court',
          published: '2023-11-01',
          source: 'Fixture Atom Monitor',
          lang: 'en',
          text: 'A court in Grodno sentenced two men to two years each for online comments.',
        },
      },
      { ok: true, doc: { id: 'urn:fixture:atom:2', published: '2023-11-02', text: 'Use of a less-than sign: 3 < 5 stays as text.' } },
    ]);
  });

  it.each([
    ['feeds/malformed.xml', /^malformed XML at line 3, column \d+: /],
    ['feeds/truncated.xml', /^malformed XML at line \d+/],
    ['feeds/not-a-feed.xml', /^XML is not an RSS or Atom feed$/],
    ['feeds/entity-bomb.xml', /internal DOCTYPE subset is refused/],
    ['feeds/empty-channel.rss', /^feed has no items$/],
  ])('%s → one error item', async (path, error) => {
    const items = await collect(readInputs([fixture(path)], INLINE));
    expect(items).toHaveLength(1);
    expect(items[0].ok).toBe(false);
    if (!items[0].ok) expect(items[0].error).toMatch(error);
  });
});
