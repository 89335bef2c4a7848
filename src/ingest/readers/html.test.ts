import { describe, expect, it } from 'vitest';
import { collect, fixture, INLINE } from '../../../test/fixtures/ingest/helpers.js';
import { htmlFragmentToText } from './html-text.js';
import { readInputs } from './index.js';

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
    for (const junk of ['SCRIPT-JUNK-HEAD', 'SCRIPT-JUNK-BODY', 'STYLE-JUNK', 'NAV-JUNK-LINKS', 'FOOTER-JUNK']) expect(text).not.toContain(junk);
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
