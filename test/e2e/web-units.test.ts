// Pure helpers of the web app (evidence highlighting, timeline buckets, URL state, pager), tested in Node.
import { describe, expect, it } from 'vitest';
import { locate, segmentsOf } from '../../web/src/highlight.js';
import { fillBuckets } from '../../web/src/buckets.js';
import { filtersFromSearch, searchFromFilters } from '../../web/src/url-state.js';
import { pagerState } from '../../web/src/pager.js';
import type { AuditEntry } from '../../web/src/api-types.gen.js';

describe('segmentsOf (evidence highlighting without HTML)', () => {
  const text = 'One. Two <b>bold</b>. Three.';
  it.each([
    ['no spans', [], [['One. Two <b>bold</b>. Three.', false]]],
    [
      'one span',
      [{ start: 5, end: 20 }],
      [
        ['One. ', false],
        ['Two <b>bold</b>', true],
        ['. Three.', false],
      ],
    ],
    [
      'overlapping spans merge forward',
      [
        { start: 0, end: 8 },
        { start: 5, end: 12 },
      ],
      [
        ['One. Two', true],
        [' <b>', true],
        ['bold</b>. Three.', false],
      ],
    ],
    [
      'out-of-range spans are clipped',
      [{ start: 22, end: 500 }],
      [
        ['One. Two <b>bold</b>. ', false],
        ['Three.', true],
      ],
    ],
    [
      'empty and inverted spans are dropped',
      [
        { start: 3, end: 3 },
        { start: 9, end: 2 },
      ],
      [['One. Two <b>bold</b>. Three.', false]],
    ],
  ])('%s', (_name, spans, want) => {
    const segs = segmentsOf(text, spans);
    expect(segs.map((s) => [s.text, s.marked])).toEqual(want);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('locates quoted evidence when offsets are missing', () => {
    expect(locate(text, 'Three.')).toEqual({ start: 22, end: 28 });
    expect(locate(text, 'Four.')).toBeNull();
    expect(locate(text, '')).toBeNull();
  });
});

describe('fillBuckets (a continuous time axis)', () => {
  it.each([
    [
      'months with gaps',
      [
        { t: '2024-01-01', count: 2 },
        { t: '2024-04-01', count: 1 },
      ],
      'month',
      ['2024-01:2', '2024-02:0', '2024-03:0', '2024-04:1'],
    ],
    [
      'days across a month end',
      [
        { t: '2024-02-28', count: 1 },
        { t: '2024-03-01', count: 3 },
      ],
      'day',
      ['2024-02-28:1', '2024-02-29:0', '2024-03-01:3'],
    ],
    [
      'weeks',
      [
        { t: '2024-01-01', count: 1 },
        { t: '2024-01-15', count: 1 },
      ],
      'week',
      ['2024-01-01:1', '2024-01-08:0', '2024-01-15:1'],
    ],
    ['nothing', [], 'month', []],
  ] as const)('%s', (_name, series, unit, want) => {
    expect(fillBuckets([...series], unit).map((b) => `${b.bucket}:${b.count}`)).toEqual(want);
  });

  it('caps the number of buckets', () => {
    expect(
      fillBuckets(
        [
          { t: '1900-01-01', count: 1 },
          { t: '2024-01-01', count: 1 },
        ],
        'day',
      ),
    ).toHaveLength(1_000);
  });
});

describe('URL state = EventQuery', () => {
  it.each([
    [
      '?type=protest,arson&from=2024-03-01&to=2024-03',
      { type: ['protest', 'arson'], from: '2024-03-01', to: '2024-03' },
    ],
    ['?country=ru&admin1=ru-mow', { country: ['RU'], admin1: ['RU-MOW'] }],
    ['?type=picnic&from=March&text=fire', { text: 'fire' }], // malformed fields dropped, the rest kept
    ['?limit=5&offset=10&evil=1', {}],
  ])('%s', (search, want) => {
    expect(filtersFromSearch(search)).toEqual(want);
  });

  it('round-trips filters through the address bar', () => {
    const f = { type: ['riot' as const], country: ['BY'], actor: 'Rabochy Rukh', undated: 'exclude' as const };
    expect(filtersFromSearch(searchFromFilters(f))).toEqual(f);
    expect(searchFromFilters({}, { offset: 50 })).toBe('?offset=50');
  });
});

describe('pagerState (the list stops counting at 1,000)', () => {
  it.each<[string, [number, number, number, number, boolean], { label: string; hasNext: boolean }]>([
    ['an exact total, more pages', [0, 50, 50, 120, true], { label: '1–50 of 120', hasNext: true }],
    ['an exact total, last page', [100, 20, 50, 120, true], { label: '101–120 of 120', hasNext: false }],
    ['a capped total past the cap', [1000, 50, 50, 1000, false], { label: '1001–1050 of 1,000+', hasNext: true }],
    ['a capped total, short page', [1050, 7, 50, 1000, false], { label: '1051–1057 of 1,000+', hasNext: false }],
    ['nothing', [0, 0, 50, 0, true], { label: '0', hasNext: false }],
  ])('%s', (_name, args, expected) => {
    expect(pagerState(...args)).toEqual(expected);
  });
});

describe('timeTicks (the timeline date axis)', () => {
  it('labels every month when there is room, with the year at its first month', async () => {
    const { timeTicks } = await import('../../web/src/time-axis.js');
    expect(timeTicks(['2023-11', '2023-12', '2024-01', '2024-02'], 400).map((t) => t.label)).toEqual([
      'Nov 2023',
      'Dec',
      'Jan 2024',
      'Feb',
    ]);
  });
  it('thins labels to round months or years when crowded', async () => {
    const { timeTicks } = await import('../../web/src/time-axis.js');
    const months = Array.from(
      { length: 36 },
      (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    expect(timeTicks(months, 600).map((t) => t.label)).toEqual([
      'Jan 2022',
      'Jul',
      'Jan 2023',
      'Jul',
      'Jan 2024',
      'Jul',
    ]);
    expect(timeTicks(months, 200).map((t) => t.label)).toEqual(['2022', '2023', '2024']);
  });
  it('labels one bucket even when it is no round date', async () => {
    const { timeTicks } = await import('../../web/src/time-axis.js');
    expect(timeTicks(['2024-07'], 600)).toEqual([{ index: 0, label: 'Jul 2024' }]);
    expect(timeTicks(['2024-07-03', '2024-07-04'], 600).map((t) => t.label)).toEqual(['3 Jul 2024', '4 Jul']);
    expect(timeTicks([], 600)).toEqual([]);
  });
});

describe('describeAudit (history in words)', () => {
  const row = (action: string, detail: Record<string, unknown>): AuditEntry => ({
    id: 1,
    event_id: 5,
    action,
    reason: null,
    created_at: '2024-07-05T10:00:00Z',
    username: 'anna',
    user_id: 1,
    detail,
  });
  const words = async (action: string, detail: Record<string, unknown>) => {
    const { describeAudit } = await import('../../web/src/audit-text.js');
    return describeAudit(row(action, detail))
      .map((p) => p.text)
      .join('');
  };
  it.each([
    ['verify', { from: 'unreviewed', to: 'verified' }, 'Verified'],
    ['verify', { from: 'unreviewed', to: 'verified', bulk: true }, 'Verified (bulk action)'],
    ['reject', { from: 'unreviewed', to: 'rejected' }, 'Rejected'],
    ['edit', { before: { place: 'Vladimir' }, after: { place: 'Kovrov' } }, 'Edited place: Vladimir → Kovrov'],
    [
      'edit',
      { before: { admin1: null, actors: ['A'] }, after: { admin1: 'RU-VLA', actors: ['A', 'B'] } },
      'Edited region: — → RU-VLA; actors: A → A; B',
    ],
    ['merge', { merged: [12] }, 'Merged event 12 into this one'],
    ['merge', { merged: [12, 13, 14] }, 'Merged event 12, event 13 and event 14 into this one'],
    ['merge', { into: 5, previous_status: 'unreviewed' }, 'Merged into event 5'],
    ['split', { restored: 12 }, 'Undid the merge of event 12'],
    ['split', { from: 5, status: 'verified' }, 'Taken back out of event 5, status verified again'],
    ['split', { mentions: [3, 4], to: 9 }, 'Split 2 mentions off into event 9'],
    ['split', { mentions: [3], from: 5 }, 'Split off from event 5 (1 mention)'],
    ['publish-source', { document_id: 'abc' }, "Made a source's title and link public"],
    ['unpublish-source', { document_id: 'abc' }, "Withheld a source's title and link from the public"],
    [
      'suggestion_accept',
      { suggestion: 3, merged: 12, score: 0.5 },
      'Accepted the suggestion that event 12 is the same incident (merged into this one)',
    ],
    [
      'suggestion_dismiss',
      { suggestion: 3, other: 12, score: 0.5 },
      'Dismissed the suggestion that event 12 is the same incident',
    ],
    ['retag_region', { region: 'RU-BA' }, 'Retag region (region: RU-BA)'],
    ['reassign', { automatic: true, mentions: [7], to: 9 }, 'Moved a report automatically to event 9'],
    ['reassign', { automatic: true, mentions: [7, 8], from: 4 }, 'Took 2 reports over automatically from event 4'],
  ])('%s %j → %s', async (action, detail, want) => {
    expect(await words(action, detail)).toBe(want);
  });
  it('links event ids', async () => {
    const { describeAudit } = await import('../../web/src/audit-text.js');
    expect(
      describeAudit(row('merge', { merged: [12] }))
        .filter((p) => p.event)
        .map((p) => p.event),
    ).toEqual([12]);
  });
});

describe('quotesOf (each evidence sentence once)', () => {
  it('groups mentions quoting the same sentence, keeping the highest confidence', async () => {
    const { quotesOf } = await import('../../web/src/quotes.js');
    const m = (id: number, evidence: string, confidence: number | null) => ({
      id,
      document_id: 'd',
      type: 'arson',
      evidence,
      evidence_field: 'text',
      evidence_start: null,
      evidence_end: null,
      extractor: 'x@1',
      confidence,
      origin_event_id: id,
    });
    const qs = quotesOf([
      m(1, 'Two offices burned.', 0.6),
      m(2, 'Two  offices burned. ', 0.8),
      m(3, 'Another sentence.', null),
    ]);
    expect(qs.map((q) => [q.evidence, q.mentions.map((x) => x.id), q.confidence])).toEqual([
      ['Two offices burned.', [1, 2], 0.8],
      ['Another sentence.', [3], null],
    ]);
  });
});
