import { describe, expect, it } from 'vitest';
import { formatReport } from './format-report.js';
import { scoreDocuments } from './score-extraction.js';
import { gold, pred } from './test-events.js';

describe('formatReport', () => {
  const report = scoreDocuments([
    {
      id: 'd1',
      lang: 'ru',
      predictions: [
        pred({ type: 'arson', country: 'RU', evidence: 'Поджог военкомата.' }),
        pred({ type: 'riot', evidence: 'Драка.' }),
      ],
      gold: [
        gold({ type: 'arson', country: 'RU', evidence: 'Поджог военкомата.' }),
        gold({ type: 'arrest', date: '2023-06-24', evidence: 'Задержан.' }),
      ],
    },
  ]);

  it('prints overall figures and the type and language tables', () => {
    const text = formatReport(report);
    expect(text).toContain('Overall: precision 50.0%  recall 50.0%  F1 50.0%  (TP 1, FP 1, FN 1; 0 matched optional)');
    expect(text).toMatch(/^arson\s+100\.0%\s+100\.0%\s+100\.0%\s+1\s+0\s+0\s+0$/m);
    expect(text).toMatch(/^ru\s+50\.0%/m);
    expect(text).not.toContain('== d1');
  });
  it('lists false positives and misses when verbose', () => {
    const text = formatReport(report, true);
    expect(text).toContain('== d1 (ru): TP 1, FP 1, FN 1');
    expect(text).toContain('  FP   riot undated [no place] "Драка."');
    expect(text).toContain('  MISS arrest 2023-06-24 [no place] "Задержан."');
  });
});
