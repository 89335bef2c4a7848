// The de-duplication bench's generator: a report whose language label contradicts its text is
// extracted from its headline alone and becomes a phantom act, which the bench then counts
// against the resolver.
import { describe, expect, it } from 'vitest';
import { generateSyndication } from '../bench/syndication.js';

const CYRILLIC = /[\u0400-\u04FF]/;

describe('generateSyndication', () => {
  const reports = generateSyndication({ incidents: 40, seed: 7, minReports: 4, maxReports: 8 });

  it('labels every report, originals included, with the language of its text and headline', () => {
    const wrong = reports
      .filter(
        (x) =>
          CYRILLIC.test(x.text.split('\n')[0]) !== (x.lang === 'ru') || CYRILLIC.test(x.title) !== (x.lang === 'ru'),
      )
      .map((x) => `${x.id} ${x.variant} ${x.lang}`);
    expect(reports.filter((x) => x.variant === 'original').length).toBe(80);
    expect(wrong).toEqual([]);
  });
});
