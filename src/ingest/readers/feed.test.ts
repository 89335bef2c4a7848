import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { readFeed } from './feed.js';
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
      {
        ok: true,
        doc: {
          id: 'https://fixture-river.example/izhevsk-searches',
          text: "Only a headline: police search activists' flats in Izhevsk",
        },
      },
      {
        ok: true,
        doc: {
          id: 'fixture-river-3',
          title: 'Item with a bad date — and "entities"',
          text: 'Escaped HTML is converted as well.',
        },
      },
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
      {
        ok: true,
        doc: {
          id: 'urn:fixture:atom:2',
          published: '2023-11-02',
          text: 'Use of a less-than sign: 3 < 5 stays as text.',
        },
      },
    ]);
  });

  it.each([
    ['feeds/malformed.xml', /^malformed XML at line 3, column \d+: /],
    [
      'feeds/truncated.xml',
      /^malformed XML: the file ends before <rss>, <channel>, <item>, <pubDate> are closed \(truncated\?\)$/,
    ],
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

describe('one bad feed item fails alone (issue 10)', () => {
  const rss = (items: string) =>
    `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Test Feed</title>\n${items}\n</channel></rss>`;
  const good = (n: number) =>
    `<item><guid>g${n}</guid><title>Item ${n}</title><description>Report number ${n}.</description></item>`;

  it("a deeply nested item is that item's error; the items around it are read", () => {
    const deep = `<item><title>Deep</title><description>${'<x>'.repeat(500)}${'</x>'.repeat(500)}</description></item>`;
    const items = [...readFeed(rss(`${good(1)}\n${deep}\n${good(3)}`), 'f.xml', { name: 'f' })];
    expect(items).toMatchObject([
      { ok: true, doc: { id: 'g1', source: 'Test Feed' } },
      { ok: false, origin: 'f.xml#2', error: 'elements nested too deeply (over 100 levels)' },
      { ok: true, doc: { id: 'g3', text: 'Report number 3.' } },
    ]);
  });

  it('a malformed item names its line in the file; the others are read', () => {
    const items = [...readFeed(rss(`${good(1)}\n<item><title>Broken</b></item>\n${good(3)}`), 'f.xml', { name: 'f' })];
    expect(items).toMatchObject([
      { ok: true },
      { ok: false, origin: 'f.xml#2', error: expect.stringMatching(/^malformed XML at line 4, column \d+: /) },
      { ok: true, doc: { id: 'g3' } },
    ]);
  });

  it('a truncated feed reports the cut and keeps the complete items', () => {
    const items = [
      ...readFeed(rss(`${good(1)}\n${good(2)}`).replace('</channel></rss>', '</chan'), 'f.xml', { name: 'f' }),
    ];
    expect(items.filter((i) => i.ok).map((i) => i.ok && i.doc.id)).toEqual(['g1', 'g2']);
    expect(items.filter((i) => !i.ok)).toMatchObject([
      { origin: 'f.xml', error: expect.stringMatching(/^malformed XML/) },
    ]);
  });

  it('an item of 20,000 <br> is read (linear HTML walk)', () => {
    const items = [
      ...readFeed(
        rss(`<item><guid>br</guid><description><![CDATA[Start.${'<br>'.repeat(20_000)}End.]]></description></item>`),
        'f.xml',
        { name: 'f' },
      ),
    ];
    expect(items).toMatchObject([{ ok: true, doc: { id: 'br', text: 'Start.\n\nEnd.' } }]);
  });

  it('refuses an internal DOCTYPE subset, and reads 100,000 repeated "<!DOCTYPE" in linear time', () => {
    expect([
      ...readFeed('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>', 'f.xml', { name: 'f' }),
    ]).toMatchObject([{ ok: false, error: /internal DOCTYPE subset/ }]);
    const [item] = [...readFeed(`<?xml version="1.0"?>\n${'<!DOCTYPE'.repeat(100_000)}`, 'f.xml', { name: 'f' })];
    // The validator's error has no column: the message must not say "column undefined".
    expect(item).toMatchObject({ ok: false, error: 'malformed XML at line 1: Start tag expected.' });
  });

  it('keeps a legal DOCTYPE and CDATA holding "</item>"', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n${rss(`<item><guid>c</guid><description><![CDATA[<p>a</item> b</p>]]></description></item>`).replace(/^<\?xml[^>]*>\n/, '')}`;
    expect([...readFeed(xml, 'f.xml', { name: 'f' })]).toMatchObject([{ ok: true, doc: { id: 'c', text: 'a b' } }]);
  });
});

describe('feed errors in plain words (issue 10)', () => {
  it("names the unclosed elements of a cut feed instead of printing the parser's array", () => {
    const items = [
      ...readFeed('<rss><channel><!-- <item> --><item><description><![CDATA[unclosed', 'f.xml', { name: 'f' }),
    ];
    expect(items).toEqual([
      {
        ok: false,
        origin: 'f.xml',
        error: 'malformed XML: the file ends before <rss>, <channel>, <item>, <description> are closed (truncated?)',
      },
    ]);
  });
});

describe('Atom inline XHTML content', () => {
  it('keeps the words of type="xhtml" content', () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><id>1</id><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Students picketed in Omsk.</p></div></content></entry></feed>';
    expect([...readFeed(xml, 'f.xml', { name: 'f' })]).toMatchObject([
      { ok: true, doc: { id: '1', text: 'Students picketed in Omsk.' } },
    ]);
  });
});
