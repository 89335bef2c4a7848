import { describe, expect, it } from 'vitest';
import { goldKey, scoreClusters, type GoldIncidents } from './cluster-score.js';

const gold: GoldIncidents = [
  {
    incident: 'a',
    mentions: [
      { doc: 'd1', event: 0 },
      { doc: 'd2', event: 0 },
      { doc: 'd3', event: 1 },
    ],
  },
  {
    incident: 'b',
    mentions: [
      { doc: 'd1', event: 1 },
      { doc: 'd4', event: 0, optional: true },
    ],
  },
];

describe('scoreClusters', () => {
  it('scores perfect clustering as 1 and leaves unfound mentions out', () => {
    const r = scoreClusters(
      gold,
      new Map([
        [goldKey('d1', 0), 1],
        [goldKey('d2', 0), 1],
        [goldKey('d3', 1), 1],
        [goldKey('d1', 1), 2],
      ]),
    );
    expect(r.pairwise).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1 });
    expect(r.bcubed).toMatchObject({ precision: 1, recall: 1 });
    expect(r.mentions).toEqual({ gold: 5, matched: 4, requiredMissed: 0 });
    expect(r.incidents).toMatchObject({ clusterable: 1, whole: 1 });
  });

  it('counts a split as lost recall and a merge of two incidents as lost precision', () => {
    const split = scoreClusters(
      gold,
      new Map([
        [goldKey('d1', 0), 1],
        [goldKey('d2', 0), 1],
        [goldKey('d3', 1), 3],
      ]),
    );
    expect(split.pairwise).toMatchObject({ tp: 1, fn: 2, fp: 0 });
    expect(split.bcubed.recall).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    const merged = scoreClusters(
      gold,
      new Map([
        [goldKey('d1', 0), 1],
        [goldKey('d2', 0), 1],
        [goldKey('d1', 1), 1],
        [goldKey('d4', 0), 1],
      ]),
    );
    expect(merged.pairwise).toMatchObject({ tp: 2, fp: 4, fn: 0 });
    expect(merged.bcubed.precision).toBeCloseTo(0.5);
    expect(merged.mentions.requiredMissed).toBe(1);
  });
});
