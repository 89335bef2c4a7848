import { parseHTML as parseHTMLDoc } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { htmlFragmentToText } from './html-text.js';
import { readInputs } from './index.js';
import { parseHtmlPage } from './html.js';
import { domShape, nodeToText, type MinimalNode } from './html-text.js';

describe('HTML pages', () => {
  it('keeps the article text and drops scripts, styles, navigation and footer', async () => {
    const [item] = await collect(readInputs([fixture('html/article.html')], INLINE));
    expect(item).toMatchObject({
      ok: true,
      doc: { title: 'Rail cable cut near Orsha', published: '2023-06-02', source: 'Fixture Gazette', lang: 'en' },
    });
    if (!item.ok) return;
    const { text } = item.doc;
    expect(text).toContain('A signalling cable on the Minsk–Orsha railway line was cut');
    expect(text).toContain('the authorities did not comment on that claim.');
    for (const junk of ['SCRIPT-JUNK-HEAD', 'SCRIPT-JUNK-BODY', 'STYLE-JUNK', 'NAV-JUNK-LINKS', 'FOOTER-JUNK'])
      expect(text).not.toContain(junk);
    // Paragraphs stay apart, so sentence splitting downstream sees them.
    expect(text).toMatch(/on Friday\.\n\nTwo suburban trains/);
  });

  it('falls back to <time datetime> and the <title> on a short page', async () => {
    const [item] = await collect(readInputs([fixture('html/time-only.html')], INLINE));
    expect(item).toMatchObject({ ok: true, doc: { title: 'Short note', published: '2023-03-08' } });
    if (item.ok) expect(item.doc.text).toContain('Three students were detained');
  });

  it('a page with nothing but scripts is an error item', async () => {
    const [item] = await collect(readInputs([fixture('html/scripts-only.html')], INLINE));
    expect(item).toMatchObject({ ok: false, error: 'empty document (no text)' });
  });

  it.each([
    ['<p>One <b>two</b></p><p>three<br>four</p>', 'One two\n\nthree\nfour'],
    ['<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>', 'a\n\nb'],
    ['<img src=x onerror=alert(1)>text &amp; more', 'text & more'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'], // escaped markup is text
  ])('htmlFragmentToText(%j)', (html, text) => {
    expect(htmlFragmentToText(html)).toBe(text);
  });
});

describe('HTML without a page around it', () => {
  it.each([
    ['hello world', 'hello world'],
    ['<p>just a paragraph</p>', 'just a paragraph'],
    ['text <b>bold</b>', 'text bold'],
  ])('%j is read as a page (no Readability error, text kept)', (html, text) => {
    expect(parseHtmlPage(html).text).toBe(text);
  });
});

describe('HTML to text on hostile markup (issue 10)', () => {
  it('walks 20,000 levels of nesting without a stack overflow', () => {
    const html = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`;
    expect(htmlFragmentToText(html)).toBe('deep');
  });

  it('reads a page nested 2,500 deep (Readability is skipped, the text kept)', () => {
    const page = parseHtmlPage(
      `<html><head><title>Deep</title></head><body>${'<div>'.repeat(2500)}A deep sentence.${'</div>'.repeat(2500)}</body></html>`,
    );
    expect(page).toMatchObject({ title: 'Deep', text: 'A deep sentence.' });
  });

  it('keeps block breaks and <br> in document order', () => {
    expect(htmlFragmentToText('<p>One <b>two</b></p>three<br>four<div><p>five</p></div>')).toBe(
      'One two\n\nthree\nfour\n\nfive',
    );
  });

  it('measures depth and element count', () => {
    const { document } = parseHTMLDoc('<html><body><div><p>a</p><p>b</p></div></body></html>');
    expect(domShape(document as unknown as MinimalNode)).toEqual({ elements: 5, depth: 5 });
    expect(nodeToText(document.body as unknown as MinimalNode)).toBe('a\n\nb');
  });
});
